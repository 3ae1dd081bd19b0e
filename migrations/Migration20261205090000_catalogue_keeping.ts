import { Migration } from '@mikro-orm/migrations';

/**
 * An administrator keeps the catalogue (issue 15): versions for optimistic
 * locking, the catalogue's history, target revisions, ad hoc periods.
 */
export class Migration20261205090000_catalogue_keeping extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "target_revision" ("id" serial primary key, "target_id" int not null, "comparator" text check ("comparator" in ('GT', 'GTE', 'LT', 'LTE', 'EQ', 'BETWEEN', 'MAINTAIN')) not null, "value" numeric not null, "value_max" numeric null, "text" text not null, "legal_basis" text null, "effective_date" date null, "recorded_at" timestamptz null, "recorded_by_id" int null);`);
    this.addSql(`create index "target_revision_target_id_index" on "target_revision" ("target_id");`);

    this.addSql(`create table "catalogue_change" ("id" serial primary key, "subject_type" text not null, "subject_id" int not null, "action" text check ("action" in ('CREATED', 'UPDATED', 'REVISED', 'ENDED', 'SUCCEEDED')) not null, "actor_id" int null, "occurred_at" timestamptz not null, "before" jsonb null, "after" jsonb null, "legal_basis" text null);`);
    this.addSql(`create index "catalogue_change_subject_type_subject_id_index" on "catalogue_change" ("subject_type", "subject_id");`);

    this.addSql(`alter table "target_revision" add constraint "target_revision_target_id_foreign" foreign key ("target_id") references "target" ("id") on update cascade;`);
    this.addSql(`alter table "target_revision" add constraint "target_revision_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "catalogue_change" add constraint "catalogue_change_actor_id_foreign" foreign key ("actor_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reporting_period" drop constraint if exists "reporting_period_kind_check";`);

    this.addSql(`alter table "indicator" add column "version" int not null default 1;`);

    this.addSql(`alter table "reporting_period" add column "version" int not null default 1;`);
    this.addSql(`alter table "reporting_period" add constraint "reporting_period_kind_check" check("kind" in ('HALF_YEAR', 'YEAR', 'AD_HOC'));`);

    this.addSql(`alter table "responsible_body" add column "version" int not null default 1;`);

    this.addSql(`alter table "target" add column "version" int not null default 1, add column "valid_from" date null, add column "legal_basis" text null, add column "revision_count" int not null default 0;`);

    this.addSql(`alter table "task" add column "version" int not null default 1;`);

    this.addSql(`alter table "assignment" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "target_revision" cascade;`);

    this.addSql(`drop table if exists "catalogue_change" cascade;`);

    this.addSql(`alter table "reporting_period" drop constraint if exists "reporting_period_kind_check";`);

    this.addSql(`alter table "assignment" drop column "version";`);

    this.addSql(`alter table "indicator" drop column "version";`);

    this.addSql(`alter table "reporting_period" drop column "version";`);

    this.addSql(`alter table "reporting_period" add constraint "reporting_period_kind_check" check("kind" in ('HALF_YEAR', 'YEAR'));`);

    this.addSql(`alter table "responsible_body" drop column "version";`);

    this.addSql(`alter table "target" drop column "version", drop column "valid_from", drop column "legal_basis", drop column "revision_count";`);

    this.addSql(`alter table "task" drop column "version";`);
  }

}
