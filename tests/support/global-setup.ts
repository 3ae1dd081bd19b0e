import 'reflect-metadata';
import { createTestDatabase } from './test-database';

/**
 * Creates the run's database only: MikroORM must not be initialised here, in
 * jest's outer context (mikro-orm/mikro-orm#3783). The first test app migrates
 * and seeds it, as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  (globalThis as Record<string, unknown>).__TEST_DATABASE__ = database;
  // Test files read the URL from here; workers inherit the environment.
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_DATABASE_KIND = database.kind;
  console.log(`\n[tests] ${database.kind === 'embedded' ? 'embedded PGlite' : 'PostgreSQL server'}: ${database.url}`);
}
