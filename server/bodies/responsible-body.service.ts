import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { DOCUMENT_ORDER, nestedPage, rootPage } from '../graphql/relay/pages';
import { whereTextMatches } from '../database/search';
import { Task } from '../tasks/task.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { Assignment } from './assignment.entity';
import { AssignmentFilter, ResponsibleBodyFilter } from './responsible-body.inputs';
import { ResponsibleBody } from './responsible-body.entity';

export function listResponsibleBodies(ctx: RequestContext, filter: ResponsibleBodyFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, ResponsibleBody, args, (knex) => {
    const qb = knex('responsible_body as e').select('e.*');
    if (filter.kind) qb.where('e.kind', filter.kind);
    if (filter.expectedToReport != null) qb.where('e.expected_to_report', filter.expectedToReport);
    if (filter.search) whereTextMatches(qb, ['e.code', 'e.name', 'e.short_name', 'e.name_en'], filter.search);
    return qb;
  });
}

export function findResponsibleBody(ctx: RequestContext, code: string): Promise<ResponsibleBody | null> {
  return ctx.loaders.byUnique<ResponsibleBody, string>(ResponsibleBody, 'code').load(code);
}

export function bodyOf(ctx: RequestContext, assignment: Assignment): Promise<ResponsibleBody | null> {
  return ctx.loaders.byId(ResponsibleBody).load(assignment.body.id);
}

export async function unitOfBody(ctx: RequestContext, body: ResponsibleBody): Promise<AdministrativeUnit | null> {
  return body.administrativeUnit ? ctx.loaders.byId(AdministrativeUnit).load(body.administrativeUnit.id) : null;
}

export function assignmentsOfBody(ctx: RequestContext, body: ResponsibleBody, args: ConnectionArgs, filter: AssignmentFilter | null = {}) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return nestedPage(ctx, `ResponsibleBody.assignments${JSON.stringify(filter)}`, Assignment, args, body.id, (knex, ids) => {
    const qb = knex('assignment as e').select('e.*', 'e.body_id as _group').whereIn('e.body_id', ids);
    applyAssignmentFilter(qb, filter);
    return qb;
  }, DOCUMENT_ORDER, ['task']);
}

export function assignmentsOfTask(ctx: RequestContext, task: Task, args: ConnectionArgs, filter: AssignmentFilter | null = {}) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return nestedPage(ctx, `Task.assignments${JSON.stringify(filter)}`, Assignment, args, task.id, (knex, ids) => {
    const qb = knex('assignment as e').select('e.*', 'e.task_id as _group').whereIn('e.task_id', ids);
    applyAssignmentFilter(qb, filter);
    return qb;
  }, DOCUMENT_ORDER, ['body']);
}

function applyAssignmentFilter(qb: Knex.QueryBuilder, filter: AssignmentFilter): void {
  if (filter.role) qb.where('e.role', filter.role);
  if (filter.source) qb.where('e.source', filter.source);
  if (filter.wholePlan != null) filter.wholePlan ? qb.whereNull('e.task_id') : qb.whereNotNull('e.task_id');
}
