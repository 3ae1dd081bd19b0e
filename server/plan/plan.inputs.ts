import { Field, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { ObjectiveKind } from './objective.enums';

@InputType({ description: 'Narrows a list of objectives; all given conditions must hold.' })
export class ObjectiveFilter {
  @Field(() => ObjectiveKind, { nullable: true })
  kind?: ObjectiveKind;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  horizonYear?: number;
}
