import { Index, DecimalType, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { Objective } from '../plan/objective.entity';
import { Comparator } from './indicator.enums';
import { Indicator } from './indicator.entity';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A number the plan (or a later decision) sets for an indicator by a year, with its comparator; as read through `Indicator.targets(asOf)`, the values in force that day.' })
@Entity()
@Unique({ properties: ['indicator', 'year'] })
export class Target extends Node<'version' | 'revisionCount'> {
  @Field(() => Int, { description: 'Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  /** The objective bullet whose text states this target. */
  @Index()
  @ManyToOne(() => Objective, { ref: true })
  objective!: Ref<Objective>;

  @Field(() => Int, { description: 'Year by which the target applies (2025, 2030 or 2045).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Comparator, { description: 'How the figure must compare with `value` (and `valueMax`), as the plan words it.' })
  @Enum({ items: () => Comparator })
  comparator!: Comparator;

  @Field(() => Float, { description: 'The target value (the lower bound for BETWEEN), in the indicator\'s unit.' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Upper bound for BETWEEN.' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  valueMax?: number | null;

  @Field(() => Float, { nullable: true, description: 'Baseline value the target is measured against, where the plan gives one.' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  baselineValue?: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of the baseline (e.g. 2020 for "so với năm 2020").' })
  @Property({ type: 'integer', nullable: true })
  baselineYear?: number | null;

  @Field({ description: 'The words that state this target, in Vietnamese: the plan\'s, or those of the revision in force on the day asked.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => DateResolver, { nullable: true, description: 'First day the target applies: null for the plan\'s targets, the effective date of the decision that added one.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'The decision that added the target; null for the plan\'s own.' })
  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  /** How many later revisions it has: a target without any is read without a look at them. */
  @Property({ type: 'integer', default: 0 })
  revisionCount: number = 0;
}
