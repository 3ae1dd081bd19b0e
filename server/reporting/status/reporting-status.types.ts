import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { Report } from '../workflow/report.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ReportStatus } from '../reporting.enums';

@ObjectType({ simpleResolvers: true, description: 'One body expected to report, for one period.' })
export class BodyReportingStatus {
  @Field(() => ResponsibleBody, { description: 'The body expected to report.' })
  body!: ResponsibleBody;

  @Field(() => Report, { nullable: true, description: 'Null when the body has not started its report.' })
  report!: Report | null;

  @Field(() => ReportStatus, { nullable: true, description: 'Status of its report; null when it has not started one.' })
  status!: ReportStatus | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'First submission.' })
  submittedAt!: Date | null;

  @Field(() => Boolean, { description: 'Submitted at least once (the report may since have been returned).' })
  received!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'First submitted by the due date; null until received.' })
  onTime!: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: 'Who has reported for a period, with completeness and timeliness as DHIS2 measures them.' })
export class ReportingStatus {
  @Field(() => ReportingPeriod, { description: 'The period asked about.' })
  period!: ReportingPeriod;

  @Field(() => Int, { description: 'Bodies section V.7 asks to report.' })
  expected!: number;

  @Field(() => Int, { description: 'Of those, how many submitted.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, how many first submitted by the due date.' })
  receivedOnTime!: number;

  @Field(() => Float, { description: 'received / expected x 100.' })
  completeness!: number;

  @Field(() => Float, { description: 'receivedOnTime / expected x 100.' })
  timeliness!: number;

  @Field(() => [BodyReportingStatus], { description: 'Every body expected to report, in the plan\'s order.' })
  bodies!: BodyReportingStatus[];
}
