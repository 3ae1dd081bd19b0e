import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { isoDate } from '../../platform/dates';
import type { RequestContext } from '../../graphql/context';
import { Indicator } from '../../indicators/indicator.entity';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ReportStatus } from '../reporting.enums';
import { rollupOf } from './rollup.service';
import { IndicatorRollup } from './rollup.types';

@Resolver(() => Indicator)
export class IndicatorRollupFieldResolver {
  @Authorized()
  @FieldResolver(() => [IndicatorRollup], {
    description:
      'The indicator\'s values of body reports built up per unit of `level` and per period, in the database: SUM adds up, RATIO divides summed numerators by summed denominators (never an average of percentages), NONE is not added (each unit\'s own reported value). A district\'s figure is its own value, else its communes\'. With `geographyAsOf`, every period is shown on the map in force that day: values reported on older or newer units are carried through their successions (exact here: every Bắc Kạn commune went whole into one new commune); without it, each period stays on its own map. On the map after 1 July 2025 the levels are PROVINCE (19) and COMMUNE. Totals only. Needs a token.',
  })
  rollup(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg('level', () => AdministrativeLevel, { defaultValue: AdministrativeLevel.DISTRICT, description: 'The level of the units built up to (DISTRICT by default; PROVINCE or COMMUNE on the map after 1 July 2025).' }) level: AdministrativeLevel,
    @Arg('within', () => String, { nullable: true, description: 'Only units that lie in this one, e.g. "06" (the plan\'s area, on either map) or "061" (Ba Bể).' })
    within?: string,
    @Arg('reportStatus', () => ReportStatus, { defaultValue: ReportStatus.ACCEPTED, description: 'Only values of body reports in this status (ACCEPTED by default).' }) reportStatus?: ReportStatus,
    @Arg('geographyAsOf', () => DateResolver, { nullable: true, description: 'Show every period on the map in force this day (e.g. 2026-01-01: the 37 communes and province 19).' })
    geographyAsOf?: Date,
  ) {
    return rollupOf(ctx, indicator, {
      level,
      within: within ?? undefined,
      status: reportStatus ?? ReportStatus.ACCEPTED,
      geographyAsOf: geographyAsOf ? isoDate(geographyAsOf) : undefined,
    });
  }
}

@Resolver(() => IndicatorRollup)
export class IndicatorRollupResolver {
  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the figure is for, on the map shown.' })
  unit(@Root() rollup: IndicatorRollup, @Ctx() ctx: RequestContext) {
    return rollup.unit ?? ctx.loaders.byId(AdministrativeUnit).load(rollup.unitId);
  }

  @FieldResolver(() => ReportingPeriod, { description: 'The reporting period of the figure.' })
  period(@Root() rollup: IndicatorRollup, @Ctx() ctx: RequestContext) {
    return rollup.period ?? ctx.loaders.byId(ReportingPeriod).load(rollup.periodId);
  }
}
