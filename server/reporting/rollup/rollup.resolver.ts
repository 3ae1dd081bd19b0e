import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
      'The indicator\'s values of body reports added up per district (or province) and period, in the database: SUM adds up, RATIO divides summed numerators by summed denominators; NONE indicators do not add up (empty). Totals only. Needs a token.',
  })
  rollup(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg('level', () => AdministrativeLevel, { defaultValue: AdministrativeLevel.DISTRICT }) level: AdministrativeLevel,
    @Arg('within', () => String, { nullable: true, description: 'Only units in this one, e.g. "06" for the districts of Bắc Kạn.' })
    within?: string,
    @Arg('reportStatus', () => ReportStatus, { defaultValue: ReportStatus.ACCEPTED }) reportStatus?: ReportStatus,
  ) {
    return rollupOf(ctx, indicator, level, within ?? undefined, reportStatus ?? ReportStatus.ACCEPTED);
  }
}

@Resolver(() => IndicatorRollup)
export class IndicatorRollupResolver {
  @FieldResolver(() => AdministrativeUnit)
  unit(@Root() rollup: IndicatorRollup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(AdministrativeUnit).load(rollup.unitId);
  }

  @FieldResolver(() => ReportingPeriod)
  period(@Root() rollup: IndicatorRollup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(ReportingPeriod).load(rollup.periodId);
  }
}
