/**
 * Database commands: `migrate`, `seed`, `create-migration <name>`.
 * Uses DATABASE_URL, or the embedded database under DATA_DIR when unset.
 */
import 'reflect-metadata';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { dataHash, seedDatabase } from '../seed/seed';
import { readPlanData } from '../seed/seed-data';
import { SeedState } from '../seed/seed-state.entity';
import { migrateDatabase, openDatabase } from '../database/database';
import { ENTITIES } from '../parts';

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({ ...config, entities: ENTITIES }, logger);
  try {
    switch (command) {
      case 'migrate':
        await migrateDatabase(database.orm, logger);
        break;
      case 'seed':
        await migrateDatabase(database.orm, logger);
        logger.info({ counts: await seedDatabase(database.orm.em.fork()) }, 'seed loaded');
        await database.orm.em.fork().upsert(SeedState, { id: 1, dataHash: dataHash(readPlanData()), seededAt: new Date() });
        break;
      case 'create-migration': {
        const name = rest[0];
        if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: create-migration <snake_case_name>');
        const result = await database.orm.getMigrator().createMigration('migrations', false, false, name);
        logger.info({ file: result.fileName }, result.diff.up.length ? 'migration written' : 'no schema change');
        break;
      }
      default:
        throw new Error(`unknown command "${command}": use migrate, seed or create-migration <name>`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
