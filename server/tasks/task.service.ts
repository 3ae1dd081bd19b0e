import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { nestedPage, rootPage } from '../graphql/relay/pages';
import { whereTextMatches } from '../database/search';
import { Indicator } from '../indicators/indicator.entity';
import { Plan } from '../plan/plan.entity';
import { planIdOf } from '../plan/plan-scope';
import { Task } from './task.entity';
import { TaskFilter } from './task.inputs';

export function listTasks(ctx: RequestContext, filter: TaskFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, Task, args, (knex) => {
    const qb = knex('task as e').select('e.*');
    applyTaskFilter(knex, qb, filter);
    return qb;
  });
}

function applyTaskFilter(knex: Knex, qb: Knex.QueryBuilder, filter: TaskFilter): void {
  if (filter.planCode != null) qb.whereIn('e.plan_id', planIdOf(knex, filter.planCode));
  if (filter.kind) qb.where('e.kind', filter.kind);
  if (filter.sector) qb.where('e.sector', filter.sector);
  if (filter.topLevel != null) filter.topLevel ? qb.whereNull('e.parent_id') : qb.whereNotNull('e.parent_id');
  if (filter.parentCode != null) qb.whereIn('e.parent_id', knex('task').select('id').where('code', filter.parentCode));
  if (filter.bodyCode != null || filter.role) {
    const assigned = knex('assignment as a').select('a.task_id').whereNotNull('a.task_id');
    if (filter.role) assigned.where('a.role', filter.role);
    if (filter.bodyCode != null) {
      assigned.whereIn('a.body_id', knex('responsible_body').select('id').where('code', filter.bodyCode));
    }
    qb.whereIn('e.id', assigned);
  }
  if (filter.search) whereTextMatches(qb, ['e.code', 'e.title', 'e.title_en', 'e.text'], filter.search);
}

export function taskOf(ctx: RequestContext, id: number | undefined): Promise<Task | null> {
  return id == null ? Promise.resolve(null) : ctx.loaders.byId(Task).load(id);
}

export function childTasks(ctx: RequestContext, task: Task, args: ConnectionArgs) {
  return nestedPage(ctx, 'Task.children', Task, args, task.id, (knex, ids) =>
    knex('task as e').select('e.*', 'e.parent_id as _group').whereIn('e.parent_id', ids),
  );
}

export function tasksOfIndicator(ctx: RequestContext, indicator: Indicator, args: ConnectionArgs) {
  return nestedPage(ctx, 'Indicator.tasks', Task, args, indicator.id, (knex, ids) =>
    knex('task as e')
      .join('task_indicator as ti', 'ti.task_id', 'e.id')
      .select('e.*', 'ti.indicator_id as _group')
      .whereIn('ti.indicator_id', ids),
  );
}

export function planOfTask(ctx: RequestContext, task: Task): Promise<Plan | null> {
  return ctx.loaders.byId(Plan).load(task.plan.id);
}
