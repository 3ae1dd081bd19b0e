import { GraphQLError } from 'graphql';
import { MemoryRateLimitStore, PostgresRateLimitStore } from '../../server/graphql/limits/rate-limit-store';
import { RateLimiter } from '../../server/graphql/limits/rate-limiter';
import { createErrorFormatter } from '../../server/graphql/errors';
import { createLogger } from '../../server/platform/logger';
import { Role } from '../../server/access/role';
import { Client } from 'pg';
import { startTestApp, TestApp, testDatabaseUrl } from '../support/test-app';

/**
 * Each limit with a request just under it (served) and one just over it
 * (refused with its code), on an app with small limits.
 */
let api: TestApp;
let now = new Date('2026-03-01T08:00:00Z');

const LIMITS = {
  maxCost: 1000,
  maxDepth: 5,
  maxAliases: 3,
  maxFields: 40,
  maxBodyBytes: 2000,
  maxBatchSize: 2,
  rateLimitPoints: 10,
  rateLimitWindowSeconds: 60,
};

beforeAll(async () => {
  api = await startTestApp({ limits: LIMITS, clock: () => now });
});
afterAll(() => api?.close());

async function post(body: unknown, headers: Record<string, string> = {}, app: TestApp = api) {
  const response = await fetch(app.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** Each test of a limit spends budget: start it on a fresh window. */
function nextWindow() {
  now = new Date(now.getTime() + 61_000);
}

describe('query cost (nodes, counted as GitHub counts them)', () => {
  beforeEach(nextWindow);

  test('10 tasks x 99 assignments + 10 = 1000 nodes is served; 10 x 100 + 10 = 1010 is refused before any SQL', async () => {
    const query = `query($n: Int!) { tasks(first: 10) { nodes { assignments(first: $n) { nodes { role } } } } }`;
    const under = await api.graphql(query, { n: 99 });
    expect(under.errors).toBeUndefined();
    nextWindow();
    const over = await api.graphql(query, { n: 100 });
    expect(over.status).toBe(400);
    expect(over.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 1010, maxCost: 1000 });
    expect(over.statements).toBe(0);
  });

  test('a list without first or last counts as its default page of 100', async () => {
    const over = await api.graphql(`{ tasks(first: 10) { nodes { assignments { nodes { role } } } } }`);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 1010 });
  });
});

describe('shape', () => {
  beforeEach(nextWindow);

  test('depth 5 is served, depth 6 refused', async () => {
    const five = await api.graphql(`{ tasks(first: 1) { nodes { parent { parent { code } } } } }`);
    expect(five.errors).toBeUndefined();
    const six = await api.graphql(`{ tasks(first: 1) { nodes { parent { parent { parent { code } } } } } }`);
    expect(six.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 6, maxDepth: 5 });
  });

  test('3 aliases are served, 4 refused', async () => {
    const three = await api.graphql(`{ a: plans { totalCount } b: plans { totalCount } c: plans { totalCount } }`);
    expect(three.errors).toBeUndefined();
    const four = await api.graphql(`{ a: plans { totalCount } b: plans { totalCount } c: plans { totalCount } d: plans { totalCount } }`);
    expect(four.errors?.[0].extensions).toEqual({ code: 'TOO_MANY_ALIASES', aliases: 4, maxAliases: 3 });
  });

  test('40 fields are served, 41 refused', async () => {
    const fields = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;
    expect((await api.graphql(fields(40))).errors).toBeUndefined();
    expect((await api.graphql(fields(41))).errors?.[0].extensions).toEqual({ code: 'TOO_MANY_FIELDS', fields: 41, maxFields: 40 });
  });
});

