import { Migration } from '@mikro-orm/migrations';
import { DIMENSIONS, INDICATOR_FIGURES, REBUILD_INDICATOR_FIGURES, REFRESH_INDICATOR_FIGURES, SIGNATURE } from './Migration20261205060000_indicator_figures';

/**
 * The kept figures gain the current map: the figures of accepted reports
 * carried to the units in force today (since 1 July 2025, the 37 communes and
 * province 19), which is what the reports of 2026 and every "as of today"
 * roll-up read. Built with the same function as the own-map figures
 * (compute_indicator_figures), by the same refresh and rebuild.
 *
 * `indicator_figure_map` holds the window of days on which the map is the one
 * the current-map figures were built on: from the last change of any unit up
 * to today, to the day before the next change known (null: none). A call
 * whose map day lies in it reads them; any other day is built when asked.
 */
const BREAKDOWNS = `(values (false, false), (true, false), (false, true), (true, true)) b(by_sex, by_ethnic_group)`;

const MAP_WINDOW = `
  with change as (
    select valid_from as day from administrative_unit where valid_from is not null
    union select valid_to + 1 from administrative_unit where valid_to is not null
  )
  select coalesce((select max(day) from change where day <= current_date), '-infinity'::date),
    (select min(day) - 1 from change where day > current_date)`;

/** A map day that the kept current-map figures answer for. */
const IN_CURRENT_WINDOW = `exists (select 1 from indicator_figure_map m where p_map_day >= m.current_from and (m.current_to is null or p_map_day <= m.current_to))`;

const FIGURE_COLUMNS = `f.indicator_id, f.unit_id, f.period_id, f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values,
  f.comparable, f.partial_ids, f.spanned_ids`;

export const INDICATOR_FIGURES_BOTH_MAPS = `
create or replace function indicator_figures${SIGNATURE}
language sql stable parallel safe as $fn$
with ${DIMENSIONS},
kept_map as (
  -- Which kept figures answer: those on each period's own map, those on the current map, or none.
  select case when p_report_status <> 'ACCEPTED' then null when p_map_day is null then false when ${IN_CURRENT_WINDOW} then true end as current_map
),
kept_units as (
  -- The units whose kept figures are read, when the call names an area or units: read from them, in
  -- branches of which the parameters keep one (a one-time filter), each planned for itself.
  select distinct c.unit_id as id from administrative_unit_cover c
  join administrative_unit u on u.id = c.unit_id and u.level in (select target_level from levels)
  where p_area_codes is not null and c.exact and c.covering_unit_id in (select id from area)
  union all
  select n.id from named n where p_unit_codes is not null and p_area_codes is null
)
select ${FIGURE_COLUMNS}
from (
  select f.* from indicator_figure f
  where p_area_codes is null and p_unit_codes is null and f.indicator_id = any(p_indicator_ids)
  union all
  select f.* from kept_units k
  join indicator_figure f on f.indicator_id = any(p_indicator_ids) and f.unit_id = k.id
  where not (p_area_codes is null and p_unit_codes is null)
) f
join administrative_unit u on u.id = f.unit_id
join reporting_period p on p.id = f.period_id
where f.current_map = (select current_map from kept_map)
  and (f.sex is not null) = p_by_sex and (f.ethnic_group is not null) = p_by_ethnic_group
  and u.level in (select target_level from levels)
  and (p_period_codes is null or p.code = any(p_period_codes))
  and (p_period_kind is null or p.kind = p_period_kind)
union all
select * from compute_indicator_figures(p_indicator_ids, p_report_status, p_levels, p_map_day, p_period_codes, p_period_kind,
  p_area_codes, p_area_day, p_unit_codes, p_by_sex, p_by_ethnic_group)
where (select current_map from kept_map) is null
$fn$`;

