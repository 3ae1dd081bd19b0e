-- What PostGraphile cannot express by itself over the bench database, as the
-- SQL functions a PostGraphile user would write: PostGraphile exposes the
-- schema bench_peer beside public, each function below as a field. Applied by
-- server.mjs before it starts; idempotent. Every function is LANGUAGE sql,
-- STABLE, not STRICT, without SET clauses and a single SELECT, so that
-- PostgreSQL can inline it into the statement PostGraphile builds around it.
-- Nothing here adds an index or touches a table.
--
-- Roll-ups and analytics read the kept figures (indicator_figure), where the
-- API (and the floor) read them: acceptance keeps them current.

create schema if not exists bench_peer;

-- Scenario 1, computed column Indicator.provinceSeries(province, asOf): the
-- province's consolidated totals up to a day, oldest first: the code's province
-- and the unit of the very same area on the other map (06, and from 1 July
-- 2025 19: the series goes on). The period comes through the value's report.
create or replace function bench_peer.indicator_province_series(i public.indicator, province text, as_of date)
returns setof public.indicator_value
language sql stable
as $$
  select v.*
  from public.administrative_unit_cover same
  join public.administrative_unit_cover back on back.unit_id = same.covering_unit_id and back.covering_unit_id = same.unit_id and back.exact
  join public.indicator_value v on v.administrative_unit_id = same.covering_unit_id
  join public.report r on r.id = v.report_id
  join public.reporting_period p on p.id = r.period_id
  where same.exact and same.unit_id = (select u.id from public.administrative_unit u where u.code = province and u.level = 'PROVINCE')
    and v.indicator_id = i.id and r.kind = 'CONSOLIDATED'
    and v.sex is null and v.ethnic_group is null and v.value is not null and p.end_date <= as_of
  order by p.position
$$;

-- Scenario 2, computed column Task.indicators: a task's indicators in the
-- catalogue's order. PostGraphile reaches them through task_indicator, but can
-- order that junction only by its own columns, not by the indicator's position.
create or replace function bench_peer.task_indicators(t public.task)
returns setof public.indicator
language sql stable
as $$
  select i.*
  from public.task_indicator ti
  join public.indicator i on i.id = ti.indicator_id
  where ti.task_id = t.id
  order by i.position, i.id
$$;

-- Scenario 3, Query.rollupDistricts: one indicator's kept figures for the
-- districts within an area, each period on its own map.
create or replace function bench_peer.rollup_districts(indicator_code text, within text)
returns table (unit_code text, unit_name text, period_code text, value numeric, numerator numeric, denominator numeric, source_values int)
language sql stable
as $$
  select u.code, u.name, p.code, f.value, f.numerator, f.denominator, f.source_values::int
  from public.indicator_figure f
  join public.administrative_unit u on u.id = f.unit_id and u.level = 'DISTRICT'
  join public.reporting_period p on p.id = f.period_id
  where f.indicator_id = (select i.id from public.indicator i where i.code = indicator_code)
    and not f.current_map and f.sex is null and f.ethnic_group is null
    and f.unit_id in (select c.unit_id from public.administrative_unit_cover c
                      where c.exact and c.covering_unit_id = (select a.id from public.administrative_unit a where a.code = within))
  order by u.id, p.id
$$;

-- Scenarios 5 and 6, Query.rollupCommunes: the communes' kept figures within an
-- area, each period on its own map (6), or every period carried onto the
-- communes in force today, the map of 1 July 2025 on (5: on_current_map).
drop function if exists bench_peer.rollup_communes_current_map(text, text);
drop function if exists bench_peer.rollup_communes(text, text);
create or replace function bench_peer.rollup_communes(indicator_code text, within text, on_current_map boolean)
returns table (unit_code text, unit_name text, period_code text, value numeric, numerator numeric, denominator numeric, source_values int, comparable boolean)
language sql stable
as $$
  select u.code, u.name, p.code, f.value, f.numerator, f.denominator, f.source_values::int, f.comparable
  from public.indicator_figure f
  join public.administrative_unit u on u.id = f.unit_id and u.level = 'COMMUNE'
  join public.reporting_period p on p.id = f.period_id
  where f.indicator_id = (select i.id from public.indicator i where i.code = indicator_code)
    and f.current_map = on_current_map and f.sex is null and f.ethnic_group is null
    and f.unit_id in (select c.unit_id from public.administrative_unit_cover c
                      where c.exact and c.covering_unit_id = (select a.id from public.administrative_unit a where a.code = within))
  order by u.id, p.id
$$;

-- Scenario 7, Query.analyticsDistricts: several indicators' kept district
-- figures within an area, indicator by indicator in the order asked, then
-- period and district; numerator and denominator for RATIO indicators only.
create or replace function bench_peer.analytics_districts(indicator_codes text[], within text)
returns table (indicator_code text, period_code text, unit_code text, unit_name text, value numeric, numerator numeric, denominator numeric, source_values int)
language sql stable
as $$
  select i.code, p.code, u.code, u.name, f.value,
    case when i.aggregation = 'RATIO' then f.numerator end,
    case when i.aggregation = 'RATIO' then f.denominator end,
    f.source_values::int
  from public.indicator i
  join public.indicator_figure f on f.indicator_id = i.id and not f.current_map and f.sex is null and f.ethnic_group is null
  join public.administrative_unit u on u.id = f.unit_id and u.level = 'DISTRICT'
  join public.reporting_period p on p.id = f.period_id
  where i.code = any (indicator_codes)
    and f.unit_id in (select c.unit_id from public.administrative_unit_cover c
                      where c.exact and c.covering_unit_id = (select a.id from public.administrative_unit a where a.code = within))
  order by array_position(indicator_codes, i.code), p.position, u.position, u.id
$$;