describe('introspection has an allowance of its own', () => {
  beforeEach(nextWindow);

  test("graphql-js's getIntrospectionQuery (all options) and GraphiQL's succeed with the default limits", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const open = await startTestApp();
    try {
      for (const query of [
        getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true, directiveIsRepeatable: true, schemaDescription: true, oneOf: true }),
        // What GraphiQL 3 sends (@graphiql/react: schemaDescription off, inputValueDeprecation on).
        getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: false }),
      ]) {
        const response = await open.graphql(query);
        expect(response.errors).toBeUndefined();
        expect(response.data!.__schema.types.length).toBeGreaterThan(100);
      }
    } finally {
      await open.close();
    }
  });

  test('two introspections in one query are served, three refused; their aliases count as any others', async () => {
    const two = await api.graphql('{ __schema { queryType { name } } __type(name: "Task") { name } }');
    expect(two.errors).toBeUndefined();
    nextWindow();
    const three = await api.graphql('{ __schema { queryType { name } } task: __type(name: "Task") { name } ...More } fragment More on Query { plan: __type(name: "Plan") { name } }');
    expect(three.status).toBe(400);
    expect(three.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', introspections: 3, maxIntrospections: 2 });
    nextWindow();
    const aliased = await api.graphql('{ __type(name: "Task") { a: name b: name c: name d: name } }');
    expect(aliased.errors?.[0].extensions).toEqual({ code: 'TOO_MANY_ALIASES', aliases: 4, maxAliases: 3 });
  });

  test("the items of introspection's lists count toward the cost: the schema's types are served, its whole description is over 1000 nodes", async () => {
    const types = await api.graphql('{ __schema { types { name } } }');
    expect(types.errors).toBeUndefined();
    nextWindow();
    const whole = await api.graphql(`{ __schema {
      types { name fields { name args { name } } inputFields { name } enumValues { name } interfaces { name } possibleTypes { name } }
      directives { name args { name } } } }`);
    expect(whole.status).toBe(400);
    expect(whole.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 1000 });
    expect(whole.errors?.[0].extensions?.cost).toBeGreaterThan(types.data!.__schema.types.length);
  });

  test('a list asked for under itself is refused, and so is a bomb hidden beside introspection', async () => {
    const cyclic = await api.graphql('{ __schema { types { fields { type { fields { type { name } } } } } } }');
    expect(cyclic.status).toBe(400);
    expect(cyclic.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', introspection: true });
    nextWindow();
    const beside = await api.graphql('{ __schema { queryType { name } } tasks(first: 10) { nodes { assignments(first: 100) { nodes { role } } } } }');
    expect(beside.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 1010 });
    nextWindow();
    const deep = await api.graphql(`{ __type(name: "Task") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`);
    expect(deep.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 22, maxDepth: 20 });
  });
});

