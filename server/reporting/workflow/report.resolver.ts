import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { User } from '../../access/user.entity';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import type { RequestContext } from '../../graphql/context';
import { ConnectionArgs } from '../../graphql/relay/connection';
import { Indicator } from '../../indicators/indicator.entity';
import { Task } from '../../tasks/task.entity';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { ChangeRecord } from '../audit/change-record.entity';
import { IndicatorValue } from '../values/indicator-value.entity';
import { Obstacle } from './obstacle.entity';
import { ReportComment } from './report-comment.entity';
import { Report } from './report.entity';
import { IndicatorValueFilter, ReportFilter } from './report.inputs';
import * as reports from './report.service';
import {
  ChangeRecordConnection,
  IndicatorValueConnection,
  ObstacleConnection,
  ReportCommentConnection,
  ReportConnection,
  TaskProgressConnection,
} from './report.types';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { reportingStatus } from '../status/reporting-status.service';
import { ReportingStatus } from '../status/reporting-status.types';
import { ReportStatus } from '../reporting.enums';
import { TaskProgress } from './task-progress.entity';

const { byIdOf } = reports;

async function parentOf(ctx: RequestContext, value: IndicatorValue): Promise<AdministrativeUnit | null> {
  const unit = (await byIdOf.unit(ctx, value.administrativeUnit.id))!;
  return unit.parent ? byIdOf.unit(ctx, unit.parent.id) : null;
}

@Resolver(() => Report)
export class ReportResolver {
  @Authorized()
  @Query(() => ReportConnection, { description: 'Reports, oldest first. Needs a token (any role).' })
  reports(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Conditions on period, body, status and kind; null or absent: every report.' }) filter?: ReportFilter,
  ) {
    return reports.listReports(ctx, filter, args);
  }

  @Authorized()
  @Query(() => IndicatorValueConnection, {
    description: 'Reported and consolidated values as flat rows (one per value, dimensions as plain fields), oldest first. Needs a token (any role).',
  })
  indicatorValues(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => IndicatorValueFilter, { nullable: true, description: 'Conditions on indicator, unit, period, body, report and breakdown; null or absent: every value.' }) filter?: IndicatorValueFilter,
  ) {
    return reports.listIndicatorValues(ctx, filter, args);
  }

  @Authorized()
  @Query(() => ReportingStatus, { nullable: true, description: 'Who has reported for a period; null for an unknown period. Needs a token.' })
  reportingStatus(
    @Ctx() ctx: RequestContext,
    @Arg('periodCode', { description: 'The period\'s code, e.g. "2024-H1", "2024".' }) periodCode: string,
    @Arg('planCode', () => String, { nullable: true, description: 'Only the bodies that report on this plan: those holding a duty of it, their own or passed on to them; none for a period outside its years. Null: every body expected to report.' }) planCode?: string | null,
  ) {
    return reportingStatus(ctx, periodCode, planCode ?? null);
  }

  @FieldResolver(() => ResponsibleBody, { description: 'The reporting body (BDT, or the body carrying on from it, for a consolidated report).' })
  body(@Root() report: Report, @Ctx() ctx: RequestContext) {
    return byIdOf.body(ctx, report.body.id);
  }

  @FieldResolver(() => ReportingPeriod, { description: 'The period reported on (section V.7: half-years and years).' })
  period(@Root() report: Report, @Ctx() ctx: RequestContext) {
    return byIdOf.period(ctx, report.period.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who last returned or accepted it.' })
  reviewedBy(@Root() report: Report, @Ctx() ctx: RequestContext) {
    return report.reviewedBy ? byIdOf.user(ctx, report.reviewedBy.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True in DRAFT and RETURNED: the body may still change it.' })
  editable(@Root() report: Report): boolean {
    return report.status === ReportStatus.DRAFT || report.status === ReportStatus.RETURNED;
  }

  @FieldResolver(() => IndicatorValueConnection, { description: 'The values the report gives, one per indicator, unit and breakdown.' })
  values(
    @Root() report: Report,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => IndicatorValueFilter, { nullable: true, description: 'Conditions on the values (indicator, unit, breakdown); null or absent: all of them.' }) filter?: IndicatorValueFilter,
  ) {
    return reports.valuesOfReport(ctx, report, args, filter);
  }

  @FieldResolver(() => TaskProgressConnection, { description: 'Where the body stands on its tasks, one entry per task.' })
  taskProgress(@Root() report: Report, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.taskProgressOfReport(ctx, report, args);
  }

  @FieldResolver(() => ObstacleConnection, { description: 'Difficulties met ("vướng mắc") raised in the report, with recommendations.' })
  obstacles(@Root() report: Report, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.obstaclesOfReport(ctx, report, args);
  }

  @FieldResolver(() => ReportCommentConnection, { description: 'Remarks on the report by the Fatherland Front or Ban Dân tộc tỉnh.' })
  comments(@Root() report: Report, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.commentsOfReport(ctx, report, args);
  }

  @FieldResolver(() => ChangeRecordConnection, { description: 'Every change to the report and its contents: who, when, before, after.' })
  history(@Root() report: Report, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.historyOfReport(ctx, report, args);
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator the value is for.' })
  indicator(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return byIdOf.indicator(ctx, value.indicator.id);
  }

  @FieldResolver(() => String, { description: 'Code of the indicator, e.g. "households-housing".' })
  async indicatorCode(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await byIdOf.indicator(ctx, value.indicator.id))!.code;
  }

  @FieldResolver(() => String, { description: 'Name of the indicator, in Vietnamese.' })
  async indicatorName(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await byIdOf.indicator(ctx, value.indicator.id))!.name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'GSO code of the unit the value\'s unit belongs to (a commune\'s district, or its province after 1 July 2025); null for a province.' })
  async parentUnitCode(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await parentOf(ctx, value))?.code ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of that unit.' })
  async parentUnitName(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await parentOf(ctx, value))?.name ?? null;
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the value is for.' })
  administrativeUnit(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return byIdOf.unit(ctx, value.administrativeUnit.id);
  }

  @FieldResolver(() => String, { description: 'GSO code of the unit.' })
  async unitCode(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await byIdOf.unit(ctx, value.administrativeUnit.id))!.code;
  }

  @FieldResolver(() => String, { description: 'Name of the unit, e.g. "Huyện Ba Bể".' })
  async unitName(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await byIdOf.unit(ctx, value.administrativeUnit.id))!.name;
  }

  @FieldResolver(() => AdministrativeLevel, { description: 'Level of the unit: PROVINCE, DISTRICT or COMMUNE.' })
  async unitLevel(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await byIdOf.unit(ctx, value.administrativeUnit.id))!.level;
  }

  @FieldResolver(() => Report, { description: 'The report that gives the value.' })
  report(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return byIdOf.report(ctx, value.report.id);
  }

  @FieldResolver(() => String, { description: 'Code of the report\'s period, e.g. "2024-H1".' })
  async periodCode(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    const report = (await byIdOf.report(ctx, value.report.id))!;
    return (await byIdOf.period(ctx, report.period.id))!.code;
  }

  @FieldResolver(() => String, { description: 'Code of the reporting body ("BDT" for consolidated values).' })
  async bodyCode(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    const report = (await byIdOf.report(ctx, value.report.id))!;
    return (await byIdOf.body(ctx, report.body.id))!.code;
  }

  @FieldResolver(() => ReportStatus, { description: 'Status of the report that gives the value (ACCEPTED values count in consolidation).' })
  async reportStatus(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return (await byIdOf.report(ctx, value.report.id))!.status;
  }

  @FieldResolver(() => ChangeRecordConnection, { description: 'Every change of this value: who, when, before, after.' })
  history(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.historyOfValue(ctx, value, args);
  }
}

