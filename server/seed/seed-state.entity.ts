import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which data files the database was last seeded from (a hash of their
 * content), so that a start after an upgrade that changed them seeds again,
 * in place, and a start without changes does nothing.
 */
@Entity()
export class SeedState {
  @PrimaryKey({ autoincrement: false })
  id!: number;

  @Property({ type: 'text' })
  dataHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  seededAt!: Date;
}
