import { Migration } from '@mikro-orm/migrations';

/** Bodies through time: validity, commune People's Committees, and the successions their duties pass along. */
export class Migration20261201233000_bodies_through_time extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "responsible_body" add column "valid_from" date null, add column "valid_to" date null;`);
    this.addSql(`alter table "responsible_body" drop constraint if exists "responsible_body_kind_check";`);
    this.addSql(`alter table "responsible_body" add constraint "responsible_body_kind_check" check("kind" in ('PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_AGENCY', 'DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'COMMUNE_PEOPLES_COMMITTEE', 'FRONT', 'NATIONAL_AGENCY'));`);

    this.addSql(`create table "responsible_body_succession" ("id" serial primary key, "predecessor_id" int not null, "successor_id" int not null, "effective_date" date not null, "legal_basis" text null, "note" text null, "inferred" boolean not null, "whole" boolean not null);`);
    this.addSql(`create index "responsible_body_succession_predecessor_id_index" on "responsible_body_succession" ("predecessor_id");`);
    this.addSql(`create index "responsible_body_succession_successor_id_index" on "responsible_body_succession" ("successor_id");`);
    this.addSql(`alter table "responsible_body_succession" add constraint "responsible_body_succession_predecessor_id_successor_id_unique" unique ("predecessor_id", "successor_id");`);
    this.addSql(`alter table "responsible_body_succession" add constraint "responsible_body_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "responsible_body" ("id") on update cascade;`);
    this.addSql(`alter table "responsible_body_succession" add constraint "responsible_body_succession_successor_id_foreign" foreign key ("successor_id") references "responsible_body" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "responsible_body_succession" cascade;`);
    this.addSql(`alter table "responsible_body" drop constraint if exists "responsible_body_kind_check";`);
    this.addSql(`alter table "responsible_body" add constraint "responsible_body_kind_check" check("kind" in ('PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_AGENCY', 'DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE', 'FRONT', 'NATIONAL_AGENCY'));`);
    this.addSql(`alter table "responsible_body" drop column "valid_from", drop column "valid_to";`);
  }

}
