import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { Target } from '../indicators/target.entity';
import { ProgressStatus } from '../reporting/progress/progress.enums';
import { today } from '../territory/administrative-unit.service';
import { AnalyticsInput } from './analytics.inputs';
import { analyticsQuery, analyticsRows, statusOfRow, targetOfRow } from './analytics.service';
import { AnalyticsResult, AnalyticsRow } from './analytics.types';

@Resolver(() => AnalyticsRow)
export class AnalyticsResolver {
  @Authorized()
  @Query(() => AnalyticsResult, {
    description:
      'Figures for lists of indicators, periods and units, aggregated on the fly in PostgreSQL by each indicator\'s rule (SUM adds, RATIO divides summed numerators by summed denominators, NONE is not added), with the rule of `Indicator.rollup`, current the moment a report is accepted, and carried across the 2025 reorganisation with `geographyAsOf`. Charged by the cost limit for the rows the dimensions can return (indicators x periods x units x breakdown). Also as CSV and XLSX: GET /export/analytics.csv. Needs a token.',
  })
  async analytics(@Ctx() ctx: RequestContext, @Arg('input', () => AnalyticsInput, { description: 'The dimensions.' }) input: AnalyticsInput): Promise<AnalyticsResult> {
    const rows = await analyticsRows(ctx, analyticsQuery(today(ctx), input));
    return Object.assign(new AnalyticsResult(), { rows, rowCount: rows.length });
  }

  @FieldResolver(() => Target, {
    nullable: true,
    description:
      'The plan\'s target that applies to the period: the first whose year ends on or after the period\'s end (past every horizon, the last). Null for breakdowns, and where the plan sets none for the unit: its count (SUM) targets are the province\'s.',
  })
  target(@Root() row: AnalyticsRow, @Ctx() ctx: RequestContext) {
    return targetOfRow(ctx, row);
  }

  @FieldResolver(() => ProgressStatus, {
    nullable: true,
    description:
      'The unit\'s progress status at the period\'s end, as `Indicator.progress(unitCode, asOf: <the period\'s end>)` judges it from consolidated reports; null for breakdowns and for units progress is not consolidated for (communes under a district).',
  })
  status(@Root() row: AnalyticsRow, @Ctx() ctx: RequestContext) {
    return statusOfRow(ctx, row);
  }
}
