import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay/connection';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodFilter } from './reporting-period.inputs';
import * as periods from './reporting-period.service';

export const ReportingPeriodConnection = ConnectionType(ReportingPeriod, 'A page of reporting periods.');

@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  @Query(() => ReportingPeriodConnection, { description: 'Half-years and years from 2022 to 2030, in time order.' })
  reportingPeriods(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ReportingPeriodFilter, { nullable: true, description: 'Conditions on year, kind and plan; null or absent: every period.' }) filter?: ReportingPeriodFilter,
  ) {
    return periods.listReportingPeriods(ctx, filter, args);
  }

  @Query(() => ReportingPeriod, { nullable: true, description: 'The period with this code (e.g. "2024-H1", "2024"), or null.' })
  reportingPeriod(@Ctx() ctx: RequestContext, @Arg('code', { description: 'The period\'s code, e.g. "2024-H1", "2024-H2", "2024".' }) code: string) {
    return periods.findReportingPeriod(ctx, code);
  }
}
