import { Field, InputType, Int } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { ObjectiveKind } from '../plan/objective.enums';
import { Aggregation, MeasureKind } from './indicator.enums';

@InputType({ description: 'Narrows a list of indicators; all given conditions must hold.' })
export class IndicatorFilter {
  @Field({ nullable: true, description: 'Only those of the plan with this code (a database may hold several plans: `plans`).' })
  @MaxLength(50)
  planCode?: string;

  @Field(() => Int, { nullable: true, description: 'Only indicators with a target for this year (2025, 2030 or 2045).' })
  @Min(2000)
  @Max(2100)
  horizonYear?: number;

  @Field(() => ObjectiveKind, { nullable: true, description: 'Only indicators with a target stated under an objective of this kind.' })
  objectiveKind?: ObjectiveKind;

  @Field({ nullable: true, description: 'Only indicators served by a task this body is assigned to.' })
  @MaxLength(50)
  bodyCode?: string;

  @Field({ nullable: true, description: 'Only indicators served by this task or one of its sub-items.' })
  @MaxLength(50)
  taskCode?: string;

  @Field(() => MeasureKind, { nullable: true, description: 'Only indicators of this measure kind.' })
  measureKind?: MeasureKind;

  @Field(() => Aggregation, { nullable: true, description: 'Only indicators that roll up this way.' })
  aggregation?: Aggregation;

  @Field({ nullable: true, description: 'Part of the code or name (Vietnamese or English), ignoring case and diacritics.' })
  @MaxLength(200)
  search?: string;
}
