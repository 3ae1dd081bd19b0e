import 'reflect-metadata';
import { CHROMIUM, HAS_CHROMIUM } from '../browser/browser';
import { createTestDatabase } from './test-database';

/**
 * Creates the run's database only: MikroORM must not be initialised here, in
 * jest's outer context (mikro-orm/mikro-orm#3783). The first test app migrates
 * and seeds it, as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  // More for tests that need a database of their own: the fuzz test (its writes must not reach the
  // others), the upgrade test (it starts from an old schema), the analytics test (its figures are
  // exact sums, which another file's reports for the same period would change) and the catalogue test
  // (an administrator's changes to the plan would reach every other file), and an empty one that
  // the catalogue-file test imports into. Made here because
  // PGlite cannot start inside a test file: jest's module sandbox has no dynamic import.
  const spare = await createTestDatabase();
  const upgrade = await createTestDatabase();
  const analytics = await createTestDatabase();
  const catalogue = await createTestDatabase();
  const catalogueFile = await createTestDatabase();
  (globalThis as Record<string, unknown>).__TEST_DATABASES__ = [database, spare, upgrade, analytics, catalogue, catalogueFile];
  // Test files read the URL from here; workers inherit the environment.
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_DATABASE_KIND = database.kind;
  process.env.TEST_SPARE_DATABASE_URL = spare.url;
  process.env.TEST_UPGRADE_DATABASE_URL = upgrade.url;
  process.env.TEST_ANALYTICS_DATABASE_URL = analytics.url;
  process.env.TEST_CATALOGUE_DATABASE_URL = catalogue.url;
  process.env.TEST_CATALOGUE_FILE_DATABASE_URL = catalogueFile.url;
  // Here, because jest prints nothing of a suite that it skips whole.
  if (!HAS_CHROMIUM) console.log(`\n[tests] Chromium not found at ${CHROMIUM}: the browser tests (tests/browser) are SKIPPED; install Debian's chromium or set CHROMIUM_PATH`);
  console.log(`\n[tests] ${database.kind === 'embedded' ? 'embedded PGlite' : 'PostgreSQL server'}: ${database.url}`);
}