@Resolver(() => ChangeRecord)
export class ChangeRecordResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  actor(@Root() record: ChangeRecord, @Ctx() ctx: RequestContext) {
    return record.actor ? byIdOf.user(ctx, record.actor.id) : null;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'The value changed, while it exists.' })
  indicatorValue(@Root() record: ChangeRecord, @Ctx() ctx: RequestContext) {
    return record.indicatorValueId == null ? null : ctx.loaders.byId(IndicatorValue).load(record.indicatorValueId);
  }
}

@Resolver(() => TaskProgress)
export class TaskProgressResolver {
  @FieldResolver(() => Task, { description: 'The task of the plan the entry is about.' })
  task(@Root() progress: TaskProgress, @Ctx() ctx: RequestContext) {
    return byIdOf.task(ctx, progress.task.id);
  }
}

@Resolver(() => Obstacle)
export class ObstacleResolver {
  @FieldResolver(() => Task, { nullable: true, description: 'The task the difficulty concerns; null when it concerns none in particular.' })
  task(@Root() obstacle: Obstacle, @Ctx() ctx: RequestContext) {
    return obstacle.task ? byIdOf.task(ctx, obstacle.task.id) : null;
  }
}

@Resolver(() => ReportComment)
export class ReportCommentResolver {
  @FieldResolver(() => User, { description: 'Who wrote the comment.' })
  author(@Root() comment: ReportComment, @Ctx() ctx: RequestContext) {
    return byIdOf.user(ctx, comment.author.id);
  }
}

@Resolver(() => ResponsibleBody)
export class ResponsibleBodyReportsResolver {
  @Authorized()
  @FieldResolver(() => ReportConnection, { description: 'The body\'s reports (the consolidated ones for BDT), oldest first. Needs a token.' })
  reports(@Root() body: ResponsibleBody, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.reportsOfBody(ctx, body, args);
  }
}

@Resolver(() => ReportingPeriod)
export class ReportingPeriodReportsResolver {
  @Authorized()
  @FieldResolver(() => ReportConnection, { description: 'Reports for this period, oldest first. Needs a token.' })
  reports(@Root() period: ReportingPeriod, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return reports.reportsOfPeriod(ctx, period, args);
  }
}
