import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';

@ObjectType({ simpleResolvers: true, description: 'An indicator\'s reported values added up for one unit and one period, by the indicator\'s aggregation.' })
export class IndicatorRollup {
  /** Loaded by the resolver; the SQL returns its key. */
  unitId!: number;
  periodId!: number;

  @Field(() => AdministrativeUnit)
  unit?: AdministrativeUnit;

  @Field(() => ReportingPeriod)
  period?: ReportingPeriod;

  @Field(() => Float, { nullable: true, description: 'SUM: the sum; RATIO: numerator / denominator x 100.' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  denominator!: number | null;

  @Field(() => Int, { description: 'Reported values this figure is built from.' })
  sourceValues!: number;
}
