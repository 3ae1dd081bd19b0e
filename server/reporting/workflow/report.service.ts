import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { User } from '../../access/user.entity';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import type { RequestContext } from '../../graphql/context';
import { ConnectionArgs } from '../../graphql/relay/connection';
import { nestedPage, rootPage } from '../../graphql/relay/pages';
import { Indicator } from '../../indicators/indicator.entity';
import { periodsOfPlan, planIdOf } from '../../plan/plan-scope';
import { bodiesWithDutiesIn } from '../../bodies/body-lineage';
import { Task } from '../../tasks/task.entity';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { ChangeRecord } from '../audit/change-record.entity';
import { IndicatorValue } from '../values/indicator-value.entity';
import { Obstacle } from './obstacle.entity';
import { ReportComment } from './report-comment.entity';
import { Report } from './report.entity';
import { IndicatorValueFilter, ReportFilter, VALUE_FILTER_LIST_CAP } from './report.inputs';
import { badUserInput } from '../../graphql/errors';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { TaskProgress } from './task-progress.entity';

/** Reports and values are listed in the order they were written: their IDs. */
const BY_ID = ['id'] as const;

export function listReports(ctx: RequestContext, filter: ReportFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(
    ctx,
    Report,
    args,
    (knex) => {
      const qb = knex('report as e').select('e.*');
      if (filter.status) qb.where('e.status', filter.status);
      if (filter.kind) qb.where('e.kind', filter.kind);
      if (filter.periodCode != null) qb.whereIn('e.period_id', knex('reporting_period').select('id').where('code', filter.periodCode));
      if (filter.bodyCode != null) qb.whereIn('e.body_id', knex('responsible_body').select('id').where('code', filter.bodyCode));
      if (filter.planCode != null) qb.whereIn('e.period_id', periodsOfPlan(knex, filter.planCode)).whereIn('e.body_id', bodiesWithDutiesIn(knex, filter.planCode));
      return qb;
    },
    BY_ID,
  );
}

export function reportsOfBody(ctx: RequestContext, body: ResponsibleBody, args: ConnectionArgs) {
  return nestedPage(ctx, 'ResponsibleBody.reports', Report, args, body.id, (knex, ids) =>
    knex('report as e').select('e.*', 'e.body_id as _group').whereIn('e.body_id', ids),
    BY_ID,
  );
}

export function reportsOfPeriod(ctx: RequestContext, period: ReportingPeriod, args: ConnectionArgs) {
  return nestedPage(ctx, 'ReportingPeriod.reports', Report, args, period.id, (knex, ids) =>
    knex('report as e').select('e.*', 'e.period_id as _group').whereIn('e.period_id', ids),
    BY_ID,
  );
}

export function listIndicatorValues(ctx: RequestContext, filter: IndicatorValueFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, IndicatorValue, args, (knex) => valueList(knex, filter), VALUE_ORDER);
}

/** The values `indicatorValues` lists, in `VALUE_ORDER` (its one-statement read takes them from here too). */
export function valueList(knex: Knex, filter: IndicatorValueFilter): Knex.QueryBuilder {
  return applyValueFilter(knex, knex('indicator_value as e').select('e.*'), filter);
}

export const VALUE_ORDER = BY_ID;

/** A list filter longer than the cap is refused, naming the field. */
function checkedList(list: string[] | null | undefined, field: string): string[] | null {
  if (list == null) return null;
  if (list.length > VALUE_FILTER_LIST_CAP) throw badUserInput(`\`filter.${field}\` lists ${list.length} codes; at most ${VALUE_FILTER_LIST_CAP} are allowed`, { field: `filter.${field}` });
  return list;
}

/** Values (`indicator_value as e`) that the filter keeps, as `indicatorValues` reads them: for exports that select their own columns. */
export function filteredValues(knex: Knex, filter: IndicatorValueFilter): Knex.QueryBuilder {
  return applyValueFilter(knex, knex('indicator_value as e'), filter);
}

