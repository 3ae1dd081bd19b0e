import { DefaultLogger, type AnyEntity, type EntityData, type LogContext, type LoggingOptions, type QueryResult, type TransactionOptions } from '@mikro-orm/core';
import { SqlEntityManager, type EntityManager, type Knex, type PostgreSqlDriver } from '@mikro-orm/postgresql';

const instrumented = new WeakSet<object>();
let statementsSent = 0;

/** Every statement this process has sent (for /metrics). */
export function sqlStatementsSent(): number {
  return statementsSent;
}

/** Counts every statement sent through `knex`: MikroORM's, and the reads of direct-statement.ts, which announce theirs. */
export function instrumentSqlStatements(knex: Knex): void {
  if (instrumented.has(knex)) return;
  instrumented.add(knex);
  knex.on('query', () => (statementsSent += 1));
}

/** The SQL statements of one request, counted as they are sent. */
export class SqlStatementCount {
  statements = 0;
}

/**
 * A count travels in MikroORM's logger context, which an EntityManager hands
 * to its forks and transactions and passes with each statement. It is a class
 * instance: MikroORM copies the plain objects of a context when it merges
 * one, and shares anything else.
 */
const COUNT = 'sqlStatements';

/** A fork of `em` whose statements (its own forks' and transactions' too) count toward `count`. */
export function countedFork(em: EntityManager, count: SqlStatementCount): EntityManager {
  return em.fork({ loggerContext: countingInto(count) });
}

/** The logger context that makes a statement sent through MikroORM's connection count toward `count`. */
export function countingInto(count: SqlStatementCount | undefined): LogContext {
  return count ? { [COUNT]: count } : {};
}

/** The count `em`'s statements go to, if any. */
export function statementCountOf(em: EntityManager): SqlStatementCount | undefined {
  return countIn(em.getLoggerContext());
}

function countIn(context: Record<string, unknown> | undefined): SqlStatementCount | undefined {
  const count = context?.[COUNT];
  return count instanceof SqlStatementCount ? count : undefined;
}

/**
 * Each request's statements are counted apart, without an AsyncLocalStorage:
 * an active one makes Node track the context of every promise, in every
 * request (about a quarter of the server's CPU under load, bench/README.md).
 * MikroORM gives every statement it has run (a failed one too) to its
 * logger's logQuery, with the context of the EntityManager that ran it,
 * whatever the log level: the count is taken there, at the cost of an
 * increment.
 */
export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const count = countIn(context as Record<string, unknown>);
    if (count) count.statements += 1;
    super.logQuery(context);
  }
}

/**
 * `em.execute()` sends no logger context unless given one: this EntityManager
 * sends its own. Its transaction's BEGIN, COMMIT and ROLLBACK go out without
 * any: it counts them itself.
 */
export class CountingEntityManager extends SqlEntityManager<PostgreSqlDriver> {
  override async begin(options?: Omit<TransactionOptions, 'ignoreNestedTransactions'>): Promise<void> {
    await super.begin(options);
    this.countOne();
  }

  override async commit(): Promise<void> {
    await super.commit();
    this.countOne();
  }

  override async rollback(): Promise<void> {
    await super.rollback();
    this.countOne();
  }

  private countOne(): void {
    const count = statementCountOf(this);
    if (count) count.statements += 1;
  }

  override execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params?: unknown[],
    method?: 'all' | 'get' | 'run',
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    return super.execute<T>(queryOrKnex, params, method, loggerContext ?? this.getLoggerContext());
  }
}
