import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import { Role } from '../../server/access/role';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Three instances behind a load balancer behave as one: they start together
 * on one empty database (migrated and seeded once), a token revoked on one is
 * refused by the others at once, the rate limit is one budget, and an
 * idempotency key used on one is honoured by the others. PGlite serves one
 * process only (its one backend has no notifications between connections).
 */
const onServer = process.env.TEST_DATABASE_KIND === 'embedded' ? describe.skip : describe;

onServer('three instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let instances: TestApp[];
  const [a, b, c] = [0, 1, 2].map((i) => () => instances[i]);

  beforeAll(async () => {
    database = await createTestDatabase();
    instances = await Promise.all(
      [0, 1, 2].map(() => startTestApp({ databaseUrl: database.url, limits: { tokenCacheSeconds: 60, rateLimitStore: 'postgres', rateLimitPoints: 6 } })),
    );
  }, 120_000);
  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.close()));
    await database?.dispose();
  });

  async function sql<T>(text: string): Promise<T[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }

  test('started together, they migrated and seeded the empty database once', async () => {
    expect(await sql(`select count(*)::int as n from mikro_orm_migrations`)).toEqual([{ n: MIGRATIONS.length }]);
    expect(await sql(`select count(*)::int as n from administrative_unit`)).toEqual([{ n: 156 }]);
    expect(await sql(`select count(*)::int as n from responsible_body`)).toEqual([{ n: 86 }]);
  });

  test('a token revoked on A is refused by B and C at once, though they had it in their caches', async () => {
    const token = await a().createUser(Role.VIEWER, 'instances-viewer');
    for (const instance of [b(), c()]) expect((await instance.graphql('{ viewer { login } }', {}, token)).data).toEqual({ viewer: { login: 'instances-viewer' } });
    const { data } = await a().graphql('{ viewer { apiTokens { id } } }', {}, token);
    const revoked = await a().graphql(
      'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { revokedAt } userErrors { code } } }',
      { input: { tokenId: data!.viewer.apiTokens[0].id } },
      token,
    );
    expect(revoked.data!.revokeApiToken.userErrors).toEqual([]);
    // The notification arrives in milliseconds; the caches would keep the token 60 s.
    for (const instance of [b(), c()]) {
      const deadline = Date.now() + 2_000;
      let status = 200;
      while (status !== 401 && Date.now() < deadline) status = (await instance.graphql('{ viewer { login } }', {}, token)).status;
      expect(status).toBe(401);
    }
  });

  test('the rate limit is one budget: 6 points spent across A, B and C, the 7th request is refused wherever it goes', async () => {
    const token = await a().createUser(Role.VIEWER, 'instances-budget');
    for (let i = 0; i < 6; i++) expect((await instances[i % 3].graphql('{ __typename }', {}, token)).status).toBe(200);
    for (const instance of instances) expect((await instance.graphql('{ __typename }', {}, token)).status).toBe(429);
  });

  test('an idempotency key used on A is honoured on B: the retry gets the first outcome, nothing is made twice', async () => {
    const admin = await a().createUser(Role.ADMIN, 'instances-admin');
    const mutation = 'mutation($input: CreateReportInput!) { createReport(input: $input) { report { id } userErrors { code } } }';
    const input = { bodyCode: 'UBND-065', periodCode: '2024-H1', clientMutationId: 'instances-create-1' };
    const first = await a().graphql(mutation, { input }, admin);
    const retry = await b().graphql(mutation, { input }, admin);
    expect(first.data!.createReport.userErrors).toEqual([]);
    expect(retry.data).toEqual(first.data);
    expect(await sql(`select count(*)::int as n from report where kind = 'BODY'`)).toEqual([{ n: 1 }]);
  });
});
