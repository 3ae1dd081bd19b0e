import { startTestApp, TestApp } from '../support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

describe('bad input never gives a 500', () => {
  test('an unknown code is null, not an error', async () => {
    const response = await api.graphql(`{ indicator(code: "no-such") { code } task(code: "IX.9") { code }
      responsibleBody(code: "X") { code } administrativeUnit(code: "99999") { code } plan(code: "?") { code } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ indicator: null, task: null, responsibleBody: null, administrativeUnit: null, plan: null });
  });

  test('node(id) fetches what an id names, and null for an id of nothing', async () => {
    const { data } = await api.graphql(`{ task(code: "III.1.đ") { id } }`);
    const id = data!.task.id;
    const response = await api.graphql(`query ($id: ID!, $missing: ID!) {
      node(id: $id) { __typename id ... on Task { code } }
      missing: node(id: $missing) { id }
      nodes(ids: [$id, $missing]) { id }
    }`, { id, missing: Buffer.from('Task:999999').toString('base64url') });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: { __typename: 'Task', id, code: 'III.1.đ' }, missing: null, nodes: [{ id }, null] });
  });

  test.each(['', 'hello', '!!!', Buffer.from('Task:abc').toString('base64url'), Buffer.from('task:1').toString('base64url')])(
    'a malformed ID (%j) is BAD_USER_INPUT',
    async (id) => {
      const response = await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ node: null });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  test('a filter value of the wrong kind is a validation error with a code', async () => {
    const response = await api.graphql(`{ tasks(filter: { kind: FOO }) { totalCount } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('an out-of-range filter is BAD_USER_INPUT with the field named', async () => {
    const response = await api.graphql(`{ indicators(filter: { horizonYear: 12 }) { totalCount } }`);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors?.[0].extensions)).toContain('horizonYear');
  });

  test('more than 100 ids in nodes() is BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Task:${i + 1}`).toString('base64url'));
    const response = await api.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['a string for an Int', { first: 'ten' }],
    ['a missing required variable', {}],
    ['null for a non-null variable', { first: null }],
  ])('a bad variable (%s) is a 400 BAD_USER_INPUT that names it', async (_, variables) => {
    const response = await api.graphql(`query ($first: Int!) { tasks(first: $first) { nodes { code } } }`, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('$first');
  });

  test('a syntax error is GRAPHQL_PARSE_FAILED', async () => {
    const response = await api.graphql(`{ tasks { `);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a body that is not JSON is a 400 with a code', async () => {
    const response = await fetch(api.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('a body larger than the limit is a 413', async () => {
    const body = JSON.stringify({ query: `{ plans { totalCount } }`, variables: { pad: 'x'.repeat(1_100_000) } });
    const response = await fetch(api.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('errors carry no stack trace', async () => {
    const response = await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: 'bad' });
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});

describe('GraphQL over HTTP', () => {
  test('GET runs a query', async () => {
    const query = encodeURIComponent('{ administrativeUnit(code: "06", asOf: "2024-01-01") { name } }');
    const response = await fetch(`${api.app.url}?query=${query}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await response.json()).toEqual({ data: { administrativeUnit: { name: 'Tỉnh Bắc Kạn' } } });
  });

  test('other methods get 405 with Allow', async () => {
    const response = await fetch(api.app.url, { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  test('health and readiness probes', async () => {
    expect(await (await fetch(`${api.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  test('GraphiQL is served from node_modules, with nothing loaded from another host', async () => {
    const page = await fetch(`${api.app.url}`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/')).toBe(true);
      const asset = await fetch(`${api.baseUrl}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  test('an unknown path is a 404 that points to /graphql', async () => {
    const response = await fetch(`${api.baseUrl}/nope`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].message).toContain('/graphql');
  });
});
