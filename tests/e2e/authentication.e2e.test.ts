import { createHash } from 'node:crypto';
import { Role } from '../../server/access/role';
import { startTestApp, TestApp } from '../support/test-app';

let api: TestApp;
let adminToken: string;

beforeAll(async () => {
  api = await startTestApp();
  adminToken = await api.createUser(Role.ADMIN, 'auth-admin');
});
afterAll(() => api?.close());

async function rawRequest(authorization: string) {
  const response = await fetch(api.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: '{ viewer { login } }' }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as any };
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return api.app.database.orm.em.fork().getConnection().execute(text, params);
}

const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) {
  token apiToken { id name prefix expiresAt revokedAt } userErrors { code field } } }`;

describe('personal API tokens', () => {
  test('a new token is shown once, has a recognisable prefix, and only its SHA-256 hash is stored', async () => {
    const created = await api.graphql(CREATE_TOKEN, { input: { name: 'Power BI refresh' } }, adminToken);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^bkea_[A-Za-z0-9_-]{40}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 11));
    const rows = await sql<Record<string, unknown>>('select * from api_token where prefix = ?', [apiToken.prefix]);
    expect(rows).toHaveLength(1);
    expect(rows[0].secret_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows[0])).not.toContain(token);
    const listed = await api.graphql(`{ viewer { apiTokens { prefix name } } }`, {}, token);
    expect(listed.data!.viewer.apiTokens).toContainEqual({ prefix: apiToken.prefix, name: 'Power BI refresh' });
  });

  test('a retried create does not show the secret again', async () => {
    const input = { name: 'retried', clientMutationId: 'auth-token-retry' };
    const first = await api.graphql(CREATE_TOKEN, { input }, adminToken);
    const again = await api.graphql(CREATE_TOKEN, { input }, adminToken);
    expect(first.data!.createApiToken.token).toMatch(/^bkea_/);
    expect(again.data!.createApiToken.token).toBeNull();
    expect(again.data!.createApiToken.apiToken.id).toBe(first.data!.createApiToken.apiToken.id);
  });

  test('a token cannot outlive the token that made it, and is revoked with it', async () => {
    const soon = new Date(Date.now() + 60 * 60 * 1000);
    const viewer = await api.createUser(Role.VIEWER, 'auth-short-lived', undefined, soon);
    const made = await api.graphql(CREATE_TOKEN, { input: { name: 'forever, please' } }, viewer);
    const { token, apiToken } = made.data!.createApiToken;
    expect(new Date(apiToken.expiresAt).getTime()).toBe(soon.getTime());
    const grandchild = (await api.graphql(CREATE_TOKEN, { input: { name: 'and another' } }, token)).data!.createApiToken.token;
    const original = await api.graphql(`{ viewer { apiTokens { id name } } }`, {}, viewer);
    const originalId = original.data!.viewer.apiTokens.find((t: any) => t.name === 'tests').id;
    await api.graphql(`mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { apiToken { revokedAt } } }`, { id: originalId }, adminToken);
    for (const revoked of [viewer, token, grandchild]) expect((await rawRequest(`Bearer ${revoked}`)).status).toBe(401);
  });

  test('the same clientMutationId with another expiry is a reuse, not a replay', async () => {
    const key = 'auth-token-date';
    const first = await api.graphql(CREATE_TOKEN, { input: { name: 'dated', expiresAt: '2030-01-01T00:00:00Z', clientMutationId: key } }, adminToken);
    expect(first.data!.createApiToken.userErrors).toEqual([]);
    const other = await api.graphql(CREATE_TOKEN, { input: { name: 'dated', expiresAt: '2099-01-01T00:00:00Z', clientMutationId: key } }, adminToken);
    expect(other.data!.createApiToken.userErrors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'clientMutationId'] }]);
  });

  test('a token with an expiry in the past is refused at creation', async () => {
    const created = await api.graphql(CREATE_TOKEN, { input: { name: 'late', expiresAt: '2020-01-01T00:00:00Z' } }, adminToken);
    expect(created.data!.createApiToken.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'expiresAt'] }]);
  });

  test('an expired token gets 401 UNAUTHENTICATED saying it expired', async () => {
    const token = await api.createUser(Role.VIEWER, 'auth-expired', undefined, new Date(Date.now() - 1000));
    const response = await rawRequest(`Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.challenge).toMatch(/^Bearer/);
    expect(response.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(response.body.errors[0].message).toMatch(/expired at/);
  });

  test('a revoked token stops working at once', async () => {
    const token = await api.createUser(Role.VIEWER, 'auth-revoked');
    expect((await rawRequest(`Bearer ${token}`)).body.data.viewer.login).toBe('auth-revoked');
    const own = await api.graphql(`{ viewer { apiTokens { id } } }`, {}, token);
    const revoked = await api.graphql(
      `mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { apiToken { revokedAt } userErrors { code } } }`,
      { id: own.data!.viewer.apiTokens[0].id },
      token,
    );
    expect(revoked.data!.revokeApiToken.apiToken.revokedAt).toBeTruthy();
    const after = await rawRequest(`Bearer ${token}`);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].message).toMatch(/revoked/);
  });

  test('an unknown token or a malformed header is 401, never a silent anonymous read', async () => {
    for (const header of ['Bearer bkea_not-a-real-token', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await rawRequest(header);
      expect(response.status).toBe(401);
      expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(response.body.data).toBeUndefined();
    }
  });

  test('viewer answers with the caller, and null without a token', async () => {
    expect((await api.graphql(`{ viewer { login role body { code } } }`, {}, adminToken)).data!.viewer).toEqual({
      login: 'auth-admin',
      role: 'ADMIN',
      body: null,
    });
    expect((await api.graphql(`{ viewer { login } }`)).data!.viewer).toBeNull();
  });

  test('using a token records when it was last used', async () => {
    const rows = await sql<{ last_used_at: Date | null }>(
      'select t.last_used_at from api_token t join "user" u on u.id = t.user_id where u.login = ?',
      ['auth-admin'],
    );
    expect(rows.some((r) => r.last_used_at !== null)).toBe(true);
  });
});

