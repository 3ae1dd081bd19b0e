import type { Knex } from '@mikro-orm/postgresql';

/**
 * Units and bodies exist in a form for a span of days: from their first day
 * (none recorded: since before the sources) to their last (none: still).
 * Every lookup of a unit or a body on a day follows this rule. Unit codes
 * are reused, so a code names a unit only on a day.
 */
export function inForceSql(alias: string): string {
  return `(${alias}.valid_from is null or ${alias}.valid_from <= ?::date) and (${alias}.valid_to is null or ${alias}.valid_to >= ?::date)`;
}

export function whereInForce(qb: Knex.QueryBuilder, alias: string, day: string): Knex.QueryBuilder {
  return qb.whereRaw(inForceSql(alias), [day, day]);
}

export function isInForce(unit: { validFrom?: string | null; validTo?: string | null }, day: string): boolean {
  return (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day);
}
