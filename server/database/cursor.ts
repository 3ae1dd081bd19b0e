import type { EntityManager } from '@mikro-orm/postgresql';
import { statementCountOf } from './sql-statement-counter';

interface CursorConnection {
  query(statement: { text: string; values?: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * The rows of a long read (an export), a batch at a time, through a cursor in
 * a read-only transaction on a connection of its own: one snapshot of the
 * data, and never the whole result in memory. Each FETCH is a statement of
 * its own, so `statement_timeout` bounds a batch, not the whole export.
 * Stops early when `signal` aborts (the client went away).
 */
export async function* cursorBatches<R>(
  em: EntityManager,
  text: string,
  values: readonly unknown[],
  batchSize: number,
  signal?: AbortSignal,
): AsyncGenerator<R[]> {
  const knex = em.getKnex();
  const pooled = (await knex.client.acquireConnection()) as CursorConnection;
  const connection = countingStatements(pooled, em);
  let inTransaction = false;
  try {
    await connection.query({ text: 'begin isolation level repeatable read read only' });
    inTransaction = true;
    // As knex announces its own statements: the statement counter sees this one too.
    knex.emit('query', { sql: text, bindings: values });
    await connection.query({ text: `declare export_rows no scroll cursor for ${text}`, values });
    while (!signal?.aborted) {
      const { rows } = await connection.query({ text: `fetch ${batchSize} from export_rows` });
      if (rows.length > 0) yield rows as R[];
      if (rows.length < batchSize) break;
    }
    await connection.query({ text: 'commit' });
    inTransaction = false;
  } finally {
    if (inTransaction) await connection.query({ text: 'rollback' }).catch(() => undefined);
    await knex.client.releaseConnection(pooled);
  }
}

/** Each statement on the cursor's connection counts toward the request's (MikroORM's logger never sees them). */
function countingStatements(connection: CursorConnection, em: EntityManager): CursorConnection {
  const count = statementCountOf(em);
  return {
    query: (statement) => {
      if (count) count.statements += 1;
      return connection.query(statement);
    },
  };
}
