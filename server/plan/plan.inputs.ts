import { Field, InputType, Int } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { ObjectiveKind } from './objective.enums';

@InputType({ description: 'Narrows a list of objectives; all given conditions must hold.' })
export class ObjectiveFilter {
  @Field({ nullable: true, description: 'Only those of the plan with this code (a database may hold several plans: `plans`).' })
  @MaxLength(50)
  planCode?: string;

  @Field(() => ObjectiveKind, { nullable: true, description: 'Only objectives of this kind.' })
  kind?: ObjectiveKind;

  @Field(() => Int, { nullable: true, description: 'Only objectives with this horizon year, e.g. 2025 or 2030.' })
  @Min(2000)
  @Max(2100)
  horizonYear?: number;
}
