import type { TestApp } from './test-app';

/**
 * The kept figures (indicator_figure) against the figures built from the
 * values now: rows kept but no longer true, rows true but not kept.
 */
export async function keptFiguresDrift(api: TestApp): Promise<{ kept: number; stale: number; missing: number }> {
  const [row] = await api.app.database.orm.em.getConnection().execute<Array<{ kept: string; stale: string; missing: string }>>(`
    with kept as (
      select indicator_id, unit_id, period_id, sex, ethnic_group, value, numerator, denominator, source_values, comparable from indicator_figure
    ),
    built as (
      select f.indicator_id, f.unit_id, f.period_id, f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values, f.comparable
      from (select array_agg(id) as ids from indicator) i
      cross join (values (false, false), (true, false), (false, true), (true, true)) b(by_sex, by_ethnic_group)
      cross join lateral compute_indicator_figures(i.ids, 'ACCEPTED', array['PROVINCE', 'DISTRICT', 'COMMUNE'], null, null, null, null, current_date, null, b.by_sex, b.by_ethnic_group) f
    )
    select (select count(*) from kept) as kept,
      (select count(*) from (select * from kept except all select * from built) x) as stale,
      (select count(*) from (select * from built except all select * from kept) y) as missing`);
  return { kept: Number(row.kept), stale: Number(row.stale), missing: Number(row.missing) };
}
