import 'reflect-metadata';
import { createUser, issueToken } from '../../server/access/access.service';
import { Role } from '../../server/access/role';
import { App, AppOptions, startApp } from '../../server/app';
import { DEFAULT_LIMITS, Limits } from '../../server/platform/config';
import { createLogger, type Logger } from '../../server/platform/logger';
import { inTransaction } from '../../server/database/transaction';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
  /** SQL statements the request ran (X-SQL-Statements). */
  statements: number;
}

export interface TestApp {
  app: App;
  baseUrl: string;
  /** `token`: sent as "Authorization: Bearer <token>". */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  /** A user with a token, made the way `npm run user:create` makes one. */
  createUser(role: Role, login: string, bodyCode?: string, expiresAt?: Date): Promise<string>;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`');
  return url;
}

/** The real server, on a free port, over the run's database. */
export interface TestAppOptions extends AppOptions {
  /** Limits to change from the defaults; the rate limit and the token cache are off unless a test sets them. */
  limits?: Partial<Limits>;
  /** The server's log (default: silent). */
  logger?: Logger;
  /** Another database than the run's (a test that writes what others must not see). */
  databaseUrl?: string;
  corsOrigins?: string[];
  metricsToken?: string;
  /** False: every query through the resolvers (SQL_READS=off); default on. */
  sqlReads?: boolean;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const app = await startApp(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: options.databaseUrl ?? testDatabaseUrl(),
      dataDir: '',
      // The embedded database shares one backend between connections: one connection, as `npm start` uses.
      databasePoolSize: process.env.TEST_DATABASE_KIND === 'embedded' ? 1 : undefined,
      logLevel: 'silent',
      // No token cache unless a test asks: statement counts then do not depend on what ran before.
      limits: { ...DEFAULT_LIMITS, rateLimitPoints: 1_000_000_000, tokenCacheSeconds: 0, ...options.limits },
      corsOrigins: options.corsOrigins,
      metricsToken: options.metricsToken,
      sqlReads: options.sqlReads ?? true,
    },
    options.logger ?? createLogger('silent'),
    options,
  );
  const baseUrl = app.url.replace(/\/graphql$/, '');
  return {
    app,
    baseUrl,
    async graphql(query, variables, token) {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'x-sql-statements': 'count',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse, 'status' | 'statements'>;
      return { status: response.status, ...body, statements: Number(response.headers.get('x-sql-statements')) } as never;
    },
    async createUser(role, login, bodyCode, expiresAt) {
      return inTransaction(app.database.orm.em.fork(), async (tx) => {
        const user = await createUser(tx, { login, name: login, role, bodyCode });
        if (!user.ok) throw new Error(user.errors.map((e) => e.message).join('; '));
        const issued = await issueToken(tx, user.ok, 'tests');
        if (!issued.ok) throw new Error(issued.errors.map((e) => e.message).join('; '));
        if (expiresAt) issued.ok.apiToken.expiresAt = expiresAt;
        return issued.ok.token;
      });
    },
    close: () => app.close(),
  };
}

/** The texts of the SQL statements `api` sends while `work` runs, and what `work` returned. */
export async function statementsDuring<T>(api: TestApp, work: () => Promise<T>): Promise<{ texts: string[]; result: T }> {
  const texts: string[] = [];
  const knex = api.app.database.orm.em.getKnex();
  const listen = (data: { sql: string }) => texts.push(data.sql);
  knex.on('query', listen);
  try {
    return { texts, result: await work() };
  } finally {
    knex.off('query', listen);
  }
}
