import { Migration } from '@mikro-orm/migrations';

export class Migration20261126215027_rate_limits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit_bucket" ("key" text not null, "window_start" timestamptz not null, "used" int not null, constraint "rate_limit_bucket_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);
  }

}
