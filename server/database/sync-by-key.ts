import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery, RequiredEntityData } from '@mikro-orm/core';

/**
 * Creates or updates rows matched by a natural key, so that loading the same
 * data twice leaves the database as loading it once (and keeps row ids, hence
 * global IDs, stable). Rows absent from `items` are left alone. `dataOf` gets
 * the item's index too: the catalogue's order is its position.
 */
export async function syncByKey<T extends object, I>(
  em: EntityManager,
  entity: EntityClass<T>,
  items: readonly I[],
  keyOfItem: (item: I) => string,
  keyOfEntity: (row: T) => string,
  dataOf: (item: I, index: number) => RequiredEntityData<T>,
  existingWhere: FilterQuery<T> = {} as FilterQuery<T>,
): Promise<Map<string, T>> {
  const existing = new Map((await em.find(entity, existingWhere)).map((row) => [keyOfEntity(row), row]));
  const result = new Map<string, T>();
  for (const [index, item] of items.entries()) {
    const key = keyOfItem(item);
    const data = dataOf(item, index);
    const row = existing.get(key);
    if (row) em.assign(row, data as never);
    result.set(key, row ?? em.create(entity, data));
  }
  await em.flush();
  return result;
}
