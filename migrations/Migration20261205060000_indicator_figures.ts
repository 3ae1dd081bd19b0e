import { Migration } from '@mikro-orm/migrations';

/**
 * The rule that builds an indicator's figures, as one SQL function: the
 * roll-up (`Indicator.rollup`), `analytics`, its exports and the `bi` views
 * all read it, so there is one implementation of the aggregation and of the
 * crosswalk across the 2025 reorganisation. A set-returning SQL function that
 * PostgreSQL inlines into the statement that calls it: a prepared call is
 * planned as if its text were written there.
 *
 * Arguments:
 * - p_indicator_ids: the indicators;
 * - p_report_status: only values of body reports in this status;
 * - p_levels: the levels figures are built for; null when p_unit_codes names the units;
 * - p_map_day: every period on the map in force this day; null: each period on its own map
 *   (the day its data window ends);
 * - p_period_codes, p_period_kind: only these periods, of this kind (null: every one);
 * - p_area_codes, p_area_day: only units lying in these (each code looked up on p_area_day,
 *   else its last version before); null: everywhere;
 * - p_unit_codes: only these units (every version of each code), at their own levels;
 * - p_by_sex, p_by_ethnic_group: figures per sex, per ethnic group (both: per both); neither:
 *   totals.
 *
 * 1. Source values: the values of body reports, the last accepted one where
 *    two give the same unit, period and breakdown.
 * 2. Base figures on the period's own map: a district's own value, else the
 *    sum of its communes'; on the map without districts, each commune's. For
 *    the COMMUNE level, each commune's value.
 * 3. Each base figure is carried to the unit of the target level in force on
 *    the map's day that it lies in (`administrative_unit_cover`, exact): SUM
 *    figures add, RATIO figures add numerators and denominators and divide
 *    (x 100, to 4 decimals, as reported ratios are stored), never an average
 *    of percentages. This is exact because every Bắc Kạn commune went whole
 *    into one new commune.
 * 4. A base figure that lies in no such unit but spans several (a new commune
 *    formed from two old districts, seen on the old map) is returned for its
 *    own unit, not comparable (spanned_ids: the units it spans); the units it
 *    spans are returned without it, not comparable either (partial_ids).
 * 5. NONE indicators (an index, a level) do not add up: a unit's figure is the
 *    value reported for that very unit; one reported for another unit of the
 *    same area (06 shown on the map of 19) is returned, not comparable.
 */
export const SIGNATURE = `(
  p_indicator_ids int[], p_report_status text, p_levels text[], p_map_day date,
  p_period_codes text[], p_period_kind text, p_area_codes text[], p_area_day date,
  p_unit_codes text[], p_by_sex boolean, p_by_ethnic_group boolean)
returns table (indicator_id int, unit_id int, period_id int, sex text, ethnic_group text,
  value numeric, numerator numeric, denominator numeric, source_values bigint,
  comparable boolean, partial_ids int[], spanned_ids int[])`;

/** The dimensions a call names: the areas (each code looked up on p_area_day), the units, the levels. */
export const DIMENSIONS = `area as (
  select distinct on (a.code) a.id from administrative_unit a
  where a.code = any(p_area_codes)
  order by a.code, ((a.valid_from is null or a.valid_from <= p_area_day) and (a.valid_to is null or a.valid_to >= p_area_day)) desc,
    a.valid_from desc nulls last
),
named as (
  select n.id, n.level from administrative_unit n where n.code = any(p_unit_codes)
),
levels as (
  select unnest(coalesce(p_levels, array(select distinct n.level from named n))) as target_level
)`;

