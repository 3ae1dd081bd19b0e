import { matchesArray } from '../database/direct-statement';
import { keptMapCondition } from '../reporting/rollup/indicator-figures';
import type { AnalyticsQuery } from './analytics.service';

/**
 * The `from ... where` of an analytics statement that reads the kept
 * figures, written for the query's shape (which dimensions it names), as the
 * roll-up does (reporting/rollup/kept-rollup.ts): it reads what the kept
 * branch of `indicator_figures` reads, but PostgreSQL plans it once per
 * shape. Parameters as `analyticsParameters`: $1 indicator codes, $2
 * status, $3 levels, $4 map day, $5 period codes, $6 period kind, $7 area
 * codes, $8 the day they are looked up on, $9 unit codes, $10 by sex, $11 by
 * ethnic group, $12 the plan. On a map day the figures are not kept for it
 * finds nothing, and the caller builds them instead.
 */
export function keptAnalyticsSource(query: AnalyticsQuery, inPlan: (alias: string, parameter: string) => string): string {
  const dims = query.figures;
  const area = `select distinct on (a.code) a.id from administrative_unit a where ${matchesArray('a.code', '$7::text[]', dims.areaCodes?.length ?? 0)}
      order by a.code, ((a.valid_from is null or a.valid_from <= $8::date) and (a.valid_to is null or a.valid_to >= $8::date)) desc, a.valid_from desc nulls last`;
  const conditions = [
    `$2::text = 'ACCEPTED'`,
    keptMapCondition('f', dims.mapDay == null ? null : '$4'),
    '(f.sex is not null) = $10::boolean and (f.ethnic_group is not null) = $11::boolean',
    ...(dims.levels ? ['u.level = any($3::text[])'] : []),
    ...(dims.periodCodes ? ['p.code = any($5::text[])'] : []),
    ...(dims.periodKind ? ['p.kind = $6::text'] : []),
    ...(dims.areaCodes ? [`f.unit_id in (select c.unit_id from administrative_unit_cover c where c.exact and c.covering_unit_id in (${area}))`] : []),
    ...(dims.unitCodes && !dims.areaCodes ? ['f.unit_id in (select n.id from administrative_unit n where n.code = any($9::text[]))'] : []),
  ];
  // The indicators first, read once: joined in place, their in-plan check (inPlan's subquery) ran again for every unit (loops=8 at L).
  const indicators = `with wanted as materialized (select * from indicator i where i.code = any($1::text[]) and ${inPlan('i', '$12')}) select * from wanted`;
  return `from (${indicators}) i
    join indicator_figure f on f.indicator_id = i.id
    join administrative_unit u on u.id = f.unit_id
    left join administrative_unit pu on pu.id = u.parent_id
    join reporting_period p on p.id = f.period_id
    where ${conditions.join('\n      and ')}`;
}

/** Names the shape `keptAnalyticsSource` writes a query in: one prepared statement each (one area or several: `matchesArray`). */
export function keptAnalyticsShape(query: AnalyticsQuery): string {
  const dims = query.figures;
  const has = (value: unknown) => (value == null ? '0' : '1');
  const areas = dims.areaCodes == null ? '0' : dims.areaCodes.length === 1 ? '1' : 'n';
  return `m${has(dims.mapDay)}l${has(dims.levels)}p${has(dims.periodCodes)}k${has(dims.periodKind)}a${areas}u${has(dims.unitCodes)}`;
}
