import { Migration } from '@mikro-orm/migrations';

export class Migration20261126204040_plan_graph extends Migration {

  override async up(): Promise<void> {
    // Diacritic-insensitive search ("bac kan" finds "Bắc Kạn"); unaccent is a trusted extension, so the database owner may create it.
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create table "administrative_unit" ("id" serial primary key, "code" text not null, "name" text not null, "unit_type" text not null, "level" text check ("level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) not null, "parent_id" int null, "valid_from" date null, "valid_to" date null, "position" int not null);`);
    this.addSql(`create index "administrative_unit_parent_id_index" on "administrative_unit" ("parent_id");`);
    this.addSql(`create index "administrative_unit_code_index" on "administrative_unit" ("code");`);

    this.addSql(`create table "plan" ("id" serial primary key, "code" text not null, "title" text not null, "title_en" text null, "issuer" text not null, "issued_in" text not null, "signed_by" text null, "start_year" int not null, "end_year" int not null, "vision_year" int not null, "legal_bases" jsonb not null);`);
    this.addSql(`alter table "plan" add constraint "plan_code_unique" unique ("code");`);

    this.addSql(`create table "objective" ("id" serial primary key, "plan_id" int not null, "code" text not null, "kind" text check ("kind" in ('GENERAL', 'SPECIFIC', 'VISION')) not null, "horizon_year" int not null, "text" text not null, "text_en" text null, "position" int not null);`);
    this.addSql(`create index "objective_plan_id_index" on "objective" ("plan_id");`);
    this.addSql(`alter table "objective" add constraint "objective_code_unique" unique ("code");`);

    this.addSql(`create table "indicator" ("id" serial primary key, "code" text not null, "name" text not null, "name_en" text null, "unit" text not null, "measure_kind" text check ("measure_kind" in ('PERCENT', 'COUNT', 'MULTIPLE_OF_BASELINE', 'ANNUAL_CHANGE', 'RATIO_TO_NATIONAL', 'LEVEL')) not null, "aggregation" text check ("aggregation" in ('SUM', 'RATIO', 'NONE')) not null, "reporting_level" text check ("reporting_level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) not null, "disaggregation" text check ("disaggregation" in ('SEX', 'ETHNIC_GROUP', 'AGE_GROUP')) null, "definition" text null, "objective_id" int not null, "parent_id" int null, "position" int not null);`);
    this.addSql(`alter table "indicator" add constraint "indicator_code_unique" unique ("code");`);
    this.addSql(`create index "indicator_objective_id_index" on "indicator" ("objective_id");`);
    this.addSql(`create index "indicator_parent_id_index" on "indicator" ("parent_id");`);

    this.addSql(`create table "reporting_period" ("id" serial primary key, "code" text not null, "name" text not null, "kind" text check ("kind" in ('HALF_YEAR', 'YEAR')) not null, "year" int not null, "half" int null, "start_date" date not null, "end_date" date not null, "due_date" date not null, "position" int not null);`);
    this.addSql(`alter table "reporting_period" add constraint "reporting_period_code_unique" unique ("code");`);

    this.addSql(`create table "responsible_body" ("id" serial primary key, "code" text not null, "name" text not null, "short_name" text not null, "name_en" text null, "kind" text check ("kind" in ('PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_AGENCY', 'DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'FRONT', 'NATIONAL_AGENCY')) not null, "expected_to_report" boolean not null, "note" text null, "administrative_unit_id" int null, "position" int not null);`);
    this.addSql(`alter table "responsible_body" add constraint "responsible_body_code_unique" unique ("code");`);
    this.addSql(`create index "responsible_body_administrative_unit_id_index" on "responsible_body" ("administrative_unit_id");`);

    this.addSql(`create table "report" ("id" serial primary key, "body_id" int not null, "period_id" int not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "submitted_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "report_period_id_index" on "report" ("period_id");`);
    this.addSql(`alter table "report" add constraint "report_body_id_period_id_unique" unique ("body_id", "period_id");`);

    this.addSql(`create table "indicator_value" ("id" serial primary key, "report_id" int not null, "indicator_id" int not null, "administrative_unit_id" int not null, "value" numeric null, "numerator" numeric null, "denominator" numeric null, "sex" text check ("sex" in ('FEMALE', 'MALE')) null, "ethnic_group" text null);`);
    this.addSql(`create index "indicator_value_report_id_index" on "indicator_value" ("report_id");`);
    this.addSql(`create index "indicator_value_indicator_id_index" on "indicator_value" ("indicator_id");`);
    this.addSql(`create index "indicator_value_administrative_unit_id_index" on "indicator_value" ("administrative_unit_id");`);

    this.addSql(`create table "target" ("id" serial primary key, "indicator_id" int not null, "objective_id" int not null, "year" int not null, "comparator" text check ("comparator" in ('GT', 'GTE', 'LT', 'LTE', 'EQ', 'BETWEEN', 'MAINTAIN')) not null, "value" numeric not null, "value_max" numeric null, "baseline_value" numeric null, "baseline_year" int null, "text" text not null);`);
    this.addSql(`create index "target_objective_id_index" on "target" ("objective_id");`);
    this.addSql(`alter table "target" add constraint "target_indicator_id_year_unique" unique ("indicator_id", "year");`);

    this.addSql(`create table "task" ("id" serial primary key, "plan_id" int not null, "code" text not null, "kind" text check ("kind" in ('BREAKTHROUGH', 'MAIN', 'SOLUTION')) not null, "title" text not null, "title_en" text null, "text" text not null, "sector" text check ("sector" in ('GOVERNANCE', 'POLICY', 'HUMAN_RESOURCES', 'INFRASTRUCTURE', 'DIGITAL_TRANSFORMATION', 'SCIENCE_TECHNOLOGY', 'COMMUNICATION', 'ECONOMY', 'AGRICULTURE_FORESTRY', 'INDUSTRY_CONSTRUCTION', 'TRADE_SERVICES_TOURISM', 'EDUCATION', 'HEALTH_POPULATION', 'CULTURE', 'DEFENCE_SECURITY', 'FOREIGN_AFFAIRS', 'POLITICAL_SYSTEM', 'FINANCE')) null, "parent_id" int null, "position" int not null);`);
    this.addSql(`create index "task_plan_id_index" on "task" ("plan_id");`);
    this.addSql(`alter table "task" add constraint "task_code_unique" unique ("code");`);
    this.addSql(`create index "task_parent_id_index" on "task" ("parent_id");`);

    this.addSql(`create table "assignment" ("id" serial primary key, "task_id" int null, "body_id" int not null, "role" text check ("role" in ('LEAD', 'COORDINATE', 'FUND', 'SUPERVISE', 'REPORT')) not null, "duty" text not null, "source" text check ("source" in ('STATED', 'INFERRED')) not null, "source_ref" text null, "note" text null, "position" int not null);`);
    this.addSql(`create index "assignment_task_id_index" on "assignment" ("task_id");`);
    this.addSql(`create index "assignment_body_id_index" on "assignment" ("body_id");`);

    this.addSql(`create table "task_indicator" ("task_id" int not null, "indicator_id" int not null, constraint "task_indicator_pkey" primary key ("task_id", "indicator_id"));`);
    this.addSql(`create index "task_indicator_indicator_id_index" on "task_indicator" ("indicator_id");`);

    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_parent_id_foreign" foreign key ("parent_id") references "administrative_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "objective" add constraint "objective_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);

    this.addSql(`alter table "indicator" add constraint "indicator_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_parent_id_foreign" foreign key ("parent_id") references "indicator" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "responsible_body" add constraint "responsible_body_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report" add constraint "report_body_id_foreign" foreign key ("body_id") references "responsible_body" ("id") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_period_id_foreign" foreign key ("period_id") references "reporting_period" ("id") on update cascade;`);

    this.addSql(`alter table "indicator_value" add constraint "indicator_value_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`);

    this.addSql(`alter table "target" add constraint "target_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
    this.addSql(`alter table "target" add constraint "target_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade;`);

    this.addSql(`alter table "task" add constraint "task_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "task" add constraint "task_parent_id_foreign" foreign key ("parent_id") references "task" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assignment" add constraint "assignment_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_body_id_foreign" foreign key ("body_id") references "responsible_body" ("id") on update cascade;`);

    this.addSql(`alter table "task_indicator" add constraint "task_indicator_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade;`);
    this.addSql(`alter table "task_indicator" add constraint "task_indicator_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "administrative_unit" drop constraint "administrative_unit_parent_id_foreign";`);

    this.addSql(`alter table "responsible_body" drop constraint "responsible_body_administrative_unit_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_administrative_unit_id_foreign";`);

    this.addSql(`alter table "objective" drop constraint "objective_plan_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_plan_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_objective_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_objective_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_parent_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_indicator_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_indicator_id_foreign";`);

    this.addSql(`alter table "task_indicator" drop constraint "task_indicator_indicator_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_period_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_body_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_body_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_report_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_parent_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_task_id_foreign";`);

    this.addSql(`alter table "task_indicator" drop constraint "task_indicator_task_id_foreign";`);

    this.addSql(`drop table if exists "administrative_unit" cascade;`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "objective" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "reporting_period" cascade;`);

    this.addSql(`drop table if exists "responsible_body" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "assignment" cascade;`);

    this.addSql(`drop table if exists "task_indicator" cascade;`);
  }

}