function applyValueFilter(knex: Knex, qb: Knex.QueryBuilder, filter: IndicatorValueFilter): Knex.QueryBuilder {
  const indicatorCodes = checkedList(filter.indicatorCodes, 'indicatorCodes');
  const unitCodes = checkedList(filter.unitCodes, 'unitCodes');
  const periodCodes = checkedList(filter.periodCodes, 'periodCodes');
  if (filter.planCode != null) qb.whereIn('e.indicator_id', knex('indicator').select('id').whereIn('plan_id', planIdOf(knex, filter.planCode)));
  if (filter.indicatorCode != null) qb.whereIn('e.indicator_id', knex('indicator').select('id').where('code', filter.indicatorCode));
  if (indicatorCodes) qb.whereIn('e.indicator_id', knex('indicator').select('id').whereIn('code', indicatorCodes));
  if (filter.unitCode != null) qb.whereIn('e.administrative_unit_id', knex('administrative_unit').select('id').where('code', filter.unitCode));
  if (unitCodes) qb.whereIn('e.administrative_unit_id', knex('administrative_unit').select('id').whereIn('code', unitCodes));
  if (filter.unitLevel) qb.whereIn('e.administrative_unit_id', knex('administrative_unit').select('id').where('level', filter.unitLevel));
  if (filter.disaggregated === true) qb.where((w) => w.whereNotNull('e.sex').orWhereNotNull('e.ethnic_group'));
  if (filter.disaggregated === false) qb.whereNull('e.sex').whereNull('e.ethnic_group');
  const reports = knex('report as r').select('r.id');
  let narrowed = false;
  if (filter.periodCode != null) {
    reports.whereIn('r.period_id', knex('reporting_period').select('id').where('code', filter.periodCode));
    narrowed = true;
  }
  if (periodCodes) {
    reports.whereIn('r.period_id', knex('reporting_period').select('id').whereIn('code', periodCodes));
    narrowed = true;
  }
  if (filter.bodyCode != null) {
    reports.whereIn('r.body_id', knex('responsible_body').select('id').where('code', filter.bodyCode));
    narrowed = true;
  }
  if (filter.reportStatus) {
    reports.where('r.status', filter.reportStatus);
    narrowed = true;
  }
  if (filter.reportKind) {
    reports.where('r.kind', filter.reportKind);
    narrowed = true;
  }
  if (narrowed) qb.whereIn('e.report_id', reports);
  return qb;
}

export function valuesOfReport(ctx: RequestContext, report: Report, args: ConnectionArgs, filter: IndicatorValueFilter | null = {}) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return nestedPage(
    ctx,
    `Report.values#${JSON.stringify(filter)}`,
    IndicatorValue,
    args,
    report.id,
    (knex, ids) => applyValueFilter(knex, knex('indicator_value as e').select('e.*', 'e.report_id as _group').whereIn('e.report_id', ids), filter),
    BY_ID,
  );
}

/** Rows that belong to a report (table with a `report_id`), a page per report, batched. */
function rowsOfReport<T extends object>(ctx: RequestContext, relation: string, entity: EntityClass<T>, table: string, report: Report, args: ConnectionArgs) {
  return nestedPage(ctx, relation, entity, args, report.id, (knex, ids) =>
    knex(`${table} as e`).select('e.*', 'e.report_id as _group').whereIn('e.report_id', ids),
    BY_ID,
  );
}

export const historyOfReport = (ctx: RequestContext, report: Report, args: ConnectionArgs) =>
  rowsOfReport(ctx, 'Report.history', ChangeRecord, 'change_record', report, args);

export const taskProgressOfReport = (ctx: RequestContext, report: Report, args: ConnectionArgs) =>
  rowsOfReport(ctx, 'Report.taskProgress', TaskProgress, 'task_progress', report, args);

export const obstaclesOfReport = (ctx: RequestContext, report: Report, args: ConnectionArgs) =>
  rowsOfReport(ctx, 'Report.obstacles', Obstacle, 'obstacle', report, args);

export const commentsOfReport = (ctx: RequestContext, report: Report, args: ConnectionArgs) =>
  rowsOfReport(ctx, 'Report.comments', ReportComment, 'report_comment', report, args);

export function historyOfValue(ctx: RequestContext, value: IndicatorValue, args: ConnectionArgs) {
  return nestedPage(ctx, 'IndicatorValue.history', ChangeRecord, args, value.id, (knex, ids) =>
    knex('change_record as e').select('e.*', 'e.indicator_value_id as _group').whereIn('e.indicator_value_id', ids),
    BY_ID,
  );
}

/** Related rows by key, batched per request: every plain field of a flat value row costs one statement per request. */
export const byIdOf = {
  report: (ctx: RequestContext, id: number) => ctx.loaders.byId(Report).load(id),
  period: (ctx: RequestContext, id: number) => ctx.loaders.byId(ReportingPeriod).load(id),
  body: (ctx: RequestContext, id: number) => ctx.loaders.byId(ResponsibleBody).load(id),
  indicator: (ctx: RequestContext, id: number) => ctx.loaders.byId(Indicator).load(id),
  unit: (ctx: RequestContext, id: number) => ctx.loaders.byId(AdministrativeUnit).load(id),
  task: (ctx: RequestContext, id: number) => ctx.loaders.byId(Task).load(id),
  user: (ctx: RequestContext, id: number) => ctx.loaders.byId(User).load(id),
};
