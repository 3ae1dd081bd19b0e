import { Migration } from '@mikro-orm/migrations';

/**
 * The duties as the document states them (issue 15): the roles the verbs say,
 * DECIDED duties with their legal basis and days, where a task's code comes
 * from, which bodies the plan names. Assignments get a stable key: for the
 * ones that exist, their old natural key (task, body, role), so that the
 * corrected data keeps their IDs.
 */
export class Migration20261205080000_catalogue_provenance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assignment" drop constraint if exists "assignment_role_check";`);
    this.addSql(`alter table "assignment" drop constraint if exists "assignment_source_check";`);

    this.addSql(`alter table "responsible_body" add column "named_in_plan" boolean not null default true, add column "listed_because" text null;`);

    this.addSql(`alter table "task" add column "code_source" text check ("code_source" in ('DOCUMENT', 'DERIVED')) not null default 'DOCUMENT';`);

    this.addSql(`alter table "assignment" add column "key" text null, add column "legal_basis" text null, add column "valid_from" date null, add column "valid_to" date null;`);
    this.addSql(`update "assignment" a set "key" = coalesce((select t."code" from "task" t where t."id" = a."task_id"), '*')
      || '|' || (select b."code" from "responsible_body" b where b."id" = a."body_id") || '|' || a."role";`);
    this.addSql(`alter table "assignment" alter column "key" set not null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check("role" in ('LEAD', 'COORDINATE', 'IMPLEMENT', 'STAFF', 'ADVISE', 'APPRAISE', 'REVIEW', 'DISSEMINATE', 'INTEGRATE', 'FUND', 'SUPERVISE', 'REPORT'));`);
    this.addSql(`alter table "assignment" add constraint "assignment_source_check" check("source" in ('STATED', 'INFERRED', 'DECIDED'));`);
    this.addSql(`alter table "assignment" add constraint "assignment_key_unique" unique ("key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assignment" drop constraint if exists "assignment_role_check";`);
    this.addSql(`alter table "assignment" drop constraint if exists "assignment_source_check";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_key_unique";`);
    this.addSql(`alter table "assignment" drop column "key", drop column "legal_basis", drop column "valid_from", drop column "valid_to";`);

    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check("role" in ('LEAD', 'COORDINATE', 'FUND', 'SUPERVISE', 'REPORT'));`);
    this.addSql(`alter table "assignment" add constraint "assignment_source_check" check("source" in ('STATED', 'INFERRED'));`);

    this.addSql(`alter table "responsible_body" drop column "named_in_plan", drop column "listed_because";`);

    this.addSql(`alter table "task" drop column "code_source";`);
  }

}
