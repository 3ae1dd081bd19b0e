import { Migration } from '@mikro-orm/migrations';

export class Migration20261126211137_reporting_regime extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "user" ("id" serial primary key, "login" text not null, "name" text not null, "role" text check ("role" in ('ADMIN', 'REPORTER', 'SUPERVISOR', 'VIEWER')) not null, "body_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "user" add constraint "user_login_unique" unique ("login");`);
    this.addSql(`create index "user_body_id_index" on "user" ("body_id");`);

    this.addSql(`create table "task_progress" ("id" serial primary key, "report_id" int not null, "task_id" int not null, "status" text check ("status" in ('NOT_STARTED', 'ON_SCHEDULE', 'DELAYED', 'COMPLETED')) not null, "narrative" text null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "task_progress" add constraint "task_progress_report_id_task_id_unique" unique ("report_id", "task_id");`);

    this.addSql(`create table "report_comment" ("id" serial primary key, "report_id" int not null, "author_id" int not null, "text" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "report_comment_report_id_index" on "report_comment" ("report_id");`);

    this.addSql(`create table "obstacle" ("id" serial primary key, "report_id" int not null, "task_id" int null, "text" text not null, "recommendation" text null, "created_at" timestamptz not null);`);
    this.addSql(`create index "obstacle_report_id_index" on "obstacle" ("report_id");`);

    this.addSql(`create table "idempotency_key" ("id" serial primary key, "user_id" int not null, "key" text not null, "mutation" text not null, "input_hash" text not null, "outcome" jsonb null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_user_id_key_unique" unique ("user_id", "key");`);

    this.addSql(`create table "change_record" ("id" serial primary key, "report_id" int not null, "indicator_value_id" int null, "action" text check ("action" in ('REPORT_CREATED', 'STATUS_CHANGED', 'VALUE_SET', 'VALUE_REMOVED', 'TASK_PROGRESS_SET', 'OBSTACLE_ADDED', 'COMMENT_ADDED')) not null, "actor_id" int null, "occurred_at" timestamptz not null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "change_record_report_id_index" on "change_record" ("report_id");`);
    this.addSql(`create index "change_record_indicator_value_id_index" on "change_record" ("indicator_value_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "user_id" int not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "user" add constraint "user_body_id_foreign" foreign key ("body_id") references "responsible_body" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "task_progress" add constraint "task_progress_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);
    this.addSql(`alter table "task_progress" add constraint "task_progress_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade;`);

    this.addSql(`alter table "report_comment" add constraint "report_comment_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);
    this.addSql(`alter table "report_comment" add constraint "report_comment_author_id_foreign" foreign key ("author_id") references "user" ("id") on update cascade;`);

    this.addSql(`alter table "obstacle" add constraint "obstacle_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);
    this.addSql(`alter table "obstacle" add constraint "obstacle_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;`);

    this.addSql(`alter table "change_record" add constraint "change_record_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade;`);
    this.addSql(`alter table "change_record" add constraint "change_record_actor_id_foreign" foreign key ("actor_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;`);

    this.addSql(`alter table "report" add column "kind" text check ("kind" in ('BODY', 'CONSOLIDATED')) not null default 'BODY', add column "first_submitted_at" timestamptz null, add column "late" boolean null, add column "return_reason" text null, add column "reviewed_at" timestamptz null, add column "reviewed_by_id" int null, add column "created_by_id" int null;`);
    this.addSql(`alter table "report" add constraint "report_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "report" add constraint "report_created_by_id_foreign" foreign key ("created_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`drop index "indicator_value_report_id_index";`);

    // Default only for rows that already exist; the application always sets it.
    this.addSql(`alter table "indicator_value" add column "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "indicator_value" alter column "updated_at" drop default;`);
    this.addSql(`create unique index "indicator_value_key_unique" on "indicator_value" ("report_id", "indicator_id", "administrative_unit_id", coalesce("sex", ''), coalesce("ethnic_group", ''));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "report" drop constraint "report_reviewed_by_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_created_by_id_foreign";`);

    this.addSql(`alter table "report_comment" drop constraint "report_comment_author_id_foreign";`);

    this.addSql(`alter table "idempotency_key" drop constraint "idempotency_key_user_id_foreign";`);

    this.addSql(`alter table "change_record" drop constraint "change_record_actor_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "user" cascade;`);

    this.addSql(`drop table if exists "task_progress" cascade;`);

    this.addSql(`drop table if exists "report_comment" cascade;`);

    this.addSql(`drop table if exists "obstacle" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "change_record" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop index "indicator_value_key_unique";`);
    this.addSql(`alter table "indicator_value" drop column "updated_at";`);

    this.addSql(`create index "indicator_value_report_id_index" on "indicator_value" ("report_id");`);

    this.addSql(`alter table "report" drop column "kind", drop column "first_submitted_at", drop column "late", drop column "return_reason", drop column "reviewed_at", drop column "reviewed_by_id", drop column "created_by_id";`);
  }

}
