import { DecimalType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { User } from '../access/user.entity';
import { Comparator } from './indicator.enums';
import { Target } from './target.entity';

/**
 * A target as a later decision sets it (a mid-term review), from its
 * effective date on. The target's own row keeps what the plan (or the
 * decision that added it) first set; each revision applies from its day.
 */
@ObjectType({ simpleResolvers: true, description: 'A target as the plan or a later decision set it, in force from its effective date until the next revision.' })
@Entity()
export class TargetRevision {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Target, { ref: true })
  target!: Ref<Target>;

  @Field(() => Comparator, { description: 'How the figure must compare with `value` (and `valueMax`).' })
  @Enum({ items: () => Comparator })
  comparator!: Comparator;

  @Field(() => Float, { description: 'The target value (the lower bound for BETWEEN).' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Upper bound for BETWEEN.' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  valueMax?: number | null;

  @Field({ description: 'The words that state the target, in Vietnamese.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The decision that set it, e.g. "Nghị quyết 12/NQ-HĐND ngày 10/3/2026"; null for the plan\'s own.' })
  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'First day it applies; null: since the plan.' })
  @Property({ type: 'date', nullable: true })
  effectiveDate?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When an administrator recorded it; null for the plan\'s own.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  recordedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy?: Ref<User> | null;
}
