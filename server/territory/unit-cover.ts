import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * `administrative_unit_cover` (a materialized view, defined in the migration
 * Migration20261201230000_units_through_time) says, for each unit on any map,
 * which units at its level or above it lies in (exact) or overlaps. It is
 * derived from parents and successions: refresh it whenever either changes.
 */
export async function refreshUnitCover(em: EntityManager): Promise<void> {
  await em.execute('refresh materialized view administrative_unit_cover');
}
