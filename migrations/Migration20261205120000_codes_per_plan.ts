import { Migration } from '@mikro-orm/migrations';
import { BI_SCHEMA } from './Migration20261205070000_bi_schema';

/**
 * Codes are unique per plan, not across the database: a 2026-2030 plan of
 * the merged province may number its objectives, tasks and duties as the
 * 2021-2030 plan does. An indicator carries its plan (its objective's) so
 * that the database itself keeps its code unique within the plan. The BI
 * views name each row's plan (\`plan_code\`, added last, as \`create or
 * replace view\` requires): an indicator code alone no longer names one.
 */
const BI_VIEWS = [
  `create or replace view bi.indicator_values as
  select v.id as value_id, i.code as indicator_code, i.name as indicator_name, i.unit as indicator_unit, i.aggregation,
    p.code as period_code, p.kind as period_kind, p.year as period_year, p.start_date as period_start, p.end_date as period_end,
    u.code as unit_code, u.name as unit_name, u.level as unit_level, u.valid_from as unit_valid_from, u.valid_to as unit_valid_to,
    pu.code as parent_unit_code, pu.name as parent_unit_name, v.sex, v.ethnic_group, v.value, v.numerator, v.denominator,
    b.code as body_code, b.name as body_name, r.status as report_status, r.kind as report_kind, v.updated_at, pl.code as plan_code
  from indicator_value v
  join indicator i on i.id = v.indicator_id
  join plan pl on pl.id = i.plan_id
  join report r on r.id = v.report_id
  join reporting_period p on p.id = r.period_id
  join responsible_body b on b.id = r.body_id
  join administrative_unit u on u.id = v.administrative_unit_id
  left join administrative_unit pu on pu.id = u.parent_id`,
  `create or replace view bi.indicator_rollups as
  select m.geography, m.map_day as geography_as_of, i.code as indicator_code, i.name as indicator_name, i.aggregation,
    p.code as period_code, p.kind as period_kind, p.end_date as period_end,
    u.code as unit_code, u.name as unit_name, u.level as unit_level, pu.code as parent_unit_code, pu.name as parent_unit_name,
    f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values, f.comparable, pl.code as plan_code
  from indicator i
  join plan pl on pl.id = i.plan_id
  cross join (values ('PERIOD_MAP', null::date), ('MAP_2025_06_30', date '2025-06-30'), ('CURRENT_MAP', current_date)) m(geography, map_day)
  cross join (values (false, false), (true, false), (false, true), (true, true)) bd(by_sex, by_ethnic_group)
  cross join lateral bi.figures(array[i.id], 'ACCEPTED', array['PROVINCE', 'DISTRICT', 'COMMUNE'], m.map_day, bd.by_sex, bd.by_ethnic_group) f
  join reporting_period p on p.id = f.period_id
  join administrative_unit u on u.id = f.unit_id
  left join administrative_unit pu on pu.id = u.parent_id`,
  `create or replace view bi.targets as
  select i.code as indicator_code, i.name as indicator_name, i.unit as indicator_unit, t.year, t.comparator, t.value, t.value_max,
    t.baseline_value, t.baseline_year, t.text, pl.code as plan_code
  from target t join indicator i on i.id = t.indicator_id join plan pl on pl.id = i.plan_id`,
  `comment on column bi.indicator_values.plan_code is 'The plan the indicator is of: indicator codes are unique within a plan only.'`,
  `comment on column bi.indicator_rollups.plan_code is 'The plan the indicator is of: indicator codes are unique within a plan only.'`,
  `comment on column bi.targets.plan_code is 'The plan the indicator is of: indicator codes are unique within a plan only.'`,
];

export class Migration20261205120000_codes_per_plan extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "indicator" add column "plan_id" int null;`);
    this.addSql(`update "indicator" i set "plan_id" = o."plan_id" from "objective" o where o."id" = i."objective_id";`);
    this.addSql(`alter table "indicator" alter column "plan_id" set not null;`);
    this.addSql(`alter table "indicator" add constraint "indicator_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`create index "indicator_plan_id_index" on "indicator" ("plan_id");`);
    for (const [table, column] of [['objective', 'code'], ['indicator', 'code'], ['task', 'code'], ['assignment', 'key']]) {
      this.addSql(`alter table "${table}" drop constraint "${table}_${column}_unique";`);
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_plan_id_unique" unique ("${column}", "plan_id");`);
    }
    for (const sql of BI_VIEWS) this.addSql(sql);
  }

  override async down(): Promise<void> {
    // The views go back to their first form; a BI role must be granted them again (npm run db:bi-role).
    this.addSql('drop view bi.indicator_values, bi.indicator_rollups, bi.targets');
    for (const sql of BI_SCHEMA.filter((statement) => /view bi\.(indicator_values|indicator_rollups|targets) /.test(statement))) this.addSql(sql);
    for (const [table, column] of [['objective', 'code'], ['indicator', 'code'], ['task', 'code'], ['assignment', 'key']]) {
      this.addSql(`alter table "${table}" drop constraint "${table}_${column}_plan_id_unique";`);
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_unique" unique ("${column}");`);
    }
    this.addSql(`alter table "indicator" drop constraint "indicator_plan_id_foreign";`);
    this.addSql(`alter table "indicator" drop column "plan_id";`);
  }
}
