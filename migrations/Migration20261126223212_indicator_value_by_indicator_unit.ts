import { Migration } from '@mikro-orm/migrations';

export class Migration20261126223212_indicator_value_by_indicator_unit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "indicator_value_indicator_id_index";`);

    this.addSql(`create index "indicator_value_indicator_id_administrative_unit_id_index" on "indicator_value" ("indicator_id", "administrative_unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "indicator_value_indicator_id_administrative_unit_id_index";`);

    this.addSql(`create index "indicator_value_indicator_id_index" on "indicator_value" ("indicator_id");`);
  }

}
