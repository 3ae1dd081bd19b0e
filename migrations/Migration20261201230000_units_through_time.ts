import { Migration } from '@mikro-orm/migrations';

/**
 * Units through time: a unit is its code plus its validity, successions link
 * the maps before and after 1 July 2025, and the cover says which units lie
 * inside which (on any map), so that figures are carried between maps in SQL.
 * Existing rows keep their ids; the seed then closes the old units and adds
 * the new ones.
 */
export class Migration20261201230000_units_through_time extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create unique index "administrative_unit_code_valid_from_unique" on "administrative_unit" ("code", coalesce("valid_from", '-infinity'::date));`);

    this.addSql(`create table "administrative_unit_succession" ("id" serial primary key, "predecessor_id" int not null, "successor_id" int not null, "effective_date" date not null, "legal_basis" text null, "whole" boolean not null);`);
    this.addSql(`create index "administrative_unit_succession_predecessor_id_index" on "administrative_unit_succession" ("predecessor_id");`);
    this.addSql(`create index "administrative_unit_succession_successor_id_index" on "administrative_unit_succession" ("successor_id");`);
    this.addSql(`alter table "administrative_unit_succession" add constraint "administrative_unit_succession_predecessor_id_suc_98b72_unique" unique ("predecessor_id", "successor_id");`);
    this.addSql(`alter table "administrative_unit_succession" add constraint "administrative_unit_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "administrative_unit" ("id") on update cascade;`);
    this.addSql(`alter table "administrative_unit_succession" add constraint "administrative_unit_succession_successor_id_foreign" foreign key ("successor_id") references "administrative_unit" ("id") on update cascade;`);

    this.addSql(`create table "plan_territory_unit" ("id" serial primary key, "plan_id" int not null, "administrative_unit_id" int not null);`);
    this.addSql(`create index "plan_territory_unit_plan_id_index" on "plan_territory_unit" ("plan_id");`);
    this.addSql(`create index "plan_territory_unit_administrative_unit_id_index" on "plan_territory_unit" ("administrative_unit_id");`);
    this.addSql(`alter table "plan_territory_unit" add constraint "plan_territory_unit_plan_id_administrative_unit_id_unique" unique ("plan_id", "administrative_unit_id");`);
    this.addSql(`alter table "plan_territory_unit" add constraint "plan_territory_unit_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "plan_territory_unit" add constraint "plan_territory_unit_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`);

    // Which unit lies in which, on any map: derived from parents and successions by the seed
    // (server/territory/unit-cover.ts), rebuilt whole whenever either changes.
    this.addSql(`create table "administrative_unit_cover" ("unit_id" int not null, "covering_unit_id" int not null, "exact" boolean not null, "covering_level" text check ("covering_level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) not null, "covering_valid_from" date null, "covering_valid_to" date null, constraint "administrative_unit_cover_pkey" primary key ("unit_id", "covering_unit_id"));`);
    this.addSql(`create index "administrative_unit_cover_covering_unit_id_index" on "administrative_unit_cover" ("covering_unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "administrative_unit_cover" cascade;`);
    this.addSql(`drop table if exists "plan_territory_unit" cascade;`);
    this.addSql(`drop table if exists "administrative_unit_succession" cascade;`);
    this.addSql(`drop index "administrative_unit_code_valid_from_unique";`);
  }

}
