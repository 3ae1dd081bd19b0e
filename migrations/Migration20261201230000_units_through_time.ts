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

    // Atoms are the finest units: no children, and not made of whole predecessors (Bắc Kạn's 108
    // communes). A unit's atoms come through its children and its whole predecessors. B lies in X
    // (exact) when all of B's atoms are X's; they overlap (not exact) when only some are. Only
    // X at B's level or above are kept: a figure is carried up, never split down.
    this.addSql(`create materialized view "administrative_unit_cover" as
with recursive
  link(part_id, whole_id) as (
    select id, parent_id from administrative_unit where parent_id is not null
    union all
    select predecessor_id, successor_id from administrative_unit_succession where whole
  ),
  atom(unit_id, atom_id) as (
    select u.id, u.id from administrative_unit u
    where not exists (select 1 from administrative_unit c where c.parent_id = u.id)
      and not exists (select 1 from administrative_unit_succession s where s.successor_id = u.id and s.whole)
    union
    select l.whole_id, a.atom_id from atom a join link l on l.part_id = a.unit_id
  ),
  size as (select unit_id, count(*) as atoms from atom group by unit_id),
  depth as (select id, case level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end as depth from administrative_unit)
select b.unit_id, x.unit_id as covering_unit_id, count(*) = max(size.atoms) as exact
from atom b
join atom x on x.atom_id = b.atom_id
join size on size.unit_id = b.unit_id
join depth bd on bd.id = b.unit_id
join depth xd on xd.id = x.unit_id
where xd.depth <= bd.depth
group by b.unit_id, x.unit_id;`);
    this.addSql(`create unique index "administrative_unit_cover_unit_id_covering_unit_id_unique" on "administrative_unit_cover" ("unit_id", "covering_unit_id");`);
    this.addSql(`create index "administrative_unit_cover_covering_unit_id_index" on "administrative_unit_cover" ("covering_unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists "administrative_unit_cover";`);
    this.addSql(`drop table if exists "plan_territory_unit" cascade;`);
    this.addSql(`drop table if exists "administrative_unit_succession" cascade;`);
    this.addSql(`drop index "administrative_unit_code_valid_from_unique";`);
  }

}
