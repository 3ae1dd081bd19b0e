import { Index, DecimalType, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { Indicator } from '../../indicators/indicator.entity';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { Report } from '../workflow/report.entity';
import { Sex } from '../reporting.enums';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A reported value of an indicator for an administrative unit, optionally for one sex or ethnic group.',
})
@Entity()
// One value per report, indicator, unit and breakdown; a missing breakdown is the total.
@Unique({
  name: 'indicator_value_key_unique',
  expression:
    'create unique index "indicator_value_key_unique" on "indicator_value" ("report_id", "indicator_id", "administrative_unit_id", coalesce("sex", \'\'), coalesce("ethnic_group", \'\'))',
})
// An indicator's values for given units: progress, roll-ups, BI filters.
@Index({ properties: ['indicator', 'administrativeUnit'] })
export class IndicatorValue extends Node<'updatedAt'> {
  @ManyToOne(() => Report, { ref: true })
  report!: Ref<Report>;

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

  @Field(() => DateTimeResolver, { description: 'When the value was last set.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
