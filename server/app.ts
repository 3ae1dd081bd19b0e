import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createFirstAdministrator } from './access/access.service';
import { authenticate, type Viewer } from './access/viewer';
import { Database, migrateDatabase, openDatabase } from './database/database';
import { RequestContext } from './graphql/context';
import { createErrorFormatter, logUnexpectedErrors } from './graphql/errors';
import { createLimitsPlugin } from './graphql/limits/limits-plugin';
import { MemoryRateLimitStore, PostgresRateLimitStore } from './graphql/limits/rate-limit-store';
import { RateLimiter } from './graphql/limits/rate-limiter';
import { buildAppSchema, sqlReadsOf } from './graphql/schema';
import { KeptAnswers } from './graphql/sql-read/kept-answers';
import { ENTITIES, PARTS } from './parts';
import { createHttpServer, GRAPHQL_PATH } from './http/http-server';
import type { AppConfig } from './platform/config';
import type { Logger } from './platform/logger';
import { seedIfChanged } from './seed/seed';
import { ConcurrencyLimit } from './http/concurrency-limit';
import { compiledExecution } from './graphql/compiled-execution';
import { TokenCache } from './access/token-cache';
import { recordSelection } from './graphql/selection-plugin';
import { recordRequest } from './graphql/request-record';
import { Metrics } from './platform/metrics';
import { countedFork, SqlStatementCount, sqlStatementsSent } from './database/sql-statement-counter';
import { CorsPolicy } from './http/cors';
import { listen, withAdvisoryLock } from './database/notifications';
import { TOKEN_REVOKED_CHANNEL } from './access/access.service';

