import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../database/transaction';
import type { CatalogueFile } from './catalogue-file';
import { checkCatalogueFile } from './check-catalogue-file';
import { CatalogueImport, CatalogueImportError, importCatalogue } from './import-catalogue';

/** Carries a dry run's outcome out of the transaction it rolls back. */
class DryRunDone extends Error {
  constructor(readonly outcome: CatalogueImport) {
    super('dry run');
  }
}

/**
 * Checks a parsed file, then applies it as one transaction; a dry run does
 * all of it (so the database's constraints are checked too) and rolls back.
 * `prepare` runs first in the same transaction (the CLI loads the units into
 * an empty database there).
 */
export async function applyCatalogueFile(
  em: EntityManager,
  input: unknown,
  options: { dryRun?: boolean; prepare?: (tx: EntityManager) => Promise<void> } = {},
): Promise<CatalogueImport> {
  const problems = checkCatalogueFile(input);
  if (problems.length) throw new CatalogueImportError(problems);
  try {
    return await inTransaction(em, async (tx) => {
      await options.prepare?.(tx);
      const outcome = await importCatalogue(tx, input as CatalogueFile);
      if (options.dryRun) throw new DryRunDone(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.outcome;
    throw error;
  }
}
