import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from '@mikro-orm/postgresql';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();
const instrumented = new WeakSet<object>();
let countingRequests = 0;
let statementsSent = 0;

/** Every statement this process has sent, counted or not (for /metrics). */
export function sqlStatementsSent(): number {
  return statementsSent;
}

/**
 * Counts the SQL statements of the requests that ask for it. Knex emits `query`
 * (and so do the reads of direct-statement.ts, on the same knex) synchronously
 * inside the caller's async context, so AsyncLocalStorage
 * attributes every statement to the request that caused it, even with requests
 * in parallel.
 */
export function instrumentSqlStatements(knex: Knex): void {
  if (instrumented.has(knex)) return;
  instrumented.add(knex);
  knex.on('query', countSqlStatement);
}

/**
 * An active AsyncLocalStorage makes Node track the context of every promise,
 * in every request: about a quarter of the server's CPU under load. So the
 * storage is on only while a counted request runs.
 */
export async function countingSqlStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: Counter = { statements: 0 };
  countingRequests += 1;
  try {
    const result = await storage.run(counter, work);
    return { result, statements: counter.statements };
  } finally {
    countingRequests -= 1;
    if (countingRequests === 0) storage.disable();
  }
}

/** Counts one statement for the current request, if it is counted. */
function countSqlStatement(): void {
  statementsSent += 1;
  const counter = storage.getStore();
  if (counter) counter.statements += 1;
}
