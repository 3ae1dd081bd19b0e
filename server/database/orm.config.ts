import { defineConfig, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { MIGRATIONS } from '../../migrations';
import type { EntityClass } from '@mikro-orm/core';
import { CountingEntityManager, CountingLogger } from './sql-statement-counter';

export function createOrmConfig(clientUrl: string, entities: EntityClass<unknown>[], overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    ...socketHost(clientUrl),
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Each request's SQL statements are counted through its EntityManager (sql-statement-counter.ts).
    entityManager: CountingEntityManager,
    loggerFactory: (options) => new CountingLogger(options),
    pool: { min: 0, max: 10 },
    // Relations are resolved through per-request DataLoaders, never lazily.
    populateWhere: 'infer',
    // Kept by SQL functions, not by entities (migrations/Migration20261205060000_indicator_figures.ts, ...110000_kept_figures_current_map.ts).
    schemaGenerator: { skipTables: ['indicator_figure', 'indicator_figure_map'] },
    migrations: {
      migrationsList: MIGRATIONS,
      path: 'migrations',
      pathTs: 'migrations',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    ...overrides,
  });
}

/**
 * A Unix socket given as `?host=/dir` (libpq's form, which `pg` reads): MikroORM
 * takes the host from the URL's authority only, and would connect to TCP
 * localhost instead, so the folder is passed on its own.
 */
function socketHost(clientUrl: string): { host?: string } {
  try {
    const host = new URL(clientUrl).searchParams.get('host');
    return host?.startsWith('/') ? { host } : {};
  } catch {
    return {};
  }
}
