import { Index, Entity, Unique, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/relay/node';
import { ObjectiveKind } from './objective.enums';
import { Plan } from './plan.entity';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'One bullet of section II: a general objective, a specific objective for 2025 or 2030, or part of the 2045 vision. Its measurable numbers are targets of indicators.',
})
@Entity()
@Unique({ properties: ['code', 'plan'] })
export class Objective extends Node {
  @Index()
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Field({ description: 'The document\'s section and the bullet\'s order, e.g. "II.2.a.3" (third bullet of the 2025 objectives).' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => ObjectiveKind, { description: 'General objective (II.1), specific objective (II.2) or vision (II.3).' })
  @Enum({ items: () => ObjectiveKind })
  kind!: ObjectiveKind;

  @Field(() => Int, { description: 'Year by which the objective should be reached (2030 for the general objectives).' })
  @Property({ type: 'integer' })
  horizonYear!: number;

  @Field({ description: 'The bullet\'s full text, in Vietnamese.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'English summary.' })
  @Property({ type: 'text', nullable: true })
  textEn?: string | null;

  @Property({ type: 'integer' })
  position!: number;
}
