/**
 * The rule consolidation and roll-ups share, as SQL over rows that carry a
 * `level`: a district's figure is its own reported value when it has one,
 * else the sum of its communes' values. Used inside a GROUP BY district.
 */
export function districtFigure(column: 'value' | 'numerator' | 'denominator'): string {
  return `case when bool_or(level = 'DISTRICT') then sum(${column}) filter (where level = 'DISTRICT') else sum(${column}) end as ${column}`;
}

export const DISTRICT_FIGURES = `${districtFigure('value')}, ${districtFigure('numerator')}, ${districtFigure('denominator')}`;
