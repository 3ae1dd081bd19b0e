import { Migration } from '@mikro-orm/migrations';

/**
 * A duty belongs to a plan: the plan-wide duties (no task, most of section V)
 * had none, so with a second plan in the database nothing said whose they
 * were. Existing duties go to their task's plan, or to the first plan.
 */
export class Migration20261205100000_assignment_plan extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assignment" add column "plan_id" int null;`);
    this.addSql(`update "assignment" a set "plan_id" = coalesce((select t."plan_id" from "task" t where t."id" = a."task_id"), (select min("id") from "plan"));`);
    this.addSql(`alter table "assignment" alter column "plan_id" set not null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`create index "assignment_plan_id_index" on "assignment" ("plan_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assignment" drop constraint "assignment_plan_id_foreign";`);
    this.addSql(`alter table "assignment" drop column "plan_id";`);
  }
}
