/**
 * The unit whose figure a value first counts towards, for a value row `u`
 * (its unit) with `pu` (that unit's parent): a district's own value, or a
 * commune's for its district; on the map without districts (from 1 July
 * 2025) a commune's for itself.
 */
export const BASE_UNIT = `case u.level when 'DISTRICT' then u.id when 'COMMUNE' then case when pu.level = 'DISTRICT' then u.parent_id else u.id end end`;

/**
 * The rule consolidation and roll-ups share, as SQL over rows that carry a
 * `level`: a district's figure is its own reported value when it has one,
 * else the sum of its communes' values. Used inside a GROUP BY district.
 */
export function districtFigure(column: 'value' | 'numerator' | 'denominator'): string {
  return `case when bool_or(level = 'DISTRICT') then sum(${column}) filter (where level = 'DISTRICT') else sum(${column}) end as ${column}`;
}

export const DISTRICT_FIGURES = `${districtFigure('value')}, ${districtFigure('numerator')}, ${districtFigure('denominator')}`;
