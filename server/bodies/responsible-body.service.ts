import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import { runRead } from '../database/direct-statement';
import { readRow } from '../database/read-model';
import { successionRows, type Direction } from '../database/succession-links';
import { whereInForce } from '../database/validity';
import { isoDate } from '../platform/dates';
import { ResponsibleBodyChange } from './responsible-body-change.types';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { DOCUMENT_ORDER, nestedPage, rootPage } from '../graphql/relay/pages';
import { whereTextMatches } from '../database/search';
import { Task } from '../tasks/task.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { Assignment } from './assignment.entity';
import { bodiesWithDutiesIn } from './body-lineage';
import { AssignmentFilter, ResponsibleBodyFilter } from './responsible-body.inputs';
import { ResponsibleBody } from './responsible-body.entity';

export function listResponsibleBodies(ctx: RequestContext, filter: ResponsibleBodyFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, ResponsibleBody, args, (knex) => bodyList(knex, filter));
}

/** The bodies `responsibleBodies` lists, in document order (its one-statement read takes them from here too). */
export function bodyList(knex: Knex, filter: ResponsibleBodyFilter): Knex.QueryBuilder {
  const qb = knex('responsible_body as e').select('e.*');
  if (filter.kind) qb.where('e.kind', filter.kind);
  if (filter.expectedToReport != null) qb.where('e.expected_to_report', filter.expectedToReport);
  if (filter.search) whereTextMatches(qb, ['e.code', 'e.name', 'e.short_name', 'e.name_en'], filter.search);
  if (filter.asOf) whereInForce(qb, 'e', isoDate(filter.asOf));
  if (filter.planCode != null) qb.whereIn('e.id', bodiesWithDutiesIn(knex, filter.planCode));
  return qb;
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
  const given = filter ?? {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return nestedPage(ctx, `ResponsibleBody.assignments${JSON.stringify(given)}`, Assignment, args, body.id, (knex, ids) => assignmentList(knex, ids, given), DOCUMENT_ORDER, ['task']);
}

/** The duties of the bodies `ids` (`_group`: the body), in document order, as `assignments` lists them. */
export function assignmentList(knex: Knex, ids: readonly (number | string)[], filter: AssignmentFilter): Knex.QueryBuilder {
  const inherited = filter.includeInherited === true;
  const qb = inherited
    ? knex
        .withRecursive('lineage', ['body_id', 'holder_id'], (q) =>
          q
            .select('id', 'id')
            .from('responsible_body')
            .whereIn('id', ids)
            .union((u) => u.select('l.body_id', 's.predecessor_id').from('lineage as l').join('responsible_body_succession as s', 's.successor_id', 'l.holder_id')),
        )
        .select('e.*', 'l.body_id as _group')
        .from('assignment as e')
        .join('lineage as l', 'l.holder_id', 'e.body_id')
    : knex('assignment as e').select('e.*', 'e.body_id as _group').whereIn('e.body_id', ids);
  applyAssignmentFilter(qb, filter);
  return qb;
}

/**
 * Who holds a duty on a day: the body the plan named while it is in force;
 * after it ends, the bodies its functions passed to (through every change)
 * that are in force then. The assignment itself never changes.
 */
export function holdersOf(ctx: RequestContext, assignment: Assignment, day: string): Promise<ResponsibleBody[]> {
  return ctx.loaders
    .get(`Assignment.heldBy@${day}`, () =>
      new DataLoader<number, ResponsibleBody[]>(async (bodyIds) => {
        const knex = ctx.em.getKnex();
        const query = knex
          .withRecursive('chain', ['origin_id', 'body_id'], (q) =>
            q
              .select('id', 'id')
              .from('responsible_body')
              .whereIn('id', [...bodyIds])
              .union((u) => u.select('c.origin_id', 's.successor_id').from('chain as c').join('responsible_body_succession as s', 's.predecessor_id', 'c.body_id')),
          )
          .select('b.*', 'c.origin_id as _origin')
          .from('chain as c')
          .join('responsible_body as b', 'b.id', 'c.body_id')
          .orderBy(['b.position', 'b.id']);
        const rows = await runRead<Record<string, unknown>>(ctx.em, whereInForce(query, 'b', day));
        const byOrigin = new Map<number, ResponsibleBody[]>();
        for (const row of rows) {
          const origin = row._origin as number;
          byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), readRow(ctx.em, ResponsibleBody, row)]);
        }
        return bodyIds.map((id) => byOrigin.get(id) ?? []);
      }),
    )
    .load(assignment.body.id);
}

/** Where a body's functions went (successors) or came from (predecessors). */
export async function changesOfBody(ctx: RequestContext, body: ResponsibleBody, direction: Direction): Promise<ResponsibleBodyChange[]> {
  const rows = await successionRows(ctx.em, ctx.loaders, 'responsible_body_succession', 'responsible_body', direction, body.id);
  return rows.map((row) =>
    Object.assign(new ResponsibleBodyChange(), {
      bodyId: row.other_id,
      effectiveDate: isoDate(row.effective_date as Date | string),
      legalBasis: row.legal_basis as string | null,
      note: row.note as string | null,
      inferred: row.inferred as boolean,
      whole: row.whole as boolean,
    }),
  );
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
