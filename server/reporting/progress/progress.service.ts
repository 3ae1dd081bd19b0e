import DataLoader from 'dataloader';
import { matchesArray, runPrepared } from '../../database/direct-statement';
import type { RequestContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { Indicator } from '../../indicators/indicator.entity';
import { Aggregation } from '../../indicators/indicator.enums';
import { targetsOf } from '../../indicators/indicator.service';
import { targetsInForce } from '../../indicators/target-revisions';
import { Target } from '../../indicators/target.entity';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { findUnitOrLastVersion, parentUnit, today } from '../../territory/administrative-unit.service';
import { assessProgress, Observation } from './progress-rule';
import { ProgressStatus } from './progress.enums';
import { IndicatorProgress } from './progress.types';
import { ReportingPeriod } from '../periods/reporting-period.entity';

interface ObservationRow extends Observation {
  indicatorId: number;
  periodId: number;
}

interface ObservationKey {
  unitId: number;
  asOf: string;
  indicatorId: number;
}

/**
 * A unit's series goes on in the units of the very same area on the other map
 * (06 and, from 1 July 2025, 19: the API holds only Bắc Kạn's part of Thái
 * Nguyên). A fixed text with array parameters, prepared: with the cover's
 * joins, planning it took longer than running it (4 ms against 1.5 ms).
 * One unit (the dashboard's province) has a text of its own (`matchesArray`):
 * at S the generic plan for several units also ran twice as slow.
 */
const observationsSql = (units: string) => `
select same.unit_id, v.indicator_id, v.value, p.end_date, p.id as period_id
from administrative_unit_cover same
join administrative_unit_cover back on back.unit_id = same.covering_unit_id and back.covering_unit_id = same.unit_id and back.exact
join indicator_value v on v.administrative_unit_id = same.covering_unit_id
join report r on r.id = v.report_id
join reporting_period p on p.id = r.period_id
where same.exact and ${units}
  and r.kind = 'CONSOLIDATED' and v.sex is null and v.ethnic_group is null and v.value is not null
  and v.indicator_id = any($2::int[]) and p.end_date <= $3::date
order by p.position`;
const OBSERVATIONS_SQL = observationsSql(matchesArray('same.unit_id', '$1::int[]', 2));
const OBSERVATIONS_ONE_UNIT = observationsSql(matchesArray('same.unit_id', '$1::int[]', 1));

/**
 * A unit's consolidated totals up to a date, for every indicator, unit and
 * date asked in the request: one statement, so that what follows (the
 * periods) also loads in one batch. (Reading the periods in this statement
 * too cost more than the statement it saved: every one of its many rows then
 * carries their columns.)
 */
function observationsOf(ctx: RequestContext, key: ObservationKey): Promise<ObservationRow[]> {
  return ctx.loaders
    .get('Indicator.progress', () =>
      new DataLoader<ObservationKey, ObservationRow[], string>(
        async (keys) => {
          // A plain filter PostgreSQL plans in no time; each key then takes its own rows.
          const latest = keys.reduce((max, key) => (key.asOf > max ? key.asOf : max), keys[0].asOf);
          const indicatorIds = [...new Set(keys.map((k) => k.indicatorId))];
          const unitIds = [...new Set(keys.map((k) => k.unitId))];
          const one = unitIds.length === 1;
          const rows = await runPrepared<{ unit_id: number; indicator_id: number; value: string; end_date: string | Date; period_id: number }>(
            ctx.em,
            one ? 'progress-observations-one' : 'progress-observations',
            one ? OBSERVATIONS_ONE_UNIT : OBSERVATIONS_SQL,
            [unitIds, indicatorIds, latest],
          );
          const byUnitAndIndicator = new Map<string, ObservationRow[]>();
          for (const row of rows) {
            const group = `${row.unit_id}|${row.indicator_id}`;
            const observation = { indicatorId: row.indicator_id, periodId: row.period_id, value: Number(row.value), date: toIsoDate(row.end_date) };
            const list = byUnitAndIndicator.get(group);
            if (list) list.push(observation);
            else byUnitAndIndicator.set(group, [observation]);
          }
          return keys.map((key) => (byUnitAndIndicator.get(`${key.unitId}|${key.indicatorId}`) ?? []).filter((o) => o.date <= key.asOf));
        },
        { cacheKeyFn: (key) => `${key.unitId}|${key.asOf}|${key.indicatorId}` },
      ),
    )
    .load(key);
}

function toIsoDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

const PROVINCE_CODE = '06';

export async function progressOf(ctx: RequestContext, indicator: Indicator, unitCode = PROVINCE_CODE, asOf?: string): Promise<IndicatorProgress> {
  // The unit and the targets load side by side; the observations need the unit.
  const date = asOf ?? today(ctx);
  const [unit, targets] = await Promise.all([progressUnit(ctx, unitCode, date), targetsOf(ctx, indicator)]);
  const observations = await observationsOf(ctx, { unitId: unit.id, asOf: date, indicatorId: indicator.id });
  const assessment = assessProgress(indicator.measureKind, judgedTargets(indicator, unit, await targetsJudgedBy(ctx, targets, observations, date)), observations, date);
  const latest = observations[observations.length - 1];
  return {
    status: assessment.status,
    unit,
    asOf: date,
    value: latest?.value ?? null,
    period: latest ? await ctx.loaders.byId(ReportingPeriod).load(latest.periodId) : null,
    baselineValue: assessment.baseline?.value ?? null,
    baselineDate: assessment.baseline?.date ?? null,
    baselineSource: assessment.baseline?.source ?? null,
    target: (assessment.target as Target | null) ?? null,
    expectedValue: assessment.expected === null ? null : Math.round(assessment.expected * 10_000) / 10_000,
  };
}

/** A figure is judged by the targets in force at its period's end (a revision of 2026 changes 2026's judgement only). */
function targetsJudgedBy(ctx: RequestContext, targets: Target[], observations: Observation[], asOf: string): Promise<Target[]> {
  return targetsInForce(ctx, targets, observations[observations.length - 1]?.date ?? asOf);
}

/** The targets a unit is judged by: the plan's count (SUM) targets are the province's, a district has no share of them. */
export function judgedTargets(indicator: Indicator, unit: AdministrativeUnit, targets: Target[]): Target[] {
  return unit.level === AdministrativeLevel.PROVINCE || indicator.aggregation !== Aggregation.SUM ? targets : [];
}

/** Whether progress is consolidated for the unit: the province, its districts, and from 1 July 2025 its communes. */
export async function hasProgress(ctx: RequestContext, unit: AdministrativeUnit): Promise<boolean> {
  return !(unit.level === AdministrativeLevel.COMMUNE && (await parentUnit(ctx, unit))?.level === AdministrativeLevel.DISTRICT);
}

/** The status `progressOf` gives a unit already loaded on a day; null where progress is not consolidated. */
export async function progressStatusAt(ctx: RequestContext, indicator: Indicator, unit: AdministrativeUnit, asOf: string): Promise<ProgressStatus | null> {
  if (!(await hasProgress(ctx, unit))) return null;
  const [targets, observations] = await Promise.all([targetsOf(ctx, indicator), observationsOf(ctx, { unitId: unit.id, asOf, indicatorId: indicator.id })]);
  return assessProgress(indicator.measureKind, judgedTargets(indicator, unit, await targetsJudgedBy(ctx, targets, observations, asOf)), observations, asOf).status;
}

/** The unit the code names on the day, or its last version before (the plan's "06" after 1 July 2025). */
async function progressUnit(ctx: RequestContext, unitCode: string, day: string): Promise<AdministrativeUnit> {
  const unit = await findUnitOrLastVersion(ctx, unitCode, day);
  if (!unit) throw badUserInput(`No unit has the code "${unitCode}"`, { argument: 'unitCode' });
  if (!(await hasProgress(ctx, unit))) {
    throw badUserInput('Progress is consolidated for the province and its districts (and, from 1 July 2025, its communes), not for communes under a district', {
      argument: 'unitCode',
    });
  }
  return unit;
}
