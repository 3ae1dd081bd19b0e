/**
 * Configuration from the environment, validated once at start so that a typo
 * fails loudly instead of falling back to a default nobody asked for.
 */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL (PGlite) is started under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Connections in the pool; the embedded database always uses one (see openDatabase). */
  databasePoolSize?: number;
  logLevel: LogLevel;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const port = parsePort(env.PORT, problems);
  const host = env.HOST?.trim() || '127.0.0.1';
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL, problems);
  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }
  const dataDir = env.DATA_DIR?.trim() || '.data/pglite';
  const databasePoolSize = parsePoolSize(env.DATABASE_POOL_SIZE, problems);
  if (problems.length) throw new ConfigError(problems);
  return { port, host, databaseUrl, dataDir, databasePoolSize, logLevel };
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be an integer from 0 to 65535 (got "${raw}")`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      problems.push(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.protocol}")`);
    }
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected postgres://user@host:port/database)');
  }
  return raw.trim();
}

function parsePoolSize(raw: string | undefined, problems: string[]): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    problems.push(`DATABASE_POOL_SIZE must be an integer from 1 to 100 (got "${raw}")`);
  }
  return size;
}