describe('request size', () => {
  beforeEach(nextWindow);

  /** A body of exactly `bytes` bytes: the query padded with a comment. */
  function bodyOf(bytes: number): string {
    const base = JSON.stringify({ query: '{ plans { totalCount } }\n#' });
    return JSON.stringify({ query: '{ plans { totalCount } }\n#' + 'x'.repeat(bytes - base.length) });
  }

  test('a body of 2000 bytes is served, 2001 refused with 413', async () => {
    expect(Buffer.byteLength(bodyOf(2000))).toBe(2000);
    expect((await post(bodyOf(2000))).status).toBe(200);
    const over = await post(bodyOf(2001));
    expect(over.status).toBe(413);
    expect(over.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a batch of 2 operations is served, 3 refused', async () => {
    const operation = { query: '{ plans { totalCount } }' };
    const two = await post([operation, operation]);
    expect(two.status).toBe(200);
    expect(two.body).toEqual([{ data: { plans: { totalCount: 1 } } }, { data: { plans: { totalCount: 1 } } }]);
    const three = await post([operation, operation, operation]);
    expect(three.status).toBe(400);
    expect(three.body.errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
  });
});

describe('rate limit: 10 points a minute in this app', () => {
  beforeEach(nextWindow);

  test('ten 1-point requests are served, the eleventh gets 429 with Retry-After; the next window serves again', async () => {
    const seen = [];
    for (let i = 0; i < 10; i++) {
      const response = await post({ query: '{ rateLimit { limit cost used remaining resetAt } }' });
      expect(response.status).toBe(200);
      seen.push(response.body.data.rateLimit);
    }
    expect(seen[0]).toMatchObject({ limit: 10, cost: 1, used: 1, remaining: 9 });
    expect(seen[9]).toMatchObject({ used: 10, remaining: 0 });
    now = new Date(now.getTime() + 20_000);
    const refused = await post({ query: '{ plans { totalCount } }' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    now = new Date(now.getTime() + 41_000);
    expect((await post({ query: '{ plans { totalCount } }' })).status).toBe(200);
  });

  test('a request costs one point per 100 nodes: 250 nodes cost 3', async () => {
    const response = await post({ query: '{ tasks(first: 50) { nodes { code } } indicators(first: 100) { totalCount } objectives(first: 100) { totalCount } rateLimit { cost nodeCount } }' });
    expect(response.body.data.rateLimit).toEqual({ cost: 3, nodeCount: 250 });
    expect(response.headers.get('x-ratelimit-used')).toBe('3');
  });

  test('a token has its own budget, apart from its address', async () => {
    for (let i = 0; i < 10; i++) await post({ query: '{ __typename }' });
    expect((await post({ query: '{ __typename }' })).status).toBe(429);
    const token = await api.createUser(Role.VIEWER, 'limits-viewer');
    const withToken = await post({ query: '{ rateLimit { used remaining } }' }, { authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
    expect(withToken.body.data.rateLimit).toEqual({ used: 1, remaining: 9 });
  });
});

describe('numbers a budget cannot count', () => {
  beforeEach(nextWindow);

  test.each(['memory', 'postgres'] as const)('`first: $n` with n = 1e400 (Infinity once parsed) or 1.5 is a 400 BAD_USER_INPUT charged one point, and the %s budget stays a number', async (store) => {
    const app = await startTestApp({ limits: { ...LIMITS, rateLimitStore: store }, clock: () => now });
    try {
      const query = '"query": "query($n: Int) { tasks(first: $n) { totalCount } }"';
      for (const [n, used] of [['1e400', '1'], ['1.5', '2']]) {
        const refused = await post(`{${query}, "variables": {"n": ${n}}}`, {}, app);
        expect(refused.status).toBe(400);
        expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(refused.body.errors[0].message).toContain('$n');
        expect(refused.headers.get('x-ratelimit-used')).toBe(used);
      }
      const next = await post({ query: '{ plans { totalCount } }' }, {}, app);
      expect(next.status).toBe(200);
      expect(next.headers.get('x-ratelimit-remaining')).toBe('7');
    } finally {
      await app.close();
    }
  });

  test('a charge of NaN or Infinity nodes is charged the most a request may cost, never stored as NaN', async () => {
    const store = new MemoryRateLimitStore();
    const limiter = new RateLimiter({ rateLimitPoints: 10, rateLimitWindowSeconds: 60 }, store, () => now);
    const payer = { tokenId: null, clientAddress: 'test-nan' };
    for (const count of [NaN, Infinity]) {
      const charged = await limiter.charge(payer, count);
      expect(Number.isSafeInteger(charged.used)).toBe(true);
      expect(charged.allowed).toBe(false);
    }
  });
});

describe('the PostgreSQL store', () => {
  test('two servers on one database share one budget', async () => {
    const shared = { ...LIMITS, rateLimitStore: 'postgres' as const, rateLimitPoints: 4 };
    const first = await startTestApp({ limits: shared, clock: () => now });
    const second = await startTestApp({ limits: shared, clock: () => now });
    try {
      const token = await first.createUser(Role.VIEWER, 'limits-shared');
      const ask = (app: TestApp) => app.graphql('{ rateLimit { used } }', {}, token);
      expect((await ask(first)).data!.rateLimit.used).toBe(1);
      expect((await ask(second)).data!.rateLimit.used).toBe(2);
      expect((await ask(first)).data!.rateLimit.used).toBe(3);
      expect((await ask(second)).data!.rateLimit.used).toBe(4);
      expect((await ask(first)).status).toBe(429);
      expect((await ask(second)).status).toBe(429);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('counts atomically under concurrency, and starts a new window when the old one ends', async () => {
    const store = new PostgresRateLimitStore(api.app.database.orm.em);
    const key = `test:${Date.now()}`;
    const start = new Date('2026-01-01T00:00:00Z');
    const results = await Promise.all(Array.from({ length: 20 }, () => store.consume(key, 2, 30, 60, start)));
    expect(results.map((r) => r.used).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => 2 * (i + 1)));
    expect(results.filter((r) => !r.allowed)).toHaveLength(5);
    const next = await store.consume(key, 2, 30, 60, new Date(start.getTime() + 60_000));
    expect(next).toMatchObject({ used: 2, remaining: 28, allowed: true, resetAt: new Date(start.getTime() + 120_000) });
  });

  test('the memory store follows the same rules', async () => {
    const store = new MemoryRateLimitStore();
    const start = new Date('2026-01-01T00:00:00Z');
    expect(await store.consume('k', 30, 30, 60, start)).toMatchObject({ used: 30, remaining: 0, allowed: true });
    expect(await store.consume('k', 1, 30, 60, new Date(start.getTime() + 59_999))).toMatchObject({ allowed: false });
    expect(await store.consume('k', 1, 30, 60, new Date(start.getTime() + 60_000))).toMatchObject({ used: 1, allowed: true });
  });
});

describe('time limits', () => {
  beforeEach(nextWindow);

  test('a request over REQUEST_TIMEOUT_MS is answered 503 REQUEST_TIMEOUT; one within it is served', async () => {
    const slow = await startTestApp({ limits: { requestTimeoutMs: 1 } });
    try {
      // A GET: a body to read would have its own 1 ms.
      const query = encodeURIComponent(`{ tasks(first: 100) { nodes { assignments(first: 50) { nodes { body { code } } } } } }`);
      const refused = await fetch(`${slow.app.url}?query=${query}`, { headers: { accept: 'application/json' } });
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    } finally {
      await slow.close();
    }
    expect((await api.graphql(`{ tasks(first: 5) { nodes { code } } }`)).status).toBe(200);
  });

  test('every connection carries statement_timeout: a statement just under it runs, one over it is cancelled', async () => {
    const bounded = await startTestApp({ limits: { statementTimeoutMs: 300 } });
    try {
      const connection = bounded.app.database.orm.em.fork().getConnection();
      const [setting] = await connection.execute<Array<{ statement_timeout: string }>>('show statement_timeout');
      expect(setting.statement_timeout).toBe('300ms');
      if (process.env.TEST_DATABASE_KIND === 'embedded') return; // PGlite has no timer to cancel a running statement
      await expect(connection.execute('select pg_sleep(0.1)')).resolves.toBeDefined();
      await expect(connection.execute('select pg_sleep(0.6)')).rejects.toMatchObject({ code: '57014' });
    } finally {
      await bounded.close();
    }
  });

  test('a cancelled statement reaches the client as REQUEST_TIMEOUT, not as a server error', () => {
    const format = createErrorFormatter(createLogger('silent'));
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const error = new GraphQLError(cancelled.message, { path: ['tasks'], originalError: cancelled });
    expect(format({ message: error.message, path: ['tasks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).extensions).toEqual({
      code: 'REQUEST_TIMEOUT',
    });
  });
});

describe('concurrency', () => {
  beforeEach(nextWindow);

  // Holds the one running request inside its token lookup with a table lock; PGlite's one backend cannot block itself.
  const onServer = process.env.TEST_DATABASE_KIND === 'embedded' ? test.skip : test;

  onServer('past MAX_CONCURRENT_REQUESTS a request waits its turn; past MAX_QUEUED_REQUESTS it is refused 503 SERVER_BUSY', async () => {
    const narrow = await startTestApp({ limits: { maxConcurrentRequests: 1, maxQueuedRequests: 1 } });
    const token = await narrow.createUser(Role.VIEWER, 'concurrency-viewer');
    const db = new Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    try {
      await db.query('begin');
      await db.query('lock table api_token in access exclusive mode');
      const running = narrow.graphql(`{ viewer { login } }`, undefined, token);
      await until(async () => (await db.query(`select count(*)::int as n from pg_locks where not granted and relation = 'api_token'::regclass`)).rows[0].n === 1);
      const waiting = narrow.graphql(`{ tasks(first: 1) { nodes { code } } }`);
      await until(async () => narrow.app.concurrency.queued === 1);
      const refused = await narrow.graphql(`{ tasks(first: 1) { nodes { code } } }`);
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0].extensions?.code).toBe('SERVER_BUSY');
      await db.query('commit');
      expect((await running).data).toEqual({ viewer: { login: 'concurrency-viewer' } });
      expect((await waiting).status).toBe(200);
      expect(narrow.app.concurrency).toMatchObject({ running: 0, queued: 0 });
    } finally {
      await db.query('rollback').catch(() => undefined);
      await db.end();
      await narrow.close();
    }
  });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('condition not reached in 5 s');
}
