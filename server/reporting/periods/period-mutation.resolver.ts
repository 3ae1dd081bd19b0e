import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../access/role';
import type { RequestContext } from '../../graphql/context';
import { settle } from '../../graphql/mutations/outcome';
import { runMutation } from '../../graphql/mutations/run-mutation';
import { createReportingPeriod, CreateReportingPeriodInput, ReportingPeriodPayload, updateReportingPeriod, UpdateReportingPeriodInput } from './period-catalogue';

@Resolver()
export class PeriodMutationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ReportingPeriodPayload, { description: 'Moves a period\'s due date (reports first sent after it are late). ADMIN only.' })
  updateReportingPeriod(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The period, its version, the new due date and the decision.' }) input: UpdateReportingPeriodInput) {
    return runMutation(ctx, 'updateReportingPeriod', input, () => new ReportingPeriodPayload(), async (tx, payload) => {
      settle(payload, await updateReportingPeriod(tx, ctx.viewer!, input), (reportingPeriod) => ({ reportingPeriod }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ReportingPeriodPayload, { description: 'Adds an ad hoc period (báo cáo đột xuất): the bodies in force on its last day are expected to report by its due date. ADMIN only.' })
  createReportingPeriod(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The period\'s code, name, window and due date.' }) input: CreateReportingPeriodInput) {
    return runMutation(ctx, 'createReportingPeriod', input, () => new ReportingPeriodPayload(), async (tx, payload) => {
      settle(payload, await createReportingPeriod(tx, ctx.viewer!, input), (reportingPeriod) => ({ reportingPeriod }));
    });
  }
}