describe('users', () => {
  const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { login role body { code } } userErrors { code field } } }`;

  test('an administrator adds a district reporter bound to its committee', async () => {
    const created = await api.graphql(CREATE_USER, { input: { login: 'auth-ubnd-bach-thong', name: 'UBND huyện Bạch Thông', role: 'REPORTER', bodyCode: 'UBND-063' } }, adminToken);
    expect(created.data!.createUser).toEqual({ user: { login: 'auth-ubnd-bach-thong', role: 'REPORTER', body: { code: 'UBND-063' } }, userErrors: [] });
  });

  test('two creates of one login at once make one user, and the other is told', async () => {
    const input = { login: 'auth-race', name: 'Race', role: 'VIEWER' };
    const results = await Promise.all([1, 2, 3].map(() => api.graphql(CREATE_USER, { input }, adminToken)));
    for (const result of results) expect(result.errors).toBeUndefined();
    const codes = results.map((r) => r.data!.createUser.userErrors.map((e: any) => e.code).join()).sort();
    expect(codes).toEqual(['', 'ALREADY_EXISTS', 'ALREADY_EXISTS']);
  });

  test('a reporter needs a reporting body; other roles take none; logins are unique', async () => {
    const cases = [
      [{ login: 'auth-r1', name: 'x', role: 'REPORTER' }, 'VALUE_REQUIRED', 'bodyCode'],
      [{ login: 'auth-r2', name: 'x', role: 'REPORTER', bodyCode: 'UBDT' }, 'NOT_EXPECTED_TO_REPORT', 'bodyCode'],
      [{ login: 'auth-v1', name: 'x', role: 'VIEWER', bodyCode: 'UBND-063' }, 'INVALID', 'bodyCode'],
      [{ login: 'auth-admin', name: 'x', role: 'VIEWER' }, 'ALREADY_EXISTS', 'login'],
      [{ login: 'Not A Login', name: 'x', role: 'VIEWER' }, 'INVALID', 'login'],
    ] as const;
    for (const [input, code, field] of cases) {
      const response = await api.graphql(CREATE_USER, { input }, adminToken);
      expect(response.data!.createUser.userErrors).toEqual([{ code, field: ['input', field] }]);
    }
  });
});

describe('the token cache (TOKEN_CACHE_SECONDS)', () => {
  const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { apiToken { revokedAt } } }`;
  let now = new Date('2026-05-04T09:00:00Z');
  const clock = () => now;

  test('a process looks a token up once per TOKEN_CACHE_SECONDS, and its own revocation takes effect at once', async () => {
    const cached = await startTestApp({ clock, limits: { tokenCacheSeconds: 10 } });
    try {
      const token = await cached.createUser(Role.VIEWER, 'cache-viewer');
      await cached.graphql(`{ viewer { login } }`, {}, token); // first use: looked up, and its last use recorded
      const fresh = await cached.graphql(`{ viewer { login } }`, {}, token);
      now = new Date(now.getTime() + 10_000);
      const again = await cached.graphql(`{ viewer { login } }`, {}, token);
      expect(again.data).toEqual({ viewer: { login: 'cache-viewer' } });
      expect(again.statements).toBe(fresh.statements + 1);

      const [{ id }] = (await cached.graphql(`{ viewer { apiTokens { id } } }`, {}, token)).data!.viewer.apiTokens;
      await cached.graphql(REVOKE, { id }, adminToken);
      const refused = await cached.graphql(`{ viewer { login } }`, {}, token);
      expect(refused.status).toBe(401);
    } finally {
      await cached.close();
    }
  });

  test('a revocation made by another instance reaches this one at once on PostgreSQL (NOTIFY), and within TOKEN_CACHE_SECONDS without it', async () => {
    const cached = await startTestApp({ clock, limits: { tokenCacheSeconds: 10 } });
    try {
      const token = await cached.createUser(Role.VIEWER, 'cache-viewer-elsewhere');
      expect((await cached.graphql(`{ viewer { login } }`, {}, token)).status).toBe(200);
      const [{ id }] = (await cached.graphql(`{ viewer { apiTokens { id } } }`, {}, token)).data!.viewer.apiTokens;
      await api.graphql(REVOKE, { id }, adminToken); // through the other app
      if (process.env.TEST_DATABASE_KIND !== 'embedded') {
        let status = 200;
        for (let attempt = 0; attempt < 40 && status === 200; attempt++) {
          status = (await cached.graphql(`{ viewer { login } }`, {}, token)).status;
          if (status === 200) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(status).toBe(401);
        return;
      }
      // PGlite's one backend delivers no notification between connections: the cache's lifetime bounds it.
      now = new Date(now.getTime() + 9_999);
      expect((await cached.graphql(`{ viewer { login } }`, {}, token)).status).toBe(200);
      now = new Date(now.getTime() + 1);
      expect((await cached.graphql(`{ viewer { login } }`, {}, token)).status).toBe(401);
    } finally {
      await cached.close();
    }
  });
});
