import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Outcome } from '../graphql/mutations/outcome';
import { userError, UserErrorCode } from '../graphql/mutations/user-error';
import { Plan } from './plan.entity';

/** The id of the plan with this code, as a subquery: lists of a plan's objects filter on it (`planCode`). */
export function planIdOf(knex: Knex, planCode: string): Knex.QueryBuilder {
  return knex('plan').select('id').where('code', planCode);
}

/**
 * The plan a new object goes into: the one its parent (a task) is in, which
 * callers look up in `planCode`'s plan (plan-codes.ts); else the plan named,
 * or the only one. With several plans and no parent, the caller must name it.
 */
export async function planOfNew(tx: EntityManager, parent: { plan: { id: number } } | null, planCode: string | null | undefined): Promise<Outcome<Plan>> {
  if (parent) return { ok: await tx.findOneOrFail(Plan, parent.plan.id) };
  const plans = await tx.find(Plan, planCode != null ? { code: planCode } : {}, { orderBy: { id: 'asc' }, limit: 2 });
  if (planCode != null && !plans.length) return { errors: [userError(UserErrorCode.NOT_FOUND, ['planCode'], `No plan has the code "${planCode}"`)] };
  if (plans.length > 1) return { errors: [userError(UserErrorCode.BLANK, ['planCode'], 'The database holds several plans: name the one this belongs to (planCode)')] };
  return plans.length ? { ok: plans[0] } : { errors: [userError(UserErrorCode.NOT_FOUND, ['planCode'], 'The database holds no plan')] };
}

/** The ids of the reporting periods that fall in the plan's years, as a subquery. */
export function periodsOfPlan(knex: Knex, planCode: string): Knex.QueryBuilder {
  return knex('reporting_period as rp')
    .select('rp.id')
    .join('plan as pl', (on) => on.on('rp.year', '>=', 'pl.start_year').andOn('rp.year', '<=', 'pl.end_year'))
    .where('pl.code', planCode);
}

/** The ids of the units of the plan's area on any day (`Plan.territory` over time) and of every unit under them, as a subquery. */
export function unitsOfPlan(knex: Knex, planCode: string): Knex.QueryBuilder {
  return knex
    .withRecursive('area', ['id'], (q) =>
      q
        .select('administrative_unit_id')
        .from('plan_territory_unit')
        .whereIn('plan_id', planIdOf(knex, planCode))
        .union((u) => u.select('c.id').from('administrative_unit as c').join('area as a', 'c.parent_id', 'a.id')),
    )
    .select('id')
    .from('area');
}
