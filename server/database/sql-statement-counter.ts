import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from '@mikro-orm/postgresql';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();
const instrumented = new WeakSet<object>();

/**
 * Counts the SQL statements each request sends. Knex emits `query` synchronously
 * inside the caller's async context, so AsyncLocalStorage attributes every
 * statement to the request that caused it, even with requests in parallel.
 */
export function instrumentSqlStatements(knex: Knex): void {
  if (instrumented.has(knex)) return;
  instrumented.add(knex);
  knex.on('query', () => {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
  });
}

export async function countingSqlStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: Counter = { statements: 0 };
  const result = await storage.run(counter, work);
  return { result, statements: counter.statements };
}