export interface App {
  url: string;
  database: Database;
  /** On the embedded database's first start: the local administrator's token, to print once. */
  firstAdministratorToken?: string;
  /** GraphQL requests running and waiting now. */
  concurrency: ConcurrencyLimit;
  /** Stops taking requests, lets running ones finish, then closes the pool. */
  close(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

export interface AppOptions {
  /** The time as the app sees it: deadlines, token expiry, progress "as of" today. Tests set it. */
  clock?: () => Date;
}

export async function startApp(config: AppConfig, logger: Logger, options: AppOptions = {}): Promise<App> {
  const database = await openDatabase({ ...config, statementTimeoutMs: config.limits.statementTimeoutMs, entities: ENTITIES }, logger);
  try {
    // Instances that start together on one database migrate and seed one after the other.
    const prepare = async () => {
      await migrateDatabase(database.orm, logger);
      await seedIfChangedOrEmpty(database, logger);
    };
    await (config.databaseUrl ? withAdvisoryLock(config.databaseUrl, STARTUP_LOCK, prepare) : prepare());
    const firstAdministrator = config.databaseUrl ? null : await createFirstAdministrator(database.orm.em.fork(), 'local-admin', 'Local administrator');
    const app = await serve(config, logger, database, options.clock ?? (() => new Date()));
    return firstAdministrator ? { ...app, firstAdministratorToken: firstAdministrator.token } : app;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The advisory lock of the start (migrations and seed): any fixed number no other tool uses. */
const STARTUP_LOCK = 20_261_126;

async function seedIfChangedOrEmpty(database: Database, logger: Logger): Promise<void> {
  const counts = await seedIfChanged(database.orm.em.fork());
  if (counts) logger.info({ counts }, 'loaded the plan (an empty database, or data files that changed since it was seeded)');
}

interface TarnPool {
  max: number;
  numUsed(): number;
  numPendingAcquires(): number;
}

/** The database pool's size and load, from knex's pool (tarn). */
function poolState(database: Database) {
  const pool = (database.orm.em.getKnex().client as { pool?: TarnPool }).pool;
  return pool ? { size: pool.max, used: pool.numUsed(), waiting: pool.numPendingAcquires() } : undefined;
}

async function gatewayOf(config: AppConfig) {
  const schema = await buildAppSchema(PARTS);
  return compiledExecution(schema, config.sqlReads ? sqlReadsOf(schema, PARTS) : undefined);
}

async function serve(config: AppConfig, logger: Logger, database: Database, clock: () => Date): Promise<App> {
  const rateLimitStore =
    config.limits.rateLimitStore === 'postgres' ? new PostgresRateLimitStore(database.orm.em) : new MemoryRateLimitStore();
  const rateLimiter = new RateLimiter(config.limits, rateLimitStore, clock);
  const apollo = new ApolloServer<RequestContext>({
    gateway: await gatewayOf(config),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The request guard (http/) counts tokens before Apollo parses; this bounds the parser on its own too.
    parseOptions: { maxTokens: config.limits.maxTokens },
    // No cookie ever authenticates a request (tokens travel in a header), so a
    // cross-site "simple" GET carries no credentials: GET stays open as
    // GraphQL over HTTP describes it.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Both hook every field resolver (willResolveField); neither is used: no cache hints, no federation.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      logUnexpectedErrors,
      recordRequest,
      recordSelection,
      createLimitsPlugin(config.limits, rateLimiter, Object.assign({}, ...PARTS.map((part) => part.rowBounds ?? {}))),
    ],
    // Batches (a JSON array of operations) are capped by MAX_BATCH_SIZE in the HTTP layer, and each is charged.
    allowBatchedHttpRequests: true,
    // main.ts owns SIGTERM: it drains HTTP first, then stops Apollo, then the pool.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  let accepting = true;
  const abandoned = new Set<Promise<unknown>>();
  const tokenCache = new TokenCache(config.limits.tokenCacheSeconds * 1000);
  // A revocation on any instance empties every instance's cache at once; if the listening
  // connection drops, the cache is emptied too (and entries live TOKEN_CACHE_SECONDS at most).
  const revocations =
    config.databaseUrl && tokenCache.ttlMs > 0
      ? listen(config.databaseUrl, TOKEN_REVOKED_CHANNEL, logger, { onMessage: () => tokenCache.clear(), onLost: () => tokenCache.clear() })
      : undefined;
  const concurrency = new ConcurrencyLimit(config.limits.maxConcurrentRequests, config.limits.maxQueuedRequests);
  const metrics = new Metrics(() => poolState(database), sqlStatementsSent);
  const cors = new CorsPolicy(config.corsOrigins ?? []);
  const authenticateToken = (authorization: string | undefined, statements: SqlStatementCount) =>
    authenticate(() => countedFork(database.orm.em, statements), authorization, clock(), tokenCache);
  const knex = database.orm.em.getKnex();
  const createContext = async (requestId: string, viewer: Viewer | null, clientAddress: string, statements: SqlStatementCount) =>
    new RequestContext(() => countedFork(database.orm.em, statements), { knex, count: statements }, logger, requestId, viewer, clock, clientAddress, tokenCache);
  const http = createHttpServer({
    metrics,
    metricsToken: config.metricsToken,
    cors,
    routes: PARTS.flatMap((part) => part.routes ?? []),
    keptAnswers: config.sqlReads ? new KeptAnswers(rateLimiter, clock) : undefined,
    routeServices: {
      authenticate: authenticateToken,
      createContext,
      rateLimiter,
      logger,
      metrics,
      cors,
      concurrency: new ConcurrencyLimit(config.limits.maxConcurrentExports, config.limits.maxQueuedExports),
      maxCost: config.limits.maxCost,
    },
    abandoned,
    concurrency,
    apollo,
    logger,
    limits: config.limits,
    rateLimiter,
    authenticate: authenticateToken,
    createContext,
    isReady: async () => accepting && (await database.orm.isConnected()),
  });
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.port, config.host, () => resolve());
  });
  const address = http.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
  return {
    url,
    database,
    concurrency,
    async close() {
      accepting = false;
      await http.stop(DRAIN_TIMEOUT_MS);
      await Promise.race([Promise.allSettled([...abandoned]), new Promise((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref())]);
      await apollo.stop();
      await revocations?.close();
      await database.close();
    },
  };
}
