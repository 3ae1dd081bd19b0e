import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/mutations/payload';
import { ConnectionType } from '../../graphql/relay/connection';
import { ChangeRecord } from '../audit/change-record.entity';
import { IndicatorValue } from '../values/indicator-value.entity';
import { Obstacle } from './obstacle.entity';
import { ReportComment } from './report-comment.entity';
import { Report } from './report.entity';
import { TaskProgress } from './task-progress.entity';

export const ReportConnection = ConnectionType(Report, 'A page of reports.');
export const IndicatorValueConnection = ConnectionType(IndicatorValue, 'A page of values: one flat row each.');
export const ChangeRecordConnection = ConnectionType(ChangeRecord, 'A page of the audit trail, oldest first.');
export const TaskProgressConnection = ConnectionType(TaskProgress, 'A page of task progress entries.');
export const ObstacleConnection = ConnectionType(Obstacle, 'A page of obstacles.');
export const ReportCommentConnection = ConnectionType(ReportComment, 'A page of comments.');

@ObjectType({ simpleResolvers: true })
export abstract class ReportPayload extends MutationPayload {
  @Field(() => Report, { nullable: true, description: 'The report as it is after the mutation.' })
  report: Report | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `createReport` returns.' })
export class CreateReportPayload extends ReportPayload {}

@ObjectType({ simpleResolvers: true, description: 'What `submitReport` returns.' })
export class SubmitReportPayload extends ReportPayload {}

@ObjectType({ simpleResolvers: true, description: 'What `returnReport` returns.' })
export class ReturnReportPayload extends ReportPayload {}

@ObjectType({ simpleResolvers: true, description: 'What `acceptReport` returns.' })
export class AcceptReportPayload extends ReportPayload {}

@ObjectType({ simpleResolvers: true, description: 'What `setIndicatorValues` returns: the report and the values stored.' })
export class SetIndicatorValuesPayload extends ReportPayload {
  @Field(() => [IndicatorValue], { description: 'The stored values, in the order sent.' })
  values: IndicatorValue[] = [];
}

@ObjectType({ simpleResolvers: true, description: 'What `setTaskProgress` returns: the report and the task\'s progress entry.' })
export class SetTaskProgressPayload extends ReportPayload {
  @Field(() => TaskProgress, { nullable: true, description: 'The progress entry as set; null when there are user errors.' })
  taskProgress: TaskProgress | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `addObstacle` returns: the report and the new obstacle.' })
export class AddObstaclePayload extends ReportPayload {
  @Field(() => Obstacle, { nullable: true, description: 'The obstacle raised; null when there are user errors.' })
  obstacle: Obstacle | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `addReportComment` returns: the report and the new comment.' })
export class AddReportCommentPayload extends ReportPayload {
  @Field(() => ReportComment, { nullable: true, description: 'The comment added; null when there are user errors.' })
  comment: ReportComment | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `consolidatePeriod` returns: the CONSOLIDATED report and what the run changed.' })
export class ConsolidatePeriodPayload extends ReportPayload {
  @Field(() => Int, { description: 'ACCEPTED reports the consolidation drew on.' })
  sourceReports = 0;

  @Field(() => Int, { description: 'Values added, changed or removed by this run: 0 when nothing changed since the last.' })
  changedValues = 0;
}
