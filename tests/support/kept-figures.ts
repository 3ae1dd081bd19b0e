import type { TestApp } from './test-app';

/**
 * The kept figures (indicator_figure) against the figures built from the
 * values now, on each period's own map and on the current map: rows kept but
 * no longer true, rows true but not kept.
 */
export async function keptFiguresDrift(api: TestApp): Promise<{ kept: number; current: number; stale: number; missing: number }> {
  const [row] = await api.app.database.orm.em.getConnection().execute<Array<{ kept: string; current: string; stale: string; missing: string }>>(`
    with kept as (
      select indicator_id, unit_id, period_id, sex, ethnic_group, value, numerator, denominator, source_values, comparable, current_map from indicator_figure
    ),
    built as (
      select f.indicator_id, f.unit_id, f.period_id, f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values, f.comparable, m.current_map
      from (select array_agg(id) as ids from indicator) i
      cross join (values (false, false), (true, false), (false, true), (true, true)) b(by_sex, by_ethnic_group)
      cross join (select false as current_map, null::date as day union all select true, current_from from indicator_figure_map) m
      cross join lateral compute_indicator_figures(i.ids, 'ACCEPTED', array['PROVINCE', 'DISTRICT', 'COMMUNE'], m.day, null, null, null, current_date, null, b.by_sex, b.by_ethnic_group) f
    )
    select (select count(*) from kept where not current_map) as kept, (select count(*) from kept where current_map) as current,
      (select count(*) from (select * from kept except all select * from built) x) as stale,
      (select count(*) from (select * from built except all select * from kept) y) as missing`);
  return { kept: Number(row.kept), current: Number(row.current), stale: Number(row.stale), missing: Number(row.missing) };
}
