import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MutationInput } from '../../graphql/mutations/run-mutation';
import { ReportKind, ReportStatus, Sex, TaskProgressStatus } from '../reporting.enums';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';

const CLIENT_MUTATION_ID = 'Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome.';

@InputType()
export class CreateReportInput implements MutationInput {
  @Field({ description: 'The reporting body, e.g. "UBND-061" or "SKHDT".' })
  bodyCode!: string;

  @Field({ description: 'The period, e.g. "2024-H1", "2024".' })
  periodCode!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

/** A write to an existing report quotes the version it read. Never in the schema itself. */
@InputType()
export abstract class ReportWriteInput implements MutationInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { description: 'The report\'s `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'One value. RATIO indicators take `numerator` and `denominator` (their value is computed); others take `value`.' })
export class IndicatorValueInput {
  @Field()
  indicatorCode!: string;

  @Field({ description: 'GSO code of the unit, e.g. "06" (province), "061" (Ba Bể), "01873" (a commune).' })
  unitCode!: string;

  @Field(() => Sex, { nullable: true, description: 'For a value of one sex only; omit for the total.' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'For a value of one ethnic group only (e.g. "Tày"); omit for the total.' })
  ethnicGroup?: string | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true })
  denominator?: number | null;
}

@InputType()
export class SetIndicatorValuesInput extends ReportWriteInput {
  @Field(() => [IndicatorValueInput], { description: 'Up to 1000 values, added or replaced by indicator, unit, sex and ethnic group. All or none apply.' })
  values!: IndicatorValueInput[];
}

@InputType()
export class SetTaskProgressInput extends ReportWriteInput {
  @Field({ description: 'The task\'s code in the plan, e.g. "III.1.đ".' })
  taskCode!: string;

  @Field(() => TaskProgressStatus)
  status!: TaskProgressStatus;

  @Field(() => String, { nullable: true })
  narrative?: string | null;
}

@InputType()
export class AddObstacleInput extends ReportWriteInput {
  @Field({ description: 'The difficulty met ("vướng mắc").' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'What the body proposes.' })
  recommendation?: string | null;

  @Field(() => String, { nullable: true, description: 'The task it concerns, if one.' })
  taskCode?: string | null;
}

@InputType()
export class SubmitReportInput extends ReportWriteInput {}

@InputType()
export class AcceptReportInput extends ReportWriteInput {}

@InputType()
export class ReturnReportInput extends ReportWriteInput {
  @Field({ description: 'What the body must correct.' })
  reason!: string;
}

@InputType()
export class AddReportCommentInput implements MutationInput {
  @Field(() => ID)
  reportId!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType()
export class ConsolidatePeriodInput implements MutationInput {
  @Field({ description: 'The period, e.g. "2024".' })
  periodCode!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'Narrows a list of reports; all given conditions must hold.' })
export class ReportFilter {
  @Field(() => String, { nullable: true })
  periodCode?: string;

  @Field(() => String, { nullable: true })
  bodyCode?: string;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus;

  @Field(() => ReportKind, { nullable: true })
  kind?: ReportKind;
}

@InputType({ description: 'Narrows a list of values; all given conditions must hold.' })
export class IndicatorValueFilter {
  @Field(() => String, { nullable: true })
  indicatorCode?: string;

  @Field(() => String, { nullable: true, description: 'GSO code of the unit.' })
  unitCode?: string;

  @Field(() => AdministrativeLevel, { nullable: true })
  unitLevel?: AdministrativeLevel;

  @Field(() => String, { nullable: true })
  periodCode?: string;

  @Field(() => String, { nullable: true })
  bodyCode?: string;

  @Field(() => ReportStatus, { nullable: true })
  reportStatus?: ReportStatus;

  @Field(() => ReportKind, { nullable: true, description: 'CONSOLIDATED for the province\'s official figures.' })
  reportKind?: ReportKind;

  @Field(() => Boolean, { nullable: true, description: 'false: totals only; true: breakdowns by sex or ethnic group only.' })
  disaggregated?: boolean;
}