export const COMPUTE_INDICATOR_FIGURES = `
create or replace function compute_indicator_figures${SIGNATURE}
language sql stable parallel safe as $fn$
with ${DIMENSIONS},
reach as (
  -- Units whose values may count: those overlapping the area or the units named.
  select c.unit_id from administrative_unit_cover c where c.covering_unit_id in (select id from area union all select id from named)
),
source as (
  select distinct on (v.indicator_id, v.administrative_unit_id, r.period_id, v.sex, v.ethnic_group)
    v.indicator_id, i.aggregation, v.value, v.numerator, v.denominator, v.sex, v.ethnic_group, r.period_id, p.end_date,
    u.level, u.id as unit_id,
    case u.level when 'DISTRICT' then u.id when 'COMMUNE' then case when pu.level = 'DISTRICT' then u.parent_id else u.id end end as district_base_id
  from (
    -- Everywhere, or from the units within reach: two branches, of which the parameters keep one
    -- (a one-time filter), so that each is planned for itself. One condition with an OR hid the
    -- units from the planner: it read every value of the indicator nationwide (bench/README.md).
    select v.* from indicator_value v
    where p_area_codes is null and p_unit_codes is null and v.indicator_id = any(p_indicator_ids)
    union all
    select v.* from (select distinct unit_id from reach) c
    join indicator_value v on v.administrative_unit_id = c.unit_id and v.indicator_id = any(p_indicator_ids)
    where not (p_area_codes is null and p_unit_codes is null)
  ) v
  join indicator i on i.id = v.indicator_id
  join report r on r.id = v.report_id
  join reporting_period p on p.id = r.period_id
  join administrative_unit u on u.id = v.administrative_unit_id
  left join administrative_unit pu on pu.id = u.parent_id
  where r.kind = 'BODY' and r.status = p_report_status
    and (v.sex is not null) = p_by_sex and (v.ethnic_group is not null) = p_by_ethnic_group
    and (p_period_codes is null or p.code = any(p_period_codes))
    and (p_period_kind is null or p.kind = p_period_kind)
  order by v.indicator_id, v.administrative_unit_id, r.period_id, v.sex, v.ethnic_group, r.reviewed_at desc nulls last, r.id desc
),
base as (
  select b.target_level, b.base_id, b.indicator_id, b.aggregation, b.period_id, b.sex, b.ethnic_group, max(b.end_date) as end_date,
    -- A district's figure is its own reported value when it has one, else the sum of its communes'.
    case when bool_or(b.level = 'DISTRICT') then sum(b.value) filter (where b.level = 'DISTRICT') else sum(b.value) end as value,
    case when bool_or(b.level = 'DISTRICT') then sum(b.numerator) filter (where b.level = 'DISTRICT') else sum(b.numerator) end as numerator,
    case when bool_or(b.level = 'DISTRICT') then sum(b.denominator) filter (where b.level = 'DISTRICT') else sum(b.denominator) end as denominator,
    count(*) as source_values
  from (
    select s.*, l.target_level,
      case when l.target_level = 'COMMUNE' then case when s.level = 'COMMUNE' then s.unit_id end
           when s.level in ('DISTRICT', 'COMMUNE') then s.district_base_id end as base_id
    from source s cross join levels l
    where s.aggregation <> 'NONE'
  ) b
  where b.base_id is not null
  group by b.target_level, b.base_id, b.indicator_id, b.aggregation, b.period_id, b.sex, b.ethnic_group
),
carried as (
  select b.*, c.covering_unit_id as target_id, c.exact
  from base b
  join administrative_unit_cover c on c.unit_id = b.base_id and c.covering_level = b.target_level
    and (c.covering_valid_from is null or c.covering_valid_from <= coalesce(p_map_day, b.end_date))
    and (c.covering_valid_to is null or c.covering_valid_to >= coalesce(p_map_day, b.end_date))
),
figure as (
  select c.indicator_id, c.target_id as unit_id, c.period_id, c.sex, c.ethnic_group,
    case when c.aggregation = 'RATIO' then round(sum(c.numerator) filter (where c.exact) / nullif(sum(c.denominator) filter (where c.exact), 0) * 100, 4)
         else sum(c.value) filter (where c.exact) end as value,
    sum(c.numerator) filter (where c.exact) as numerator,
    sum(c.denominator) filter (where c.exact) as denominator, coalesce(sum(c.source_values) filter (where c.exact), 0)::bigint as source_values,
    bool_and(c.exact) as comparable, array_agg(c.base_id) filter (where not c.exact) as partial_ids, null::int[] as spanned_ids
  from carried c group by c.indicator_id, c.aggregation, c.target_id, c.period_id, c.sex, c.ethnic_group having bool_or(c.exact)
  union all
  -- The units of a level partition a map: a base figure lying in one of them overlaps no other,
  -- so the ones carried nowhere are exactly those with inexact rows.
  select c.indicator_id, c.base_id, c.period_id, c.sex, c.ethnic_group,
    case when c.aggregation = 'RATIO' then round(max(c.numerator) / nullif(max(c.denominator), 0) * 100, 4) else max(c.value) end,
    max(c.numerator), max(c.denominator), max(c.source_values), false, null, array_agg(c.target_id)
  from carried c where not c.exact group by c.indicator_id, c.aggregation, c.base_id, c.period_id, c.sex, c.ethnic_group
  union all
  select s.indicator_id, c.covering_unit_id, s.period_id, s.sex, s.ethnic_group,
    case when count(*) = 1 then max(s.value) end, null::numeric, null::numeric, count(*),
    bool_and(c.covering_unit_id = s.unit_id) and count(*) = 1, array_agg(s.unit_id) filter (where c.covering_unit_id <> s.unit_id), null::int[]
  from source s
  join administrative_unit_cover c on c.unit_id = s.unit_id and c.exact and c.covering_level = s.level
    and (c.covering_valid_from is null or c.covering_valid_from <= coalesce(p_map_day, s.end_date))
    and (c.covering_valid_to is null or c.covering_valid_to >= coalesce(p_map_day, s.end_date))
  where s.aggregation = 'NONE' and s.level in (select target_level from levels)
  group by s.indicator_id, c.covering_unit_id, s.period_id, s.sex, s.ethnic_group
)
select f.indicator_id, f.unit_id, f.period_id, f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values,
  f.comparable, f.partial_ids, f.spanned_ids
from figure f
where (p_unit_codes is null or f.unit_id in (select id from named) or f.spanned_ids && array(select id from named))
  and (p_area_codes is null or f.spanned_ids is not null
       or f.unit_id in (select c.unit_id from administrative_unit_cover c where c.exact and c.covering_unit_id in (select id from area)))
$fn$`;


