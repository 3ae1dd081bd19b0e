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
  limits: Limits;
  /** Origins whose web pages may call the API from a browser (CORS); empty: same origin only; `*`: any. */
  corsOrigins?: string[];
  /** When set, GET /metrics needs `Authorization: Bearer <it>`. */
  metricsToken?: string;
  /** Queries whose every field SQL can read are answered in one statement (server/graphql/sql-read); SQL_READS=off sends every one through the resolvers. */
  sqlReads: boolean;
}

/** What one request may ask for and how much a caller may ask per window (README: Limits). */
export interface Limits {
  /** Nodes a query may ask for, counted as GitHub counts them. */
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
  /** Lexical tokens in one document: bounds what parsing and validation may cost. */
  maxTokens: number;
  /** Fragment definitions in one document. */
  maxFragments: number;
  maxBodyBytes: number;
  /** Operations in one batched (JSON array) request. */
  maxBatchSize: number;
  /** Points per caller per window; a request costs one point per 100 nodes, at least 1. */
  rateLimitPoints: number;
  rateLimitWindowSeconds: number;
  /** Where spent points are counted: this process, or a table all instances share. */
  rateLimitStore: 'memory' | 'postgres';
  requestTimeoutMs: number;
  statementTimeoutMs: number;
  /** GraphQL requests executing at once in this process; more wait in a queue of `maxQueuedRequests`. */
  maxConcurrentRequests: number;
  maxQueuedRequests: number;
  /** Exports streaming at once (each holds a database connection), and how many may wait. */
  maxConcurrentExports: number;
  maxQueuedExports: number;
  /** How long a token found once is trusted without SQL (0: never); a revocation elsewhere takes this long to reach this process. */
  tokenCacheSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxCost: 50_000,
  maxDepth: 12,
  maxAliases: 50,
  maxFields: 1_000,
  maxTokens: 20_000,
  maxFragments: 200,
  maxBodyBytes: 1_000_000,
  maxBatchSize: 10,
  rateLimitPoints: 5_000,
  rateLimitWindowSeconds: 3_600,
  rateLimitStore: 'memory',
  requestTimeoutMs: 15_000,
  statementTimeoutMs: 10_000,
  maxConcurrentRequests: 4,
  maxQueuedRequests: 1_000,
  maxConcurrentExports: 2,
  maxQueuedExports: 20,
  tokenCacheSeconds: 10,
};

/** Environment variable, default and bounds of each numeric limit. */
const NUMERIC_LIMITS: Array<[keyof Limits, string, number, number]> = [
  ['maxCost', 'QUERY_MAX_COST', 1, 10_000_000],
  ['maxDepth', 'QUERY_MAX_DEPTH', 1, 100],
  ['maxAliases', 'QUERY_MAX_ALIASES', 0, 10_000],
  ['maxFields', 'QUERY_MAX_FIELDS', 1, 100_000],
  ['maxTokens', 'QUERY_MAX_TOKENS', 100, 1_000_000],
  ['maxFragments', 'QUERY_MAX_FRAGMENTS', 0, 10_000],
  ['maxBodyBytes', 'MAX_BODY_BYTES', 1_000, 100_000_000],
  ['maxBatchSize', 'MAX_BATCH_SIZE', 1, 100],
  ['rateLimitPoints', 'RATE_LIMIT_POINTS', 1, 1_000_000_000],
  ['rateLimitWindowSeconds', 'RATE_LIMIT_WINDOW_SECONDS', 1, 86_400],
  ['requestTimeoutMs', 'REQUEST_TIMEOUT_MS', 1, 600_000],
  ['statementTimeoutMs', 'STATEMENT_TIMEOUT_MS', 1, 600_000],
  ['maxConcurrentRequests', 'MAX_CONCURRENT_REQUESTS', 1, 1_000],
  ['maxQueuedRequests', 'MAX_QUEUED_REQUESTS', 0, 100_000],
  ['maxConcurrentExports', 'MAX_CONCURRENT_EXPORTS', 1, 100],
  ['maxQueuedExports', 'MAX_QUEUED_EXPORTS', 0, 10_000],
  ['tokenCacheSeconds', 'TOKEN_CACHE_SECONDS', 0, 3_600],
];

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
  const databasePoolSize = parseInteger(env, 'DATABASE_POOL_SIZE', 1, 100, problems);
  const limits = parseLimits(env, problems);
  const corsOrigins = parseOrigins(env.CORS_ORIGINS, problems);
  const metricsToken = env.METRICS_TOKEN?.trim() || undefined;
  const sqlReads = parseSwitch(env, 'SQL_READS', problems);
  if (problems.length) throw new ConfigError(problems);
  return { port, host, databaseUrl, dataDir, databasePoolSize, logLevel, limits, corsOrigins, metricsToken, sqlReads };
}

/** `on` (the default) or `off`. */
function parseSwitch(env: NodeJS.ProcessEnv, name: string, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  problems.push(`${name} must be on or off (got "${env[name]}")`);
  return true;
}

/** `https://app.example.org,http://127.0.0.1:5173`: each an origin (scheme, host and port, no path), or `*`. */
function parseOrigins(raw: string | undefined, problems: string[]): string[] {
  const origins = (raw ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      problems.push(`CORS_ORIGINS holds "${origin}": each entry must be an origin such as https://app.example.org (no path, no trailing slash), or *`);
    }
  }
  return origins;
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

function parseInteger(env: NodeJS.ProcessEnv, name: string, min: number, max: number, problems: string[]): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function parseLimits(env: NodeJS.ProcessEnv, problems: string[]): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const [key, name, min, max] of NUMERIC_LIMITS) {
    const value = parseInteger(env, name, min, max, problems);
    if (value !== undefined) (limits as unknown as Record<string, number>)[key] = value;
  }
  const store = env.RATE_LIMIT_STORE?.trim();
  if (store) {
    if (store === 'memory' || store === 'postgres') limits.rateLimitStore = store;
    else problems.push(`RATE_LIMIT_STORE must be memory or postgres (got "${store}")`);
  }
  return limits;
}
