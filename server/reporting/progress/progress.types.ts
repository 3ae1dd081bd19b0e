import { Field, Float, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Target } from '../../indicators/target.entity';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { BaselineSource, ProgressStatus } from './progress.enums';
import { PROGRESS_RULE } from './progress-rule';
import { ReportingPeriod } from '../periods/reporting-period.entity';

@ObjectType({ simpleResolvers: true, description: 'Where an indicator stands for one unit, from the consolidated reports.' })
export class IndicatorProgress {
  @Field(() => ProgressStatus, { description: PROGRESS_RULE })
  status!: ProgressStatus;

  @Field(() => AdministrativeUnit)
  unit!: AdministrativeUnit;

  @Field(() => DateResolver, { description: 'Only reports of periods whose data window ended by this date count.' })
  asOf!: string;

  @Field(() => Float, { nullable: true, description: 'The latest consolidated value (the total, without breakdowns).' })
  value!: number | null;

  @Field(() => ReportingPeriod, { nullable: true, description: 'The period of `value`.' })
  period!: ReportingPeriod | null;

  @Field(() => Float, { nullable: true })
  baselineValue!: number | null;

  @Field(() => DateResolver, { nullable: true })
  baselineDate!: string | null;

  @Field(() => BaselineSource, { nullable: true })
  baselineSource!: BaselineSource | null;

  @Field(() => Target, { nullable: true, description: 'The target of the next horizon.' })
  target!: Target | null;

  @Field(() => Float, { nullable: true, description: 'Where the straight line from baseline to target stands at the date of `value`.' })
  expectedValue!: number | null;
}
