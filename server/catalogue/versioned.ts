import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outcome } from '../graphql/mutations/outcome';
import { userError, UserErrorCode } from '../graphql/mutations/user-error';

/** An object of the catalogue that a write must quote the version of. */
export interface Versioned {
  version: number;
}

/**
 * Loads the object under a row lock (concurrent writes queue), and checks the
 * version the caller read: a stale one is a CONFLICT, and nothing is
 * overwritten.
 */
export async function lockVersioned<T extends Versioned & object>(
  tx: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  version: number,
  field: string,
  what: string,
): Promise<Outcome<T>> {
  const found = await tx.findOne(entity, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found) return { errors: [userError(UserErrorCode.NOT_FOUND, [field], `No ${what}`)] };
  if (found.version !== version) {
    return { errors: [userError(UserErrorCode.CONFLICT, ['version'], `The ${entity.name} is at version ${found.version}, not ${version}: read it again, then retry`)] };
  }
  return { ok: found };
}
