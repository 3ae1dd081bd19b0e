import { Field, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { PeriodKind } from '../reporting.enums';

@InputType({ description: 'Narrows a list of reporting periods; all given conditions must hold.' })
export class ReportingPeriodFilter {
  @Field(() => Int, { nullable: true, description: 'Only the periods of this year.' })
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => PeriodKind, { nullable: true, description: 'Only half-years or only years.' })
  kind?: PeriodKind;

  @Field(() => String, { nullable: true, description: 'Only the periods in this plan\'s years, e.g. "BK-CTDT-2021-2030" (plans share their periods).' })
  planCode?: string;
}
