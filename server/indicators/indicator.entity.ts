import { Index, Entity, Unique, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType, Int } from 'type-graphql';
import { Node } from '../graphql/relay/node';
import { Objective } from '../plan/objective.entity';
import { Plan } from '../plan/plan.entity';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { Aggregation, Disaggregation, MeasureKind } from './indicator.enums';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators.',
})
@Entity()
@Unique({ properties: ['code', 'plan'] })
export class Indicator extends Node<'version'> {
  /** Long texts read only when a query selects them (database/projection.ts). */
  static readonly detailProperties = ['definition', 'nameEn'];

  @Field(() => Int, { description: 'Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field({ description: 'Stable code of the indicator in this API, e.g. "households-production-land"; unique within its plan.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Name in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Field({ description: 'Unit as the plan writes it, e.g. "%", "hộ", "lần", "tuổi".' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => MeasureKind, { description: 'What kind of number it is: a share, a count, a multiple of a baseline, a change per year, a ratio to the nation or a level.' })
  @Enum({ items: () => MeasureKind })
  measureKind!: MeasureKind;

  @Field(() => Aggregation, { description: 'How its values roll up from communes and districts to the province: SUM, RATIO or NONE.' })
  @Enum({ items: () => Aggregation })
  aggregation!: Aggregation;

  @Field(() => AdministrativeLevel, {
    description: 'Lowest administrative level at which values are reported (PROVINCE for indicators that do not roll up).',
  })
  @Enum({ items: () => AdministrativeLevel })
  reportingLevel!: AdministrativeLevel;

  @Field(() => Disaggregation, { nullable: true, description: 'The breakdown this indicator is defined on, if any.' })
  @Enum({ items: () => Disaggregation, nullable: true })
  disaggregation?: Disaggregation | null;

  @Field(() => String, { nullable: true, description: 'How it is measured, in English, where the plan leaves it implicit.' })
  @Property({ type: 'text', nullable: true })
  definition?: string | null;

  /** Its objective's plan, held here so that the database keeps codes unique within a plan. */
  @Index()
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  /** The objective bullet that first states the indicator. */
  @Index()
  @ManyToOne(() => Objective, { ref: true })
  objective!: Ref<Objective>;

  /** For a share within a share ("trong đó ít nhất 50% là lao động nữ"). */
  @Index()
  @ManyToOne(() => Indicator, { ref: true, nullable: true })
  parent?: Ref<Indicator> | null;

  @Property({ type: 'integer' })
  position!: number;
}
