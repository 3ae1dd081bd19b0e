import type { Knex } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { nestedPage, rootPage } from '../graphql/relay/pages';
import { whereTaskInSubtree, whereTextMatches } from '../database/search';
import { Objective } from '../plan/objective.entity';
import { planIdOf } from '../plan/plan-scope';
import { Task } from '../tasks/task.entity';
import { Indicator } from './indicator.entity';
import { IndicatorFilter } from './indicator.inputs';
import { Target } from './target.entity';
import { groupBy } from '../platform/group-by';
import { readRows } from '../database/read-model';

export function listIndicators(ctx: RequestContext, filter: IndicatorFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, Indicator, args, (knex) => {
    const qb = knex('indicator as e').select('e.*');
    applyIndicatorFilter(knex, qb, filter);
    return qb;
  });
}

function applyIndicatorFilter(knex: Knex, qb: Knex.QueryBuilder, filter: IndicatorFilter): void {
  if (filter.planCode != null) qb.whereIn('e.plan_id', planIdOf(knex, filter.planCode));
  if (filter.measureKind) qb.where('e.measure_kind', filter.measureKind);
  if (filter.aggregation) qb.where('e.aggregation', filter.aggregation);
  if (filter.horizonYear != null || filter.objectiveKind) {
    const targets = knex('target as t').select('t.indicator_id');
    if (filter.horizonYear != null) targets.where('t.year', filter.horizonYear);
    if (filter.objectiveKind) {
      targets.join('objective as o', 'o.id', 't.objective_id').where('o.kind', filter.objectiveKind);
    }
    qb.whereIn('e.id', targets);
  }
  if (filter.taskCode != null) {
    const tasks = knex('task as t').select('t.id');
    whereTaskInSubtree(tasks, 't.code', filter.taskCode);
    qb.whereIn('e.id', knex('task_indicator').select('indicator_id').whereIn('task_id', tasks));
  }
  if (filter.bodyCode != null) {
    const assigned = knex('assignment as a')
      .join('responsible_body as b', 'b.id', 'a.body_id')
      .select('a.task_id')
      .where('b.code', filter.bodyCode);
    qb.whereIn('e.id', knex('task_indicator').select('indicator_id').whereIn('task_id', assigned));
  }
  if (filter.search) whereTextMatches(qb, ['e.code', 'e.name', 'e.name_en'], filter.search);
}

export function indicatorOf(ctx: RequestContext, id: number | undefined): Promise<Indicator | null> {
  return id == null ? Promise.resolve(null) : ctx.loaders.byId(Indicator).load(id);
}

/** Targets are few per indicator (one per horizon year): a plain list, batched. */
export function targetsOf(ctx: RequestContext, indicator: Indicator): Promise<Target[]> {
  return ctx.loaders
    .get('Indicator.targets', () =>
      new DataLoader<number, Target[]>(async (ids) => {
        const query = ctx.em.getKnex()('target').select('*').whereIn('indicator_id', [...ids]).orderBy(['year', 'id']);
        const targets = await readRows(ctx.em, Target, query);
        const groups = groupBy(targets, (t) => t.indicator.id);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    )
    .load(indicator.id);
}

export function indicatorsOfTask(ctx: RequestContext, task: Task, args: ConnectionArgs) {
  return nestedPage(ctx, 'Task.indicators', Indicator, args, task.id, taskIndicatorList);
}

/** The indicators of the tasks `ids` (`_group`: the task), in document order, as `Task.indicators` lists them. */
export function taskIndicatorList(knex: Knex, ids: readonly (number | string)[]): Knex.QueryBuilder {
  return knex('indicator as e').join('task_indicator as ti', 'ti.indicator_id', 'e.id').select('e.*', 'ti.task_id as _group').whereIn('ti.task_id', ids);
}

export function indicatorsOfObjective(ctx: RequestContext, objective: Objective, args: ConnectionArgs) {
  return nestedPage(ctx, 'Objective.indicators', Indicator, args, objective.id, (knex, ids) =>
    knex('indicator as e')
      .join(knex('target').distinct('indicator_id', 'objective_id').as('t'), 't.indicator_id', 'e.id')
      .select('e.*', 't.objective_id as _group')
      .whereIn('t.objective_id', ids),
  );
}

export function subIndicators(ctx: RequestContext, indicator: Indicator, args: ConnectionArgs) {
  return nestedPage(ctx, 'Indicator.breakdowns', Indicator, args, indicator.id, (knex, ids) =>
    knex('indicator as e').select('e.*', 'e.parent_id as _group').whereIn('e.parent_id', ids),
  );
}