export const REFRESH_INDICATOR_FIGURES_BOTH_MAPS = `
create or replace function refresh_indicator_figures(p_report_id int) returns void language plpgsql as $fn$
declare
  v_period text;
  v_indicators int[];
  v_units text[];
  v_current date;
begin
  select p.code into v_period from report r join reporting_period p on p.id = r.period_id where r.id = p_report_id and r.kind = 'BODY';
  select array_agg(distinct v.indicator_id) into v_indicators from indicator_value v where v.report_id = p_report_id;
  if v_period is null or v_indicators is null then return; end if;
  select array_agg(distinct cu.code) into v_units
  from indicator_value v
  join administrative_unit_cover c on c.unit_id = v.administrative_unit_id
  join administrative_unit cu on cu.id = c.covering_unit_id
  where v.report_id = p_report_id;
  delete from indicator_figure f using reporting_period p
  where p.code = v_period and f.period_id = p.id and f.indicator_id = any(v_indicators)
    and f.unit_id in (select id from administrative_unit where code = any(v_units));
  insert into indicator_figure
  select f.*, false from ${BREAKDOWNS}
  cross join lateral compute_indicator_figures(v_indicators, 'ACCEPTED', null, null, array[v_period], null, null, current_date, v_units,
    b.by_sex, b.by_ethnic_group) f;
  select current_from into v_current from indicator_figure_map;
  if not found then return; end if;
  insert into indicator_figure
  select f.*, true from ${BREAKDOWNS}
  cross join lateral compute_indicator_figures(v_indicators, 'ACCEPTED', null, v_current, array[v_period], null, null, current_date, v_units,
    b.by_sex, b.by_ethnic_group) f;
end
$fn$`;

export const REBUILD_INDICATOR_FIGURES_BOTH_MAPS = `
create or replace function rebuild_indicator_figures() returns void language sql as $fn$
  delete from indicator_figure;
  delete from indicator_figure_map;
  insert into indicator_figure_map ${MAP_WINDOW};
  insert into indicator_figure
  select f.*, m.current_map from (select array_agg(id) as ids from indicator) i
  cross join ${BREAKDOWNS}
  cross join (select false as current_map, null::date as day union all select true, current_from from indicator_figure_map) m
  cross join lateral compute_indicator_figures(i.ids, 'ACCEPTED', array['PROVINCE', 'DISTRICT', 'COMMUNE'], m.day, null, null, null, current_date, null,
    b.by_sex, b.by_ethnic_group) f;
$fn$`;

export class Migration20261205110000_kept_figures_current_map extends Migration {

  override async up(): Promise<void> {
    this.addSql('create table indicator_figure_map (current_from date not null, current_to date null)');
    this.addSql('alter table indicator_figure add column current_map boolean not null default false');
    this.addSql('drop index indicator_figure_key');
    this.addSql(`create unique index indicator_figure_key on indicator_figure (indicator_id, unit_id, period_id, current_map, coalesce(sex, ''), coalesce(ethnic_group, ''))`);
    this.addSql(INDICATOR_FIGURES_BOTH_MAPS);
    this.addSql(REFRESH_INDICATOR_FIGURES_BOTH_MAPS);
    this.addSql(REBUILD_INDICATOR_FIGURES_BOTH_MAPS);
    // A database with many accepted reports rebuilds for minutes: past the requests' statement timeout.
    this.addSql('set local statement_timeout = 0');
    this.addSql('select rebuild_indicator_figures()');
  }

  override async down(): Promise<void> {
    this.addSql(INDICATOR_FIGURES);
    this.addSql(REFRESH_INDICATOR_FIGURES);
    this.addSql(REBUILD_INDICATOR_FIGURES);
    this.addSql('delete from indicator_figure where current_map');
    this.addSql('drop index indicator_figure_key');
    this.addSql('alter table indicator_figure drop column current_map');
    this.addSql(`create unique index indicator_figure_key on indicator_figure (indicator_id, unit_id, period_id, coalesce(sex, ''), coalesce(ethnic_group, ''))`);
    this.addSql('drop table indicator_figure_map');
  }
}
