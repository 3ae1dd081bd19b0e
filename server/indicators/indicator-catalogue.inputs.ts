import { Field, Float, InputType, Int } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { CLIENT_MUTATION_ID, LEGAL_BASIS, VERSION } from '../catalogue/catalogue-inputs';
import type { MutationInput } from '../graphql/mutations/run-mutation';
import { PLAN_CODE } from '../plan/plan-codes';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { Aggregation, Comparator, Disaggregation, MeasureKind } from './indicator.enums';

@InputType({ description: 'A new indicator of the plan.' })
export class CreateIndicatorInput implements MutationInput {
  @Field({ description: 'The objective bullet it measures, e.g. "II.2.a.9"; the indicator joins its plan.' })
  objectiveCode!: string;

  @Field(() => String, { nullable: true, description: PLAN_CODE })
  planCode?: string | null;

  @Field({ description: 'Its code in this API, e.g. "households-clean-water-2030": lower-case letters, digits and "-".' })
  code!: string;

  @Field({ description: 'Name in Vietnamese.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field({ description: 'Unit as the decision writes it, e.g. "%", "hộ".' })
  unit!: string;

  @Field(() => MeasureKind, { description: 'What kind of number it is.' })
  measureKind!: MeasureKind;

  @Field(() => Aggregation, { description: 'How its values roll up: SUM, RATIO or NONE. It cannot change once values exist.' })
  aggregation!: Aggregation;

  @Field(() => AdministrativeLevel, { description: 'The lowest level it is reported at.' })
  reportingLevel!: AdministrativeLevel;

  @Field(() => Disaggregation, { nullable: true, description: 'The breakdown it is defined on, if any.' })
  disaggregation?: Disaggregation | null;

  @Field(() => String, { nullable: true, description: 'The indicator it breaks down, if any.' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is measured, in English.' })
  definition?: string | null;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes to an indicator; absent fields stay as they are.' })
export class UpdateIndicatorInput implements MutationInput {
  @Field({ description: 'The indicator\'s code.' })
  code!: string;

  @Field(() => String, { nullable: true, description: PLAN_CODE })
  planCode?: string | null;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Name in Vietnamese.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit, e.g. "%", "hộ".' })
  unit?: string | null;

  @Field(() => Aggregation, { nullable: true, description: 'SUM, RATIO or NONE: refused (AGGREGATION_LOCKED) once values of the indicator exist.' })
  aggregation?: Aggregation | null;

  @Field(() => AdministrativeLevel, { nullable: true, description: 'The lowest level it is reported at.' })
  reportingLevel?: AdministrativeLevel | null;

  @Field(() => Disaggregation, { nullable: true, description: 'The breakdown it is defined on.' })
  disaggregation?: Disaggregation | null;

  @Field(() => String, { nullable: true, description: 'How it is measured, in English.' })
  definition?: string | null;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'A target as a decision sets it (a mid-term review), from its effective date on. For a year without a target, it adds one.' })
export class ReviseTargetInput implements MutationInput {
  @Field({ description: 'The indicator\'s code.' })
  indicatorCode!: string;

  @Field(() => String, { nullable: true, description: PLAN_CODE })
  planCode?: string | null;

  @Field(() => Int, { description: 'The target\'s year, e.g. 2030.' })
  year!: number;

  @Field(() => Comparator, { description: 'How the figure must compare with `value` (and `valueMax`).' })
  comparator!: Comparator;

  @Field(() => Float, { description: 'The target value (the lower bound for BETWEEN).' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Upper bound, for BETWEEN only.' })
  valueMax?: number | null;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;

  @Field(() => DateResolver, { description: 'First day the revised target applies: figures of periods ending before it are judged by the target as it was.' })
  effectiveDate!: Date;

  @Field({ description: 'The decision\'s words that state the target, in Vietnamese.' })
  text!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}
