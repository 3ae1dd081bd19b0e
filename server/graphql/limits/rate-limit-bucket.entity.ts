import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Points spent by one caller in its current window, shared by every server instance (RATE_LIMIT_STORE=postgres). */
@Entity()
export class RateLimitBucket {
  /** "token:<id>" or "address:<ip>". */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  used!: number;
}
