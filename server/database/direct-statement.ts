import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { statementCountOf, type SqlStatementCount } from './sql-statement-counter';

/** Where a read outside any transaction runs without an EntityManager: the pool, and the count its statement goes to. */
export interface Reader {
  knex: Knex;
  count?: SqlStatementCount;
}

function readerOf(on: EntityManager | Reader): Reader {
  return 'knex' in on ? on : { knex: on.getKnex(), count: statementCountOf(on) };
}

/**
 * `column` matched against an array parameter (`$7::text[]`) that holds
 * `count` elements. Of `= any($n)` PostgreSQL's generic plan guesses several
 * elements (13 units for an area, 46 for a unit's cover), so it cost more
 * than the custom plans and the statement was planned again on every request
 * (1.3-2.8 ms at L). One element is matched by equality, which it estimates
 * at one row: a text of its own, whose generic plan is kept. The caller names
 * the two texts apart.
 */
export function matchesArray(column: string, parameter: string, count: number): string {
  return count === 1 ? `${column} = (${parameter})[1]` : `${column} = any(${parameter})`;
}

/** SQL with `?` placeholders and their values, as knex compiles it. */
export interface CompiledQuery {
  sql: string;
  bindings: readonly unknown[];
}

interface Statement {
  name?: string;
  text: string;
  values?: readonly unknown[];
}

interface PooledClient {
  query(statement: Statement | string): Promise<{ rows: unknown[] }>;
  /** pg's record of the names this connection has prepared. */
  connection?: { parsedStatements?: Record<string, string> };
}

/**
 * Where a connection does not own its session, the name may be taken
 * (PGlite serves every connection from one session; so does a transaction
 * pooler) or gone: then the statement runs unnamed, planned as it comes.
 */
const NAME_TAKEN = '42P05';
const NAME_UNKNOWN = '26000';
/**
 * "cached plan must not change result type": a table's columns changed under
 * a prepared `select *` (another instance migrated the database). The name is
 * dropped, to be prepared afresh next time, and the read runs unnamed.
 */
const STALE_PLAN_CODE = '0A000';
const STALE_PLAN = /cached plan must not change result type/;

async function forget(connection: PooledClient, name: string): Promise<void> {
  await connection.query(`deallocate "${name}"`);
  delete connection.connection?.parsedStatements?.[name];
}

/**
 * Runs a read built with knex on a pooled connection. `em.execute` would
 * hand the formatted text to knex to compile again and run it through knex's
 * runner (bench/README.md). Inside a transaction the read goes through
 * `em`, which holds the transaction's connection.
 *
 * Outside one it is a named prepared statement, named by its text: a read
 * of the same shape (the values apart) is planned once per connection, not
 * on every request. The driver sends bind and execute in one write. Texts
 * vary with the length of lists (`in (?, ?)`), and every name costs each
 * connection memory in PostgreSQL: past `MAX_NAMED_READS` texts, a new one
 * runs unnamed, planned as it comes.
 */
export async function runRead<R>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw | CompiledQuery): Promise<R[]> {
  const { sql, bindings } = 'toSQL' in query ? query.toSQL() : query;
  if (em.getTransactionContext()) return em.execute(sql, bindings as unknown[]) as Promise<R[]>;
  const native = em.getKnex().raw(sql, bindings as Knex.RawBinding[]).toSQL().toNative();
  return runNamedRead(em, native.sql, native.bindings as unknown[]);
}

/** A read in PostgreSQL's own placeholders ($1, $2...), outside a transaction: named by its text, as `runRead` names its reads. */
export async function runNamedRead<R>(on: EntityManager | Reader, text: string, values: readonly unknown[]): Promise<R[]> {
  let name = namedReads.get(text);
  if (name === undefined && namedReads.size < MAX_NAMED_READS) namedReads.set(text, (name = `read-${statementKey(text)}`));
  return onPooledConnection(on, { name, text, values });
}

export const MAX_NAMED_READS = 500;
/** The names given, by text: looking a text up costs less than hashing it again (1.5 % of the CPU under load). */
const namedReads = new Map<string, string>();

/** A short name for a statement text, for `runPrepared`: the same text, the same name. */
export function statementKey(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 20);
}

/**
 * Runs a fixed SQL text (placeholders $1, $2...) as a named prepared statement.
 * PostgreSQL then plans it once per connection instead of on every request:
 * for the roll-up's CTEs, planning took as long as running (EXPLAIN ANALYZE,
 * bench/README.md). Reads outside a transaction only: a refused name would
 * abort one.
 */
export async function runPrepared<R>(on: EntityManager | Reader, name: string, text: string, values: unknown[]): Promise<R[]> {
  return onPooledConnection(on, { name, text, values });
}

async function onPooledConnection<R>(on: EntityManager | Reader, statement: Statement): Promise<R[]> {
  const { knex, count } = readerOf(on);
  const connection = (await knex.client.acquireConnection()) as PooledClient;
  try {
    // As knex announces its own statements: the statement counter and any other listener see these too.
    knex.emit('query', { sql: statement.text, bindings: statement.values ?? [] });
    // MikroORM's logger counts the statements it runs; this one it never sees.
    if (count) count.statements += 1;
    try {
      return (await connection.query(statement)).rows as R[];
    } catch (error) {
      const code = (error as { code?: string }).code;
      const stale = code === STALE_PLAN_CODE && STALE_PLAN.test((error as Error).message);
      if (!statement.name || (code !== NAME_TAKEN && code !== NAME_UNKNOWN && !stale)) throw error;
      if (stale) await forget(connection, statement.name);
      return (await connection.query({ text: statement.text, values: statement.values })).rows as R[];
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
