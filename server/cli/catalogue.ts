/**
 * `npm run catalogue:export [-- --plan CODE] > plan.json` writes a plan's
 * catalogue; `npm run catalogue:import -- plan.json [--dry-run]` prints what
 * the file adds, changes and ends, then applies it as one transaction (or,
 * with --dry-run, applies nothing). The format: README "The catalogue as a
 * file". Uses DATABASE_URL, or the embedded database under DATA_DIR.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeDifferences } from '../catalogue/file/catalogue-diff';
import { applyCatalogueFile } from '../catalogue/file/apply-catalogue-file';
import { exportCatalogue } from '../catalogue/file/export-catalogue';
import { migrateDatabase, openDatabase } from '../database/database';
import { ENTITIES } from '../parts';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { dataHash, seedAdministrativeUnits } from '../seed/seed';
import { readPlanData } from '../seed/seed-data';
import { SeedState } from '../seed/seed-state.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';

const USAGE = 'usage: catalogue export [--plan CODE] | catalogue import FILE [--dry-run]';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { plan: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  const [command, path] = positionals;
  if (command !== 'export' && !(command === 'import' && path)) throw new Error(USAGE);
  const input = command === 'import' ? parseFile(path) : null;
  const config = loadConfig();
  // stdout is the command's output: the export's JSON, the import's difference.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 2);
  const database = await openDatabase({ ...config, entities: ENTITIES }, logger);
  try {
    await migrateDatabase(database.orm, logger);
    const em = database.orm.em.fork();
    if (command === 'export') {
      const file = await exportCatalogue(em, values.plan);
      if (!file) throw new Error(values.plan ? `no plan ${values.plan} in the database` : 'the database holds no plan yet');
      process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
      return;
    }
    const dryRun = values['dry-run'] ?? false;
    const outcome = await applyCatalogueFile(em, input, { dryRun, prepare: loadUnitsIfNone });
    process.stdout.write(`${describeDifferences((input as { plan: { code: string } }).plan.code, outcome.differences)}\n`);
    process.stdout.write(dryRun ? 'dry run: nothing was applied\n' : `applied: ${JSON.stringify(outcome.counts)}\n`);
  } finally {
    await database.close();
  }
}

/**
 * An empty database gets the units first (the product's reference data), and
 * is marked as seeded, so that the server does not load the project's own
 * plan over the one imported.
 */
async function loadUnitsIfNone(tx: Parameters<typeof seedAdministrativeUnits>[0]): Promise<void> {
  if (await tx.count(AdministrativeUnit, {})) return;
  const data = readPlanData();
  await seedAdministrativeUnits(tx, data);
  tx.create(SeedState, { id: 1, dataHash: dataHash(data), seededAt: new Date() });
}

function parseFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : error}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
