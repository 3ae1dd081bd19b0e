import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../../server/platform/config';

test('defaults need no configuration: embedded database on 127.0.0.1:4000', () => {
  expect(loadConfig({})).toEqual({
    port: 4000,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: '.data/pglite',
    logLevel: 'info',
    limits: DEFAULT_LIMITS,
    corsOrigins: [],
    metricsToken: undefined,
    sqlReads: true,
  });
});

test('SQL_READS=off sends every query through the resolvers; anything but on or off is refused', () => {
  expect(loadConfig({ SQL_READS: 'off' }).sqlReads).toBe(false);
  expect(loadConfig({ SQL_READS: 'ON' }).sqlReads).toBe(true);
  expect(() => loadConfig({ SQL_READS: 'maybe' })).toThrow(/SQL_READS must be on or off \(got "maybe"\)/);
});

test('CORS_ORIGINS takes origins or *, and names a malformed one', () => {
  expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://127.0.0.1:5173' }).corsOrigins).toEqual(['https://app.example.org', 'http://127.0.0.1:5173']);
  expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/path' })).toThrow(/CORS_ORIGINS holds "https:\/\/app.example.org\/path"/);
});

test('every invalid variable is reported at once, by name', () => {
  let error: unknown;
  try {
    loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).problems).toEqual([
    'PORT must be an integer from 0 to 65535 (got "eighty")',
    'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql:")',
    'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
  ]);
});

test('DATABASE_URL selects a real server', () => {
  expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
});

test('every limit has its variable, and a value out of its range is named', () => {
  const config = loadConfig({
    QUERY_MAX_COST: '1000',
    QUERY_MAX_DEPTH: '5',
    QUERY_MAX_ALIASES: '3',
    QUERY_MAX_FIELDS: '40',
    QUERY_MAX_TOKENS: '500',
    QUERY_MAX_FRAGMENTS: '7',
    MAX_BODY_BYTES: '2000',
    MAX_BATCH_SIZE: '2',
    RATE_LIMIT_POINTS: '10',
    RATE_LIMIT_WINDOW_SECONDS: '60',
    RATE_LIMIT_STORE: 'postgres',
    REQUEST_TIMEOUT_MS: '100',
    STATEMENT_TIMEOUT_MS: '50',
    MAX_CONCURRENT_REQUESTS: '2',
    MAX_QUEUED_REQUESTS: '0',
    MAX_CONCURRENT_EXPORTS: '3',
    MAX_QUEUED_EXPORTS: '4',
    TOKEN_CACHE_SECONDS: '0',
  });
  expect(config.limits).toEqual({
    maxCost: 1000,
    maxDepth: 5,
    maxAliases: 3,
    maxFields: 40,
    maxTokens: 500,
    maxFragments: 7,
    maxBodyBytes: 2000,
    maxBatchSize: 2,
    rateLimitPoints: 10,
    rateLimitWindowSeconds: 60,
    rateLimitStore: 'postgres',
    requestTimeoutMs: 100,
    statementTimeoutMs: 50,
    maxConcurrentRequests: 2,
    maxQueuedRequests: 0,
    maxConcurrentExports: 3,
    maxQueuedExports: 4,
    tokenCacheSeconds: 0,
  });
  expect(() => loadConfig({ QUERY_MAX_DEPTH: '0', MAX_CONCURRENT_REQUESTS: '0', RATE_LIMIT_STORE: 'redis' })).toThrow(
    /QUERY_MAX_DEPTH must be an integer from 1 to 100 \(got "0"\)[\s\S]*MAX_CONCURRENT_REQUESTS must be an integer from 1 to 1000[\s\S]*RATE_LIMIT_STORE must be memory or postgres/,
  );
});
