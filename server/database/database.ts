import type { EntityClass } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../platform/logger';
import { startEmbeddedPostgres, EmbeddedPostgres } from './embedded-postgres';
import { createOrmConfig } from './orm.config';
import { instrumentSqlStatements } from './sql-statement-counter';

export interface Database {
  orm: MikroORM;
  /** Human-readable description for logs: never contains a password. */
  description: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  databasePoolSize?: number;
  /** statement_timeout of every connection: no SQL statement runs longer. */
  statementTimeoutMs?: number;
  /** The tables: every part's entities (server/parts.ts). */
  entities: EntityClass<unknown>[];
}

const DEFAULT_POOL_SIZE = 10;

/** Opens the configured PostgreSQL server, or starts the embedded one when no URL is set. */
export async function openDatabase(options: DatabaseOptions, logger: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  let description: string;
  if (url) {
    description = `PostgreSQL server at ${redactUrl(url)}`;
  } else {
    embedded = await startEmbeddedPostgres(options.dataDir, (message) => logger.warn({ dataDir: options.dataDir }, message));
    url = embedded.url;
    description = `embedded PostgreSQL (PGlite) with data in ${embedded.dataDir}, on the Unix socket in ${embedded.socketDir}`;
  }
  logger.info({ database: description }, `using ${description}`);
  try {
    // PGlite runs a single backend that every socket connection shares, so two
    // pooled connections would interleave inside each other's transactions.
    const poolSize = embedded ? 1 : (options.databasePoolSize ?? DEFAULT_POOL_SIZE);
    const orm = await MikroORM.init(createOrmConfig(url, options.entities, { pool: { min: 0, max: poolSize, afterCreate: setStatementTimeout(options.statementTimeoutMs) } }));
    instrumentSqlStatements(orm.em.getKnex());
    return {
      orm,
      description,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

type RawConnection = { query(sql: string, callback: (error: Error | null) => void): void };

function setStatementTimeout(ms: number | undefined) {
  return (connection: RawConnection, done: (error: Error | null, connection: RawConnection) => void) => {
    if (!ms) return done(null, connection);
    connection.query(`set statement_timeout = ${Math.floor(ms)}`, (error) => done(error, connection));
  };
}

export async function migrateDatabase(orm: MikroORM, logger: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, `applied ${applied.length} migration(s)`);
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
