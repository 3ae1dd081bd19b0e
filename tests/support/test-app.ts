import 'reflect-metadata';
import { App, startApp } from '../../server/app';
import { createLogger } from '../../server/platform/logger';

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
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`');
  return url;
}

/** The real server, on a free port, over the run's database. */
export async function startTestApp(): Promise<TestApp> {
  const app = await startApp(
    { port: 0, host: '127.0.0.1', databaseUrl: testDatabaseUrl(), dataDir: '', logLevel: 'silent' },
    createLogger('silent'),
  );
  const baseUrl = app.url.replace(/\/graphql$/, '');
  return {
    app,
    baseUrl,
    async graphql(query, variables) {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse, 'status' | 'statements'>;
      return { status: response.status, ...body, statements: Number(response.headers.get('x-sql-statements')) } as never;
    },
    close: () => app.close(),
  };
}
