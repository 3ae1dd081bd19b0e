import type { EntityManager } from '@mikro-orm/postgresql';
import { countSqlStatement } from './sql-statement-counter';

interface PooledClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Where a connection does not own its session, the name may be taken
 * (PGlite serves every connection from one session; so does a transaction
 * pooler) or gone: then the statement runs unnamed, planned as it comes.
 */
const NAME_TAKEN = '42P05';
const NAME_UNKNOWN = '26000';

/**
 * Runs a fixed SQL text (placeholders $1, $2...) as a named prepared statement.
 * PostgreSQL then plans it once per connection instead of on every request:
 * for the roll-up's CTEs, planning took as long as running (EXPLAIN ANALYZE,
 * bench/README.md). MikroORM would inline the values into a new text each time.
 * Reads outside a transaction only: a refused name would abort one.
 */
export async function runPrepared<R>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<R[]> {
  const client = em.getKnex().client;
  const connection = (await client.acquireConnection()) as PooledClient;
  try {
    countSqlStatement();
    try {
      return (await connection.query({ name, text, values })).rows as R[];
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== NAME_TAKEN && code !== NAME_UNKNOWN) throw error;
      return (await connection.query({ text, values })).rows as R[];
    }
  } finally {
    await client.releaseConnection(connection);
  }
}
