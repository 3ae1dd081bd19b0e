import type { RequestContext } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { Indicator } from '../indicators/indicator.entity';
import { Aggregation } from '../indicators/indicator.enums';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { findAdministrativeUnit } from '../territory/administrative-unit.service';
import { ReportStatus } from './reporting.enums';
import { IndicatorRollup } from './rollup.types';
import { DISTRICT_FIGURES } from './district-figure';
import { ratioValue } from './value-rules';
import { runPrepared } from '../database/direct-statement';

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

const WITHIN_SQL = `and u.id in (
      select d.id from administrative_unit d where d.parent_id = $4 or d.id = $4
      union all
      select c.id from administrative_unit c join administrative_unit d on d.id = c.parent_id where d.parent_id = $4 or d.id = $4)`;

const ROLLUP_ALL_SQL = ROLLUP_SQL.replace('/*within*/', '');
const ROLLUP_WITHIN_SQL = ROLLUP_SQL.replace('/*within*/', WITHIN_SQL);

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
  let withinId: number | null = null;
  if (withinCode) {
    const within = await findAdministrativeUnit(ctx, withinCode);
    if (!within) throw badUserInput(`No unit has the code "${withinCode}"`, { argument: 'within' });
    withinId = within.id;
  }
  // Only the units under `within`, spelled out so that PostgreSQL can start from them (an "or null" test would hide them).
  const params = [indicator.id, status, level];
  const rows =
    withinId === null
      ? await runPrepared<RollupRow>(ctx.em, 'rollup', ROLLUP_ALL_SQL, params)
      : await runPrepared<RollupRow>(ctx.em, 'rollup-within', ROLLUP_WITHIN_SQL, [...params, withinId]);
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
