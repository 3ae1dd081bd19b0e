import { keptMapCondition } from './indicator-figures';
import type { RollupRequest } from './rollup.service';

/**
 * A roll-up of accepted reports read from the kept figures, in a statement
 * written for the request's shape (with an area or not, on a map day or each
 * period on its own map) and with scalar parameters only, so that PostgreSQL
 * keeps one generic plan per shape: 0.2 ms a call, where the general
 * `indicator_figures` cost 4 ms (3 of them planning) and a general statement
 * over the kept figures 0.9 ms (bench/README.md). It reads what the
 * function's kept branch reads. On a map day the figures are not kept for
 * it finds nothing, and the caller builds them instead.
 *
 * `values` are SQL expressions: the statement's own parameters by default
 * ($1 indicator id, $2 level, $3 area code, $4 the day the area's code is
 * looked up on, $5 the map day), or those of a larger statement (sql-read).
 * `levelOutside`: the caller joins each figure's unit and keeps the level's
 * (sql-read, which reads the unit's fields from that join); `values.level`
 * is then not used.
 */
export function keptRollupSelect(shape: KeptRollupShape, values: KeptRollupValues = STATEMENT_PARAMETERS, { levelOutside = false } = {}): string {
  const conditions = [
    `k.indicator_id = ${values.indicator}`,
    ...(levelOutside ? [] : [`ku.level = ${values.level}`]),
    'k.sex is null and k.ethnic_group is null',
    keptMapCondition('k', shape.onMapDay ? values.mapDay : null),
    ...(shape.within
      ? [
          `k.unit_id in (select c.unit_id from administrative_unit_cover c where c.exact and c.covering_unit_id = (
            select a.id from administrative_unit a where a.code = ${values.area}
            order by ((a.valid_from is null or a.valid_from <= ${values.areaDay}) and (a.valid_to is null or a.valid_to >= ${values.areaDay})) desc, a.valid_from desc nulls last limit 1))`,
        ]
      : []),
  ];
  // Every parameter typed, used or not: the driver leaves their types to the server.
  const typed = values === STATEMENT_PARAMETERS ? 'with typed as (select $3::text, $4::date, $5::date)\n    ' : '';
  return `(${typed}select k.indicator_id, k.unit_id, k.period_id, k.sex, k.ethnic_group, k.value, k.numerator, k.denominator, k.source_values,
      k.comparable, k.partial_ids, k.spanned_ids
    from indicator_figure k${levelOutside ? '' : ' join administrative_unit ku on ku.id = k.unit_id'}
    where ${conditions.join('\n      and ')})`;
}

/** The values a kept roll-up is read for, as SQL; `area` and `areaDay` are read only `within`, `mapDay` only on a map day. */
export interface KeptRollupValues {
  indicator: string;
  level: string;
  area: string;
  areaDay: string;
  mapDay: string;
}

const STATEMENT_PARAMETERS: KeptRollupValues = { indicator: '$1::int', level: '$2::text', area: '$3::text', areaDay: '$4::date', mapDay: '$5' };

export interface KeptRollupShape {
  within: boolean;
  onMapDay: boolean;
}

export function keptRollupShape(request: RollupRequest): KeptRollupShape {
  return { within: request.within !== undefined, onMapDay: request.geographyAsOf !== undefined };
}

export function keptRollupParameters(indicatorId: number, request: RollupRequest, areaDay: string): unknown[] {
  return [indicatorId, request.level, request.within ?? null, areaDay, request.geographyAsOf ?? null];
}
