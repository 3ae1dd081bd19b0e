import { Migration } from '@mikro-orm/migrations';

/** Which data files the database was seeded from: a start seeds again when they changed (an upgrade). */
export class Migration20261202000000_seed_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "seed_state" ("id" int not null, "data_hash" text not null, "seeded_at" timestamptz not null, constraint "seed_state_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seed_state" cascade;`);
  }

}
