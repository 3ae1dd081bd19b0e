import { Index, DecimalType, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/relay/node';
import { Objective } from '../plan/objective.entity';
import { Comparator } from './indicator.enums';
import { Indicator } from './indicator.entity';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A number the plan sets for an indicator by a year, with its comparator.' })
@Entity()
@Unique({ properties: ['indicator', 'year'] })
export class Target extends Node {
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

  @Field({ description: 'The words of the plan that state this target, in Vietnamese.' })
  @Property({ type: 'text' })
  text!: string;
}
