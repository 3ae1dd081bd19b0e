import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';

@ObjectType({ simpleResolvers: true, description: 'An indicator\'s reported values built up for one unit and one period, by the indicator\'s aggregation, on one map.' })
export class IndicatorRollup {
  /** Loaded by the resolver; the SQL returns its key. */
  unitId!: number;
  periodId!: number;

  @Field(() => AdministrativeUnit, { description: 'The unit the figure is for, on the map shown.' })
  unit?: AdministrativeUnit;

  @Field(() => ReportingPeriod, { description: 'The reporting period of the figure.' })
  period?: ReportingPeriod;

  @Field(() => Float, { nullable: true, description: 'SUM: the sum; RATIO: numerator / denominator x 100.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATIO: the summed numerators; null for SUM and NONE.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'RATIO: the summed denominators; null for SUM and NONE.' })
  denominator!: number | null;

  @Field(() => Int, { description: 'Reported values this figure is built from.' })
  sourceValues!: number;

  @Field({
    description:
      'False when the figure cannot be compared with the unit\'s figures on the other side of the 2025 change, or with its neighbours: an index (NONE) does not add up, a new commune that spans two old districts cannot be split between them. The figure is returned all the same; `note` says why.',
  })
  comparable!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the figure is not comparable; null when it is.' })
  note!: string | null;
}
