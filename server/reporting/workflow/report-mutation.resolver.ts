import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../access/role';
import type { RequestContext } from '../../graphql/context';
import { settle } from '../../graphql/mutations/outcome';
import { runMutation } from '../../graphql/mutations/run-mutation';
import { consolidatePeriod } from '../consolidation/consolidation.service';
import { addComment, addObstacle, setTaskProgress } from './report-content.service';
import * as workflow from './report-workflow.service';
import {
  AcceptReportInput,
  AddObstacleInput,
  AddReportCommentInput,
  ConsolidatePeriodInput,
  CreateReportInput,
  ReturnReportInput,
  SetIndicatorValuesInput,
  SetTaskProgressInput,
  SubmitReportInput,
} from './report.inputs';
import {
  AcceptReportPayload,
  AddObstaclePayload,
  AddReportCommentPayload,
  ConsolidatePeriodPayload,
  CreateReportPayload,
  ReturnReportPayload,
  SetIndicatorValuesPayload,
  SetTaskProgressPayload,
  SubmitReportPayload,
} from './report.types';
import { setIndicatorValues } from '../values/set-indicator-values';

/** Thin: each mutation runs its service in one transaction (runMutation) and fills its payload. */
@Resolver()
export class ReportMutationResolver {
  @Authorized(Role.ADMIN, Role.REPORTER)
  @Mutation(() => CreateReportPayload, {
    description: 'Starts a DRAFT report of a body for a period. A REPORTER writes for its own body only. A second create gives ALREADY_EXISTS with the first report.',
  })
  createReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The body and the period.' }) input: CreateReportInput) {
    return runMutation(ctx, 'createReport', input, () => new CreateReportPayload(), async (tx, payload) => {
      const created = await workflow.createReport(tx, ctx.viewer!, input);
      payload.report = created.report;
      payload.userErrors = created.errors;
    });
  }

  @Authorized(Role.ADMIN, Role.REPORTER)
  @Mutation(() => SetIndicatorValuesPayload, { description: 'Adds or replaces values of a DRAFT or RETURNED report; all apply or none.' })
  setIndicatorValues(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report, its version and the values.' }) input: SetIndicatorValuesInput) {
    return runMutation(ctx, 'setIndicatorValues', input, () => new SetIndicatorValuesPayload(), async (tx, payload) => {
      const outcome = await setIndicatorValues(tx, ctx.viewer!, input);
      Object.assign(payload, { report: outcome.report, values: outcome.values, userErrors: outcome.errors });
    });
  }

  @Authorized(Role.ADMIN, Role.REPORTER)
  @Mutation(() => SetTaskProgressPayload, { description: 'Says where the body stands on one of its tasks.' })
  setTaskProgress(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report, its version, the task and where the body stands on it.' }) input: SetTaskProgressInput) {
    return runMutation(ctx, 'setTaskProgress', input, () => new SetTaskProgressPayload(), async (tx, payload) => {
      settle(payload, await setTaskProgress(tx, ctx.viewer!, input), (taskProgress) => ({ taskProgress, report: taskProgress.report.getEntity() }));
    });
  }

  @Authorized(Role.ADMIN, Role.REPORTER)
  @Mutation(() => AddObstaclePayload, { description: 'Raises a difficulty ("vướng mắc") with a recommendation.' })
  addObstacle(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report, its version and the difficulty.' }) input: AddObstacleInput) {
    return runMutation(ctx, 'addObstacle', input, () => new AddObstaclePayload(), async (tx, payload) => {
      settle(payload, await addObstacle(tx, ctx.viewer!, input), (obstacle) => ({ obstacle, report: obstacle.report.getEntity() }));
    });
  }

  @Authorized(Role.ADMIN, Role.REPORTER)
  @Mutation(() => SubmitReportPayload, { description: 'DRAFT or RETURNED -> SUBMITTED; the first submission records whether it came after the due date.' })
  submitReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report and its version.' }) input: SubmitReportInput) {
    return runMutation(ctx, 'submitReport', input, () => new SubmitReportPayload(), async (tx, payload) => {
      settle(payload, await workflow.submitReport(tx, ctx.viewer!, input, ctx.clock()), (report) => ({ report }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ReturnReportPayload, { description: 'SUBMITTED -> RETURNED with the reason; the body corrects and submits again. ADMIN only.' })
  returnReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report, its version and the reason.' }) input: ReturnReportInput) {
    return runMutation(ctx, 'returnReport', input, () => new ReturnReportPayload(), async (tx, payload) => {
      settle(payload, await workflow.returnReport(tx, ctx.viewer!, input), (report) => ({ report }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AcceptReportPayload, { description: 'SUBMITTED -> ACCEPTED: the report counts in consolidation and is final. ADMIN only.' })
  acceptReport(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report and its version.' }) input: AcceptReportInput) {
    return runMutation(ctx, 'acceptReport', input, () => new AcceptReportPayload(), async (tx, payload) => {
      settle(payload, await workflow.acceptReport(tx, ctx.viewer!, input), (report) => ({ report }));
    });
  }

  @Authorized(Role.ADMIN, Role.SUPERVISOR)
  @Mutation(() => AddReportCommentPayload, { description: 'A remark on a report, in any status (supervision by the Fatherland Front). SUPERVISOR or ADMIN.' })
  addReportComment(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The report and the remark.' }) input: AddReportCommentInput) {
    return runMutation(ctx, 'addReportComment', input, () => new AddReportCommentPayload(), async (tx, payload) => {
      settle(payload, await addComment(tx, ctx.viewer!, input), (comment) => ({ comment, report: comment.report.getEntity() }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConsolidatePeriodPayload, {
    description:
      'Builds the province\'s CONSOLIDATED report for a period from its ACCEPTED reports: SUM indicators add up, RATIO indicators divide summed numerators by summed denominators, NONE indicators keep the province-reported value. Running it again over the same reports changes nothing. ADMIN only.',
  })
  consolidatePeriod(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The period to consolidate.' }) input: ConsolidatePeriodInput) {
    return runMutation(ctx, 'consolidatePeriod', input, () => new ConsolidatePeriodPayload(), async (tx, payload) => {
      const outcome = await consolidatePeriod(tx, ctx.viewer!, input.periodCode);
      Object.assign(payload, {
        report: outcome.report,
        sourceReports: outcome.sourceReports,
        changedValues: outcome.changedValues,
        userErrors: outcome.errors,
      });
    });
  }
}
