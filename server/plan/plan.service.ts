import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { nestedPage, rootPage } from '../graphql/relay/pages';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { whereInForce } from '../database/validity';
import { Objective } from './objective.entity';
import { ObjectiveFilter } from './plan.inputs';
import { Plan } from './plan.entity';
import { planIdOf } from './plan-scope';

export function listPlans(ctx: RequestContext, args: ConnectionArgs) {
  return rootPage(ctx, Plan, args, (knex) => knex('plan as e').select('e.*'), ['id']);
}

export function findPlan(ctx: RequestContext, code: string): Promise<Plan | null> {
  return ctx.loaders.byUnique<Plan, string>(Plan, 'code').load(code);
}

export function planOf(ctx: RequestContext, id: number): Promise<Plan | null> {
  return ctx.loaders.byId(Plan).load(id);
}

export function listObjectives(ctx: RequestContext, filter: ObjectiveFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, Objective, args, (knex) => {
    const qb = knex('objective as e').select('e.*');
    if (filter.planCode != null) qb.whereIn('e.plan_id', planIdOf(knex, filter.planCode));
    if (filter.kind) qb.where('e.kind', filter.kind);
    if (filter.horizonYear != null) qb.where('e.horizon_year', filter.horizonYear);
    return qb;
  });
}

export function objectiveOf(ctx: RequestContext, id: number): Promise<Objective | null> {
  return ctx.loaders.byId(Objective).load(id);
}

/** The units that make up the plan's area on a day: the province before 1 July 2025, its 37 successor communes after. */
export function territoryOf(ctx: RequestContext, plan: Plan, day: string, args: ConnectionArgs) {
  return nestedPage(ctx, `Plan.territory@${day}`, AdministrativeUnit, args, plan.id, (knex, ids) =>
    whereInForce(
      knex('administrative_unit as e').select('e.*', 't.plan_id as _group').join('plan_territory_unit as t', 't.administrative_unit_id', 'e.id').whereIn('t.plan_id', ids),
      'e',
      day,
    ),
  );
}