/**
 * The figures of accepted body reports on each period's own map (the
 * default of the roll-up and of analytics), kept: the transaction that
 * accepts a report refreshes the figures it changes, and the seed rebuilds
 * them all when the units change. Reading them is many times faster than
 * building them (bench/README.md); every other map and status is built when
 * asked.
 */
export const FIGURE_STORE = `
create table indicator_figure (
  indicator_id int not null, unit_id int not null, period_id int not null, sex text null, ethnic_group text null,
  value numeric null, numerator numeric null, denominator numeric null, source_values bigint not null,
  comparable boolean not null, partial_ids int[] null, spanned_ids int[] null)`;

export const FIGURE_STORE_INDEXES = [
  `create unique index indicator_figure_key on indicator_figure (indicator_id, unit_id, period_id, coalesce(sex, ''), coalesce(ethnic_group, ''))`,
];

/** What the readers call: the kept figures where they apply, else the figures built when asked (a one-time filter picks). */
export const INDICATOR_FIGURES = `
create or replace function indicator_figures${SIGNATURE}
language sql stable parallel safe as $fn$
with ${DIMENSIONS},
kept_units as (
  -- The units whose kept figures are read, when the call names an area or units: read from them, in
  -- branches of which the parameters keep one (a one-time filter), each planned for itself. One
  -- condition with ORs made the planner read every figure of the indicator and filter them.
  select distinct c.unit_id as id from administrative_unit_cover c
  join administrative_unit u on u.id = c.unit_id and u.level in (select target_level from levels)
  where p_area_codes is not null and c.exact and c.covering_unit_id in (select id from area)
  union all
  select n.id from named n where p_unit_codes is not null and p_area_codes is null
)
select f.indicator_id, f.unit_id, f.period_id, f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values,
  f.comparable, f.partial_ids, f.spanned_ids
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
where p_map_day is null and p_report_status = 'ACCEPTED'
  and (f.sex is not null) = p_by_sex and (f.ethnic_group is not null) = p_by_ethnic_group
  and u.level in (select target_level from levels)
  and (p_period_codes is null or p.code = any(p_period_codes))
  and (p_period_kind is null or p.kind = p_period_kind)
union all
select * from compute_indicator_figures(p_indicator_ids, p_report_status, p_levels, p_map_day, p_period_codes, p_period_kind,
  p_area_codes, p_area_day, p_unit_codes, p_by_sex, p_by_ethnic_group)
where not (p_map_day is null and p_report_status = 'ACCEPTED')
$fn$`;

const BREAKDOWNS = `(values (false, false), (true, false), (false, true), (true, true)) b(by_sex, by_ethnic_group)`;

/**
 * After a body report is accepted: the figures of its period, for its
 * indicators, of every unit its values lie in or overlap (commune, district,
 * province), built again.
 */
export const REFRESH_INDICATOR_FIGURES = `
create or replace function refresh_indicator_figures(p_report_id int) returns void language plpgsql as $fn$
declare
  v_period text;
  v_indicators int[];
  v_units text[];
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
  select f.* from ${BREAKDOWNS}
  cross join lateral compute_indicator_figures(v_indicators, 'ACCEPTED', null, null, array[v_period], null, null, current_date, v_units,
    b.by_sex, b.by_ethnic_group) f;
end
$fn$`;

/** Every kept figure built again: when the units (and so the cover) change. */
export const REBUILD_INDICATOR_FIGURES = `
create or replace function rebuild_indicator_figures() returns void language sql as $fn$
  delete from indicator_figure;
  insert into indicator_figure
  select f.* from (select array_agg(id) as ids from indicator) i
  cross join ${BREAKDOWNS}
  cross join lateral compute_indicator_figures(i.ids, 'ACCEPTED', array['PROVINCE', 'DISTRICT', 'COMMUNE'], null, null, null, null, current_date, null,
    b.by_sex, b.by_ethnic_group) f;
$fn$`;

export class Migration20261205060000_indicator_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(COMPUTE_INDICATOR_FIGURES);
    this.addSql(FIGURE_STORE);
    for (const index of FIGURE_STORE_INDEXES) this.addSql(index);
    this.addSql(INDICATOR_FIGURES);
    this.addSql(REFRESH_INDICATOR_FIGURES);
    this.addSql(REBUILD_INDICATOR_FIGURES);
    // A database upgraded in place keeps its accepted reports: their figures are kept from now on.
    this.addSql('select rebuild_indicator_figures()');
  }

  override async down(): Promise<void> {
    for (const fn of ['indicator_figures', 'compute_indicator_figures']) {
      this.addSql(`drop function if exists ${fn}(int[], text, text[], date, text[], text, text[], date, text[], boolean, boolean)`);
    }
    this.addSql('drop function if exists refresh_indicator_figures(int)');
    this.addSql('drop function if exists rebuild_indicator_figures()');
    this.addSql('drop table if exists indicator_figure');
  }
}
