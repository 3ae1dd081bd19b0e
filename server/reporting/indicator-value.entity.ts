import { Index, DecimalType, Entity, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../graphql/relay/node';
import { Indicator } from '../indicators/indicator.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { Report } from './report.entity';
import { Sex } from './reporting.enums';

@ObjectType({
  implements: Node,
  description: 'A reported value of an indicator for an administrative unit, optionally for one sex or ethnic group.',
})
@Entity()
export class IndicatorValue extends Node {
  @Index()
  @ManyToOne(() => Report, { ref: true })
  report!: Ref<Report>;

  @Index()
  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { ref: true })
  administrativeUnit!: Ref<AdministrativeUnit>;

  @Field(() => Float, { nullable: true, description: 'The value in the indicator\'s unit (for RATIO indicators: numerator / denominator x 100).' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true, description: 'Numerator of a ratio indicator.' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator of a ratio indicator.' })
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  denominator?: number | null;

  @Field(() => Sex, { nullable: true, description: 'Set when the value is for one sex only.' })
  @Enum({ items: () => Sex, nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Set when the value is for one ethnic group only (e.g. "Tày", "Dao").' })
  @Property({ type: 'text', nullable: true })
  ethnicGroup?: string | null;
}
