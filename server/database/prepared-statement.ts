import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { countSqlStatement } from './sql-statement-counter';

interface PooledClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const suffixes = new WeakMap<object, string>();

/**
 * A random name per connection: the embedded database serves every connection
 * (of every process using it) from one session, where a second connection
 * preparing the same name would fail.
 */
function suffixOf(connection: object): string {
  let suffix = suffixes.get(connection);
  if (suffix === undefined) suffixes.set(connection, (suffix = randomBytes(6).toString('hex')));
  return suffix;
}

/**
 * Runs a fixed SQL text (placeholders $1, $2...) as a named prepared statement.
 * PostgreSQL then plans it once per connection instead of on every request:
 * for the roll-up's CTEs, planning took as long as running (EXPLAIN ANALYZE,
 * bench/README.md). MikroORM would inline the values into a new text each time.
 */
export async function runPrepared<R>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<R[]> {
  const client = em.getKnex().client;
  const connection = (await client.acquireConnection()) as PooledClient;
  try {
    countSqlStatement();
    return (await connection.query({ name: `${name}_${suffixOf(connection)}`, text, values })).rows as R[];
  } finally {
    await client.releaseConnection(connection);
  }
}
