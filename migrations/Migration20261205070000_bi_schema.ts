import { Migration } from '@mikro-orm/migrations';

/**
 * A SQL face for BI tools that connect to PostgreSQL (Metabase, Superset,
 * Power BI): the `bi` schema, documented views and nothing else. A role made
 * by `npm run db:bi-role` may read these views only: not users, tokens or the
 * audit trail. The views run with their owner's rights; the figures come from
 * `indicator_figures` through `bi.figures`, which runs as its owner too (a
 * view's rights do not reach into a function it calls).
 */
export const BI_SCHEMA = [
  `create schema if not exists bi`,
  `comment on schema bi is 'Read-only views for BI tools (npm run db:bi-role): the plan''s values, figures, targets and reporting status.'`,

  `create or replace function bi.figures(
    p_indicator_ids int[], p_report_status text, p_levels text[], p_map_day date, p_by_sex boolean, p_by_ethnic_group boolean)
  returns table (indicator_id int, unit_id int, period_id int, sex text, ethnic_group text, value numeric, numerator numeric,
    denominator numeric, source_values bigint, comparable boolean, partial_ids int[], spanned_ids int[])
  language sql stable security definer set search_path = public, pg_temp as $fn$
    select * from indicator_figures(p_indicator_ids, p_report_status, p_levels, p_map_day, null, null, null, coalesce(p_map_day, current_date), null, p_by_sex, p_by_ethnic_group)
  $fn$`,
  `revoke all on function bi.figures(int[], text, text[], date, boolean, boolean) from public`,

  `create view bi.indicator_values as
  select v.id as value_id, i.code as indicator_code, i.name as indicator_name, i.unit as indicator_unit, i.aggregation,
    p.code as period_code, p.kind as period_kind, p.year as period_year, p.start_date as period_start, p.end_date as period_end,
    u.code as unit_code, u.name as unit_name, u.level as unit_level, u.valid_from as unit_valid_from, u.valid_to as unit_valid_to,
    pu.code as parent_unit_code, pu.name as parent_unit_name, v.sex, v.ethnic_group, v.value, v.numerator, v.denominator,
    b.code as body_code, b.name as body_name, r.status as report_status, r.kind as report_kind, v.updated_at
  from indicator_value v
  join indicator i on i.id = v.indicator_id
  join report r on r.id = v.report_id
  join reporting_period p on p.id = r.period_id
  join responsible_body b on b.id = r.body_id
  join administrative_unit u on u.id = v.administrative_unit_id
  left join administrative_unit pu on pu.id = u.parent_id`,
  `comment on view bi.indicator_values is 'Every reported and consolidated value, one row each, with every dimension: indicator, period, unit (and the unit it belongs to), breakdown (sex, ethnic group; null: the total), the reporting body and its report''s status and kind (BODY or CONSOLIDATED). RATIO values are numerator / denominator x 100.'`,

  `create view bi.indicator_rollups as
  select m.geography, m.map_day as geography_as_of, i.code as indicator_code, i.name as indicator_name, i.aggregation,
    p.code as period_code, p.kind as period_kind, p.end_date as period_end,
    u.code as unit_code, u.name as unit_name, u.level as unit_level, pu.code as parent_unit_code, pu.name as parent_unit_name,
    f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values, f.comparable
  from indicator i
  cross join (values ('PERIOD_MAP', null::date), ('MAP_2025_06_30', date '2025-06-30'), ('CURRENT_MAP', current_date)) m(geography, map_day)
  cross join (values (false, false), (true, false), (false, true), (true, true)) bd(by_sex, by_ethnic_group)
  cross join lateral bi.figures(array[i.id], 'ACCEPTED', array['PROVINCE', 'DISTRICT', 'COMMUNE'], m.map_day, bd.by_sex, bd.by_ethnic_group) f
  join reporting_period p on p.id = f.period_id
  join administrative_unit u on u.id = f.unit_id
  left join administrative_unit pu on pu.id = u.parent_id`,
  `comment on view bi.indicator_rollups is 'Figures of accepted body reports per indicator, period and unit at every level, built as Indicator.rollup and analytics build them (SUM adds, RATIO divides summed numerators by summed denominators, NONE is not added), on three maps: PERIOD_MAP (each period on the map in force at its end), MAP_2025_06_30 (Bắc Kạn with its districts) and CURRENT_MAP (today: province 19 and the new communes). comparable is false where a figure cannot be carried across the 2025 change. Filter by indicator_code and geography: each indicator and map is built when read.'`,

  `create view bi.reporting_status as
  select p.code as period_code, p.kind as period_kind, p.end_date as period_end, p.due_date,
    b.code as body_code, b.name as body_name, b.kind as body_kind,
    r.status as report_status, r.first_submitted_at, r.first_submitted_at is not null as received,
    case when r.first_submitted_at is not null then not coalesce(r.late, false) end as on_time
  from reporting_period p
  join responsible_body b on b.expected_to_report
    and (b.valid_from is null or b.valid_from <= p.end_date) and (b.valid_to is null or b.valid_to >= p.end_date)
  left join report r on r.period_id = p.id and r.body_id = b.id and r.kind = 'BODY'`,
  `comment on view bi.reporting_status is 'Per period, each body expected to report (in force on the period''s last day, its data cut-off) and its report: status, when it was first submitted, whether it came by the due date. As the reportingStatus query.'`,

  `create view bi.targets as
  select i.code as indicator_code, i.name as indicator_name, i.unit as indicator_unit, t.year, t.comparator, t.value, t.value_max,
    t.baseline_value, t.baseline_year, t.text
  from target t join indicator i on i.id = t.indicator_id`,
  `comment on view bi.targets is 'The plan''s targets: the value an indicator must reach by a year, with its comparator (GT, GTE, LT, LTE, EQ, BETWEEN value..value_max, MAINTAIN) and the plan''s words.'`,
];

export class Migration20261205070000_bi_schema extends Migration {
  override async up(): Promise<void> {
    for (const sql of BI_SCHEMA) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop schema if exists bi cascade');
  }
}
