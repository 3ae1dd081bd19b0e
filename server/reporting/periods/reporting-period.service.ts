import type { RequestContext } from '../../graphql/context';
import { ConnectionArgs } from '../../graphql/relay/connection';
import { rootPage } from '../../graphql/relay/pages';
import { periodsOfPlan } from '../../plan/plan-scope';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodFilter } from './reporting-period.inputs';

export function listReportingPeriods(ctx: RequestContext, filter: ReportingPeriodFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, ReportingPeriod, args, (knex) => {
    const qb = knex('reporting_period as e').select('e.*');
    if (filter.year != null) qb.where('e.year', filter.year);
    if (filter.kind) qb.where('e.kind', filter.kind);
    if (filter.planCode != null) qb.whereIn('e.id', periodsOfPlan(knex, filter.planCode));
    return qb;
  });
}

export function findReportingPeriod(ctx: RequestContext, code: string): Promise<ReportingPeriod | null> {
  return ctx.loaders.byUnique<ReportingPeriod, string>(ReportingPeriod, 'code').load(code);
}
