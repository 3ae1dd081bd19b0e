import type { RequestContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { Indicator } from '../../indicators/indicator.entity';
import { Aggregation } from '../../indicators/indicator.enums';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { findAdministrativeUnit } from '../../territory/administrative-unit.service';
import { ReportStatus } from '../reporting.enums';
import { IndicatorRollup } from './rollup.types';
import { DISTRICT_FIGURES } from './district-figure';
import { ratioValue } from '../values/value-rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runPrepared } from '../../database/direct-statement';
import { entityColumns } from '../../database/projection';
import { onFirstRowOf, prefixedRows } from '../../database/joined-rows';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';

/**
 * One GROUP BY in PostgreSQL: the rows never come to Node. As in
 * consolidation, a district's figure is its own reported value, else the sum
 * of its communes'; a province's figure adds up its districts' figures.
 */
const ROLLUP_SQL = `
with source as (
  select distinct on (v.administrative_unit_id, r.period_id)
    v.value, v.numerator, v.denominator, r.period_id, u.level,
    case u.level when 'DISTRICT' then u.id when 'COMMUNE' then u.parent_id end as district_id
  from indicator_value v
  join report r on r.id = v.report_id
  join administrative_unit u on u.id = v.administrative_unit_id
  where v.indicator_id = $1 and r.kind = 'BODY' and r.status = $2 and v.sex is null and v.ethnic_group is null
    and u.level in ('DISTRICT', 'COMMUNE') /*within*/
  order by v.administrative_unit_id, r.period_id, r.reviewed_at desc nulls last, r.id desc
),
district as (
  select district_id, period_id,
    ${DISTRICT_FIGURES},
    count(*) as source_values
  from source group by district_id, period_id
)
select district_id as unit_id, period_id, value, numerator, denominator, source_values from district where $3::text = 'DISTRICT'
union all
select d.parent_id, period_id, sum(value), sum(numerator), sum(denominator), sum(source_values)
from district join administrative_unit d on d.id = district.district_id
where $3::text = 'PROVINCE' group by d.parent_id, period_id
`;

/** The unit in force with code $4 (as findAdministrativeUnit picks it), and what lies under it. */
const WITHIN_SQL = `and u.id in (
      with within as (select id from administrative_unit where code = $4 order by valid_to desc nulls first, id limit 1)
      select d.id from administrative_unit d where d.parent_id = (select id from within) or d.id = (select id from within)
      union all
      select c.id from administrative_unit c join administrative_unit d on d.id = c.parent_id
      where d.parent_id = (select id from within) or d.id = (select id from within))`;

/** Each figure's unit and period come in the same statement and go to their loaders: a roll-up that shows them is one statement, not three. */
function withUnitAndPeriod(em: EntityManager, rollup: string): string {
  return `select f.*${onFirstRowOf('f.unit_id', 'u', 'u_', entityColumns(em, AdministrativeUnit))}${onFirstRowOf('f.period_id', 'p', 'p_', entityColumns(em, ReportingPeriod))}
    from (${rollup}) f
    join administrative_unit u on u.id = f.unit_id
    join reporting_period p on p.id = f.period_id`;
}

let statements: { all: string; within: string } | undefined;

/** Built once: the texts are fixed, so PostgreSQL plans each once per connection. */
function rollupStatements(em: EntityManager): { all: string; within: string } {
  statements ??= {
    all: withUnitAndPeriod(em, ROLLUP_SQL.replace('/*within*/', '')),
    within: withUnitAndPeriod(em, ROLLUP_SQL.replace('/*within*/', WITHIN_SQL)),
  };
  return statements;
}

type RollupRow = Record<string, string | number | null>;

export async function rollupOf(
  ctx: RequestContext,
  indicator: Indicator,
  level: AdministrativeLevel,
  withinCode: string | undefined,
  status: ReportStatus,
): Promise<IndicatorRollup[]> {
  if (level === AdministrativeLevel.COMMUNE) throw badUserInput('Roll up to DISTRICT or PROVINCE: communes are where values start', { argument: 'level' });
  if (indicator.aggregation === Aggregation.NONE) return [];
  // Only the units under `within`, spelled out so that PostgreSQL can start from them (an "or null" test would hide them).
  const params = [indicator.id, status, level];
  const sql = rollupStatements(ctx.em);
  const rows =
    withinCode === undefined
      ? await runPrepared<RollupRow>(ctx.em, 'rollup', sql.all, params)
      : await runPrepared<RollupRow>(ctx.em, 'rollup-within', sql.within, [...params, withinCode]);
  // No figures: perhaps no unit has that code, which the caller should hear.
  if (rows.length === 0 && withinCode !== undefined && !(await findAdministrativeUnit(ctx, withinCode))) {
    throw badUserInput(`No unit has the code "${withinCode}"`, { argument: 'within' });
  }
  for (const unit of prefixedRows(rows, 'u_', entityColumns(ctx.em, AdministrativeUnit))) ctx.loaders.prime(AdministrativeUnit, unit);
  for (const period of prefixedRows(rows, 'p_', entityColumns(ctx.em, ReportingPeriod))) ctx.loaders.prime(ReportingPeriod, period);
  const ratio = indicator.aggregation === Aggregation.RATIO;
  return rows
    .map((row) => {
      const numerator = row.numerator === null ? null : Number(row.numerator);
      const denominator = row.denominator === null ? null : Number(row.denominator);
      return Object.assign(new IndicatorRollup(), {
        unitId: Number(row.unit_id),
        periodId: Number(row.period_id),
        value: ratio ? (numerator !== null && denominator ? ratioValue(numerator, denominator) : null) : row.value === null ? null : Number(row.value),
        numerator: ratio ? numerator : null,
        denominator: ratio ? denominator : null,
        sourceValues: Number(row.source_values),
      });
    })
    .sort((a, b) => a.unitId - b.unitId || a.periodId - b.periodId);
}
