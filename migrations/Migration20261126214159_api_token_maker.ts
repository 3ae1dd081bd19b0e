import { Migration } from '@mikro-orm/migrations';

export class Migration20261126214159_api_token_maker extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "api_token" add column "created_by_id" int null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "api_token" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "api_token_created_by_id_index" on "api_token" ("created_by_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop index "api_token_created_by_id_index";`);
    this.addSql(`alter table "api_token" drop column "created_by_id";`);
  }

}
