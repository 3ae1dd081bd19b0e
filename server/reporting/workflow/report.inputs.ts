import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { MutationInput } from '../../graphql/mutations/run-mutation';
import { PLAN_CODE } from '../../plan/plan-codes';
import { ReportKind, ReportStatus, Sex, TaskProgressStatus } from '../reporting.enums';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';

const CLIENT_MUTATION_ID = 'Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome.';

@InputType({ description: 'A new report: which body, for which period.' })
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
  @Field(() => ID, { description: 'Global ID of the report.' })
  reportId!: string;

  @Field(() => Int, { description: 'The report\'s `version` as you read it; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'One value. RATIO indicators take `numerator` and `denominator` (their value is computed); others take `value`.' })
export class IndicatorValueInput {
  @Field({ description: 'Code of the indicator, e.g. "households-housing".' })
  indicatorCode!: string;

  @Field({ description: 'GSO code of the unit, e.g. "06" (province), "061" (Ba Bể), "01873" (a commune).' })
  unitCode!: string;

  @Field(() => Sex, { nullable: true, description: 'For a value of one sex only; omit for the total.' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'For a value of one ethnic group only (e.g. "Tày"); omit for the total.' })
  ethnicGroup?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value in the indicator\'s unit: required for SUM and NONE indicators; for RATIO ones, optional and checked against numerator / denominator x 100.' })
  value?: number | null;

  @Field(() => Float, { nullable: true, description: 'Numerator of a share: required, with `denominator`, for RATIO indicators; refused for the others.' })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator of a share: required, with `numerator`, for RATIO indicators; refused for the others.' })
  denominator?: number | null;
}

@InputType({ description: 'Values to add or replace in a DRAFT or RETURNED report.' })
export class SetIndicatorValuesInput extends ReportWriteInput {
  @Field(() => [IndicatorValueInput], { description: 'Up to 1000 values, added or replaced by indicator, unit, sex and ethnic group. All or none apply.' })
  values!: IndicatorValueInput[];

  @Field(() => String, { nullable: true, description: 'The plan the indicator codes are of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have an indicator with one of the codes (AMBIGUOUS_CODE).' })
  planCode?: string | null;
}

@InputType({ description: 'Where the body stands on one task, in a DRAFT or RETURNED report.' })
export class SetTaskProgressInput extends ReportWriteInput {
  @Field({ description: 'The task\'s code in the plan, e.g. "III.1.đ".' })
  taskCode!: string;

  @Field(() => String, { nullable: true, description: PLAN_CODE })
  planCode?: string | null;

  @Field(() => TaskProgressStatus, { description: 'Where the body stands on the task.' })
  status!: TaskProgressStatus;

  @Field(() => String, { nullable: true, description: 'What was done, in the body\'s words; omit or leave empty for none.' })
  narrative?: string | null;
}

@InputType({ description: 'A difficulty ("vướng mắc") to raise in a DRAFT or RETURNED report, with the body\'s recommendation.' })
export class AddObstacleInput extends ReportWriteInput {
  @Field({ description: 'The difficulty met ("vướng mắc").' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'What the body proposes.' })
  recommendation?: string | null;

  @Field(() => String, { nullable: true, description: 'The task it concerns, if one.' })
  taskCode?: string | null;

  @Field(() => String, { nullable: true, description: PLAN_CODE })
  planCode?: string | null;
}

@InputType({ description: 'The report to submit to Ban Dân tộc tỉnh.' })
export class SubmitReportInput extends ReportWriteInput {}

@InputType({ description: 'The SUBMITTED report to accept.' })
export class AcceptReportInput extends ReportWriteInput {}

@InputType({ description: 'The SUBMITTED report to return to its body, with the reason.' })
export class ReturnReportInput extends ReportWriteInput {
  @Field({ description: 'What the body must correct.' })
  reason!: string;
}

@InputType({ description: 'A remark on a report, in any status.' })
export class AddReportCommentInput implements MutationInput {
  @Field(() => ID, { description: 'Global ID of the report.' })
  reportId!: string;

  @Field({ description: 'The remark.' })
  text!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'The period whose ACCEPTED reports to consolidate.' })
export class ConsolidatePeriodInput implements MutationInput {
  @Field({ description: 'The period, e.g. "2024".' })
  periodCode!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'Narrows a list of reports; all given conditions must hold.' })
export class ReportFilter {
  @Field(() => String, { nullable: true, description: 'Only reports for this period, e.g. "2024-H1".' })
  periodCode?: string;

  @Field(() => String, { nullable: true, description: 'Only reports on this plan, e.g. "BK-CTDT-2021-2030": for a period in its years, by a body that holds a duty of it.' })
  planCode?: string;

  @Field(() => String, { nullable: true, description: 'Only reports of this body, e.g. "UBND-061".' })
  bodyCode?: string;

  @Field(() => ReportStatus, { nullable: true, description: 'Only reports in this status.' })
  status?: ReportStatus;

  @Field(() => ReportKind, { nullable: true, description: 'Only body reports (BODY) or only consolidated ones (CONSOLIDATED).' })
  kind?: ReportKind;
}

/** How many codes a list of the value filter may hold. */
export const VALUE_FILTER_LIST_CAP = 500;

@InputType({ description: 'Narrows a list of values; all given conditions must hold (a single code and a list of the same dimension: both).' })
export class IndicatorValueFilter {
  @Field(() => String, { nullable: true, description: 'Only values of the indicators of the plan with this code (a database may hold several plans: `plans`).' })
  @MaxLength(50)
  planCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only values of this indicator, e.g. "households-housing".' })
  indicatorCode?: string;

  @Field(() => [String], { nullable: true, description: `Only values of these indicators; at most ${VALUE_FILTER_LIST_CAP}.` })
  indicatorCodes?: string[];

  @Field(() => String, { nullable: true, description: 'GSO code of the unit (every unit that has had the code: "01840" is an old ward until 30 June 2025 and a new one from 1 July).' })
  unitCode?: string;

  @Field(() => [String], { nullable: true, description: `Only values for these units (every version of each code); at most ${VALUE_FILTER_LIST_CAP}.` })
  unitCodes?: string[];

  @Field(() => AdministrativeLevel, { nullable: true, description: 'Only values for units of this level.' })
  unitLevel?: AdministrativeLevel;

  @Field(() => String, { nullable: true, description: 'Only values of reports for this period, e.g. "2024-H1".' })
  periodCode?: string;

  @Field(() => [String], { nullable: true, description: `Only values of reports for these periods; at most ${VALUE_FILTER_LIST_CAP}.` })
  periodCodes?: string[];

  @Field(() => String, { nullable: true, description: 'Only values of reports of this body ("BDT" for consolidated values).' })
  bodyCode?: string;

  @Field(() => ReportStatus, { nullable: true, description: 'Only values of reports in this status.' })
  reportStatus?: ReportStatus;

  @Field(() => ReportKind, { nullable: true, description: 'CONSOLIDATED for the province\'s official figures.' })
  reportKind?: ReportKind;

  @Field(() => Boolean, { nullable: true, description: 'false: totals only; true: breakdowns by sex or ethnic group only.' })
  disaggregated?: boolean;
}
