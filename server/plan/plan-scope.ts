import type { Knex } from '@mikro-orm/postgresql';

/** The id of the plan with this code, as a subquery: lists of a plan's objects filter on it (`planCode`). */
export function planIdOf(knex: Knex, planCode: string): Knex.QueryBuilder {
  return knex('plan').select('id').where('code', planCode);
}
