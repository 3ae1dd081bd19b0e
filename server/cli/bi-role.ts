/**
 * `npm run db:bi-role -- --login bi_reader [--password <secret>]`: a read-only
 * role for BI tools that connect to PostgreSQL, limited to the `bi` schema.
 * Prints the password once (a new random one unless given).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createBiRole } from '../analytics/bi/bi-role';
import { migrateDatabase, openDatabase } from '../database/database';
import { ENTITIES } from '../parts';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { login: { type: 'string' }, password: { type: 'string' } } });
  if (!values.login) throw new Error('usage: npm run db:bi-role -- --login <role> [--password <secret>]');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({ ...config, entities: ENTITIES }, logger);
  try {
    await migrateDatabase(database.orm, logger);
    const role = await createBiRole(database.orm.em.fork(), values.login, values.password);
    console.log(`${role.created ? 'Created' : 'Updated'} the role "${role.login}": it may read the views of the schema bi, and nothing else.`);
    if (!values.password) console.log(`Its password, shown this once: ${role.password}`);
    if (!config.databaseUrl) console.log('This is the embedded database: BI tools cannot connect to it. Set DATABASE_URL to a PostgreSQL server.');
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
