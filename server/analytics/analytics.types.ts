import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Sex } from '../reporting/reporting.enums';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';

@ObjectType({ simpleResolvers: true, description: 'One figure: an indicator for one period and one unit (and breakdown), with every dimension as a plain field.' })
export class AnalyticsRow {
  /** For `target` and `status`, resolved (analytics.resolver.ts) only when asked. */
  indicatorId!: number;
  unitId!: number;
  periodEndDate!: string;
  periodYear!: number;

  @Field({ description: 'The indicator\'s code, e.g. "households-housing".' })
  indicatorCode!: string;

  @Field({ description: 'The indicator\'s name, in Vietnamese.' })
  indicatorName!: string;

  @Field({ description: 'The period\'s code, e.g. "2024-H1".' })
  periodCode!: string;

  @Field({ description: 'GSO code of the unit the figure is for, on the map shown.' })
  unitCode!: string;

  @Field({ description: 'Name of the unit, e.g. "Huyện Ba Bể".' })
  unitName!: string;

  @Field(() => AdministrativeLevel, { description: 'The unit\'s level.' })
  unitLevel!: AdministrativeLevel;

  @Field(() => String, { nullable: true, description: 'GSO code of the unit it belongs to (a commune\'s district, or its province after 1 July 2025); null for a province.' })
  parentUnitCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that unit.' })
  parentUnitName!: string | null;

  @Field(() => Sex, { nullable: true, description: 'With the SEX breakdown: the sex; null for totals.' })
  sex!: Sex | null;

  @Field(() => String, { nullable: true, description: 'With the ETHNIC_GROUP breakdown: the ethnic group; null for totals.' })
  ethnicGroup!: string | null;

  @Field(() => Float, { nullable: true, description: 'SUM: the sum; RATIO: numerator / denominator x 100; NONE: the unit\'s own reported value.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATIO: the summed numerators; null otherwise.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATIO: the summed denominators; null otherwise.' })
  denominator!: number | null;

  @Field(() => Int, { description: 'Reported values the figure is built from.' })
  sourceValues!: number;

  @Field({ description: 'False when the figure cannot be compared across the 2025 change or with its neighbours (see `Indicator.rollup`); `note` says why.' })
  comparable!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the figure is not comparable; null when it is.' })
  note!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The figures an analytics query asks for, all of them (no pages: the query\'s dimensions bound its rows).' })
export class AnalyticsResult {
  @Field(() => [AnalyticsRow], { description: 'In the order of `indicators`, then by period, unit, sex and ethnic group.' })
  rows!: AnalyticsRow[];

  @Field(() => Int, { description: 'How many rows.' })
  rowCount!: number;
}
