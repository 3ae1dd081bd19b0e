import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The figures of accepted body reports on each period's own map are kept in
 * `indicator_figure` (migrations/Migration20261205060000_indicator_figures.ts),
 * so that the roll-up and analytics read them instead of building them: the
 * transaction that changes what they are built from keeps them current.
 */

/** In the transaction that accepts a body report: its period's figures for its indicators and units, built again. */
export async function refreshKeptFigures(tx: EntityManager, reportId: number): Promise<void> {
  await tx.getConnection().execute('select refresh_indicator_figures(?)', [reportId], 'run', tx.getTransactionContext());
}

/** When the units (and so what lies in what) change: every kept figure built again. */
export async function rebuildKeptFigures(tx: EntityManager): Promise<void> {
  // Not a request: at national scale it runs for a minute, past the requests' statement timeout.
  await tx.getConnection().execute('set local statement_timeout = 0', [], 'run', tx.getTransactionContext());
  await tx.getConnection().execute('select rebuild_indicator_figures()', [], 'run', tx.getTransactionContext());
}
