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

  @Field(() => AdministrativeUnit, { description: 'The unit judged: the one `unitCode` names on `asOf` (or its last version before, e.g. 06 after 1 July 2025).' })
  unit!: AdministrativeUnit;

  @Field(() => DateResolver, { description: 'Only reports of periods whose data window ended by this date count.' })
  asOf!: string;

  @Field(() => Float, { nullable: true, description: 'The latest consolidated value (the total, without breakdowns).' })
  value!: number | null;

  @Field(() => ReportingPeriod, { nullable: true, description: 'The period of `value`.' })
  period!: ReportingPeriod | null;

  @Field(() => Float, { nullable: true, description: 'Where the line to the target starts: the plan\'s baseline, 0 for a count, or the first consolidated value (see `baselineSource`).' })
  baselineValue!: number | null;

  @Field(() => DateResolver, { nullable: true, description: 'The date `baselineValue` stands at: 14 December (the end of the data window) of the baseline year, or the end of the first value\'s period.' })
  baselineDate!: string | null;

  @Field(() => BaselineSource, { nullable: true, description: 'Where `baselineValue` comes from; null when there is no baseline.' })
  baselineSource!: BaselineSource | null;

  @Field(() => Target, { nullable: true, description: 'The target of the next horizon.' })
  target!: Target | null;

  @Field(() => Float, { nullable: true, description: 'Where the straight line from baseline to target stands at the date of `value`.' })
  expectedValue!: number | null;
}
