import { createHash } from 'node:crypto';
import { connect, Socket } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Role } from '../../server/access/role';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * What an attacker tried (issue 12): each request must be answered with a
 * 4xx or a field error that carries a precise code, quickly, and the server
 * must keep answering everyone else.
 */
let api: TestApp;
let limited: TestApp;
/** Small limits and its log kept: what a broken request leaves in the log is tested too. */
let watched: TestApp;
const log: Array<Record<string, any>> = [];
let now = new Date('2026-05-01T08:00:00Z');

beforeAll(async () => {
  api = await startTestApp();
  limited = await startTestApp({ limits: { rateLimitPoints: 10, rateLimitWindowSeconds: 60, maxBatchSize: 2, maxBodyBytes: 2000 }, clock: () => now });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) log.push(JSON.parse(line));
      done();
    },
  });
  watched = await startTestApp({ limits: { maxBodyBytes: 2000, requestTimeoutMs: 1000 }, logger: pino({ level: 'debug' }, sink) });
});
afterAll(async () => {
  await api?.close();
  await limited?.close();
  await watched?.close();
});

/** Log lines at error level or above (pino's 50): a client's doing must leave none. */
const errorsLogged = () => log.filter((line) => line.level >= 50);

/**
 * Writes `request` on a bare TCP connection, as a client that breaks HTTP's
 * rules would, and resolves with everything the server sent once it closes
 * the connection (or after `waitMs`).
 */
function exchange(app: TestApp, request: string, options: { then?: (socket: Socket) => void; waitMs?: number } = {}): Promise<string> {
  const { port } = new URL(app.app.url);
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(request);
      options.then?.(socket);
    });
    const timer = setTimeout(() => socket.destroy(), options.waitMs ?? 30_000);
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
}

async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(app.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sql-statements': 'count', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

/** Each fragment spreads the next three times: 3^levels fields once expanded. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`);
  return ['{ ...F0 }', ...fragments, `fragment F${levels} on Query { plans { totalCount } }`].join('\n');
}

/**
 * Milliseconds /healthz takes to answer. The server runs in this process: while a
 * request blocks its event loop, nothing answers, so a generous bound shows it is free.
 */
async function healthLatency(app: TestApp): Promise<number> {
  const started = Date.now();
  expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  return Date.now() - started;
}

const TYPE_FIELDS = 'fragment T on __Type { name kind description fields { name args { name } } }';
const ten = (item: (i: number) => string) => Array.from({ length: 10 }, (_, i) => item(i)).join(' ');

describe('no request stalls the server', () => {
  test('1,000 aliased `__schema` in one anonymous request (160 MB of answer) are refused as 1,000 introspections, while /healthz keeps answering', async () => {
    const bomb = post(api, { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __schema { types { ...T } }`).join(' ')} } ${TYPE_FIELDS}` });
    expect(await healthLatency(api)).toBeLessThan(2000);
    const refused = await bomb;
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', introspections: 1000, maxIntrospections: 2 });
  });

  test('introspection lists aliased ten times under lists aliased ten times, in under 1 KB, are refused by their aliases', async () => {
    const query = `{ __schema { ...S } }
      fragment S on __Schema { ${ten((i) => `t${i}: types { ...T }`)} }
      fragment T on __Type { name ${ten((i) => `f${i}: fields { ...F }`)} }
      fragment F on __Field { name ${ten((i) => `a${i}: args { name description }`)} }`;
    expect(query.length).toBeLessThan(1024);
    const bomb = post(api, { query });
    expect(await healthLatency(api)).toBeLessThan(2000);
    const refused = await bomb;
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'TOO_MANY_FIELDS', introspectionFields: 3221, maxIntrospectionFields: 500 });
  });

  test('a fragment bomb of 20 levels is refused as 3^20 fields, while /healthz keeps answering', async () => {
    const bomb = post(api, { query: fragmentBomb(20) });
    const health = fetch(`${api.baseUrl}/healthz`).then((r) => r.status);
    const refused = await bomb;
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_FIELDS', fields: 2 * 3 ** 20, maxFields: 1000 });
    expect(await health).toBe(200);
  });

  test('a 3,000-deep selection is refused by its nesting, without a stack overflow in the message', async () => {
    const query = '{ ' + 'tasks { nodes { '.repeat(1500) + 'code' + ' } }'.repeat(1500) + ' }';
    const refused = await post(api, { query });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', maxNesting: 64 });
    expect(JSON.stringify(refused.body)).not.toContain('call stack');
  });

  test('variables nested 20,000 deep are refused before anything walks them', async () => {
    const body = `{"query":"query($code: String!) { administrativeUnit(code: $code) { name } }","variables":{"code":${'['.repeat(20_000)}"06"${']'.repeat(20_000)}}}`;
    const refused = await post(api, body);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'INPUT_TOO_DEEP', maxNesting: 64 });
  });

  test('a document of more tokens than QUERY_MAX_TOKENS is refused before it is parsed', async () => {
    const refused = await post(api, { query: `{ ${'__typename '.repeat(20_001)}}` });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'TOO_MANY_TOKENS', maxTokens: 20_000 });
  });

  test('more fragment definitions than QUERY_MAX_FRAGMENTS are refused', async () => {
    const fragments = Array.from({ length: 201 }, (_, i) => `fragment F${i} on Query { __typename }`).join('\n');
    const refused = await post(api, { query: `{ ...F0 }\n${fragments}` });
    expect(refused.body.errors[0].extensions).toEqual({ code: 'TOO_MANY_FRAGMENTS', maxFragments: 200 });
  });
});

describe('bad input gets a precise code, never INTERNAL_SERVER_ERROR', () => {
  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

  test.each([
    ['two strings', ['x', 'y']],
    ['a NUL', ['\u0000', 1]],
    ['an integer PostgreSQL cannot hold', [2 ** 40, 1]],
    ['a fraction', [1.5, 1]],
  ])('a cursor that decodes to the wrong types (%s) is BAD_USER_INPUT naming the argument', async (_, key) => {
    const response = await api.graphql(`query($after: String) { tasks(first: 2, after: $after) { nodes { code } } }`, { after: cursor(key) });
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  test('an explicit `filter: null` on every list reads as no filter', async () => {
    const lists = ['administrativeUnits', 'indicators', 'objectives', 'reportingPeriods', 'responsibleBodies', 'tasks'];
    const response = await api.graphql(`{ ${lists.map((list) => `${list}(filter: null, first: 1) { totalCount }`).join(' ')} }`);
    expect(response.errors).toBeUndefined();
    for (const list of lists) expect(response.data![list].totalCount).toBeGreaterThan(0);
    const viewer = await api.createUser(Role.VIEWER, 'hardening-viewer');
    const protectedLists = await api.graphql(
      `{ reports(filter: null) { totalCount } indicatorValues(filter: null) { totalCount }
         task(code: "III.1.a") { assignments(filter: null) { totalCount } }
         responsibleBody(code: "BDT") { assignments(filter: null) { totalCount } } }`,
      {},
      viewer,
    );
    expect(protectedLists.errors).toBeUndefined();
    expect(protectedLists.data!.task.assignments.totalCount).toBeGreaterThan(0);
  });

  test('an operationName that names no operation, or a fragment, is a 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const document = 'query Units { plans { ...Count } } fragment Count on PlanConnection { totalCount }';
    const unknown = await post(api, { query: document, operationName: 'Nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({
      message: '`operationName` "Nope" names no operation of the document (the document defines Units)',
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE', operationName: 'Nope' },
    });
    const fragment = await post(api, { query: document, operationName: 'Count' });
    expect(fragment.status).toBe(400);
    expect(fragment.body.errors[0].message).toContain('names a fragment');
    const ambiguous = await post(api, { query: 'query A { plans { totalCount } } query B { plans { totalCount } }' });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  test('a subscription is a 400 OPERATION_NOT_SUPPORTED', async () => {
    const refused = await post(api, { query: 'subscription { plans { totalCount } }' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
  });

  test('an automatic persisted query whose hash does not match is a 400 PERSISTED_QUERY_HASH_MISMATCH; a matching one runs', async () => {
    const query = '{ plans { totalCount } }';
    const wrong = await post(api, { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const right = await post(api, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(right.body).toEqual({ data: { plans: { totalCount: 1 } } });
    const version = await post(api, { query, extensions: { persistedQuery: { version: 2, sha256Hash } } });
    expect(version.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_VERSION_NOT_SUPPORTED');
  });

  test('a lone surrogate in text a userError would echo, with a clientMutationId, is refused and stores nothing', async () => {
    const admin = await api.createUser(Role.ADMIN, 'hardening-admin');
    const mutation = `mutation($input: CreateReportInput!) { createReport(input: $input) { report { id } userErrors { code message } } }`;
    const input = { bodyCode: 'UBND-064\ud800', periodCode: '2023-H1', clientMutationId: 'hardening-surrogate' };
    const refused = await api.graphql(mutation, { input }, admin);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Text must be well-formed Unicode: it holds a lone surrogate (at request.variables.input.bodyCode)',
      extensions: { code: 'BAD_USER_INPUT', at: 'request.variables.input.bodyCode' },
    });
    // The key was never used, so the same key with good input applies once.
    const applied = await api.graphql(mutation, { input: { ...input, bodyCode: 'NO-SUCH-BODY' } }, admin);
    expect(applied.data!.createReport.userErrors[0].code).toBe('NOT_FOUND');
  });
});

describe('requests that break HTTP get a 4xx, and leave no error in the log', () => {
  test('a chunked body over MAX_BODY_BYTES is a 413 with the request ID and the budget headers', async () => {
    const megabyte = new TextEncoder().encode(JSON.stringify({ query: '{ plans { totalCount } }', pad: 'x'.repeat(1_000_000) }));
    // A stream has no length: it is sent chunked, and the limit is met while reading.
    const body = new ReadableStream({
      start(controller) {
        for (let at = 0; at < megabyte.length; at += 64_000) controller.enqueue(megabyte.subarray(at, at + 64_000));
        controller.close();
      },
    });
    const response = await fetch(watched.app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'chunked-megabyte' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(response.headers.get('x-request-id')).toBe('chunked-megabyte');
    expect(response.headers.get('x-ratelimit-remaining')).toEqual(expect.stringMatching(/^\d+$/));
    expect(errorsLogged()).toEqual([]);
  });

  test.each(['http://[/graphql', 'http://x:99999/graphql'])('an absolute request target that is no URL (%s) is a 400 BAD_REQUEST', async (target) => {
    const answer = await exchange(watched, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":"BAD_REQUEST"');
    expect(errorsLogged()).toEqual([]);
  });

  test('an upload the client gives up on is logged at info with its request ID, not as an error', async () => {
    await exchange(watched, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Request-Id: gave-up\r\nContent-Length: 1000\r\n\r\n{"query":', {
      then: (socket) => setTimeout(() => socket.destroy(), 50),
    });
    await until(() => log.some((line) => line.requestId === 'gave-up'));
    expect(log.find((line) => line.requestId === 'gave-up')).toMatchObject({ level: 30, status: 499, errorCodes: ['CLIENT_CLOSED_REQUEST'] });
    expect(errorsLogged()).toEqual([]);
  });

  test("a chunked body that never ends is answered 408 REQUEST_TIMEOUT and the connection closed, within REQUEST_TIMEOUT_MS (1 s here) and not Node's 300 s", async () => {
    const started = Date.now();
    const answer = await exchange(watched, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n{"query":\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"REQUEST_TIMEOUT"');
    expect(answer.toLowerCase()).toContain('x-ratelimit-remaining');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(errorsLogged()).toEqual([]);
  });
});

describe('variables run with their defaults, whatever their names', () => {
  test('an omitted non-null variable takes its default: a page size, a @skip condition, a unit code and a day', async () => {
    const page = await api.graphql('query($n: Int! = 5) { tasks(first: $n) { nodes { code } } }');
    expect(page.errors).toBeUndefined();
    expect(page.data!.tasks.nodes).toHaveLength(5);
    const skipped = await api.graphql('query($b: Boolean! = true) { plans @skip(if: $b) { totalCount } __typename }');
    expect(skipped).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    expect(skipped.errors).toBeUndefined();
    // Bắc Kạn province, the day before it merged into Thái Nguyên.
    const unit = await api.graphql('query($c: String! = "06", $day: Date! = "2025-06-30") { administrativeUnit(code: $c, asOf: $day) { code } }');
    expect(unit.data).toEqual({ administrativeUnit: { code: '06' } });
  });

  test('an input object\'s omitted field takes its default when the object comes as a variable', async () => {
    const admin = await api.createUser(Role.ADMIN, 'hardening-defaults-admin');
    // `whole` defaults to true; the codes name nothing, so nothing is written.
    const input = { predecessorCode: 'NO-SUCH-BODY', successorCode: 'BDT', effectiveDate: '2027-01-01', legalBasis: 'x' };
    const asVariable = await api.graphql('mutation($input: RecordBodySuccessionInput!) { recordBodySuccession(input: $input) { userErrors { code } } }', { input }, admin);
    expect(asVariable).toMatchObject({ status: 200, data: { recordBodySuccession: { userErrors: [{ code: 'NOT_FOUND' }] } } });
    expect(asVariable.errors).toBeUndefined();
  });

  test('a variable named like a property of every object (`$constructor`) is only the variable', async () => {
    const omitted = await api.graphql('query($constructor: Int) { tasks(first: $constructor) { totalCount } }');
    expect(omitted.errors).toBeUndefined();
    expect(omitted.data!.tasks.totalCount).toBeGreaterThan(0);
    const given = await api.graphql('query($constructor: Int) { tasks(first: $constructor) { nodes { code } } }', { constructor: 2 });
    expect(given.data!.tasks.nodes).toHaveLength(2);
  });

  test('the cost counts the IDs of a default list as it counts IDs sent', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => Buffer.from(`Task:${i + 1}`).toString('base64url'));
    const response = await api.graphql(`query($ids: [ID!]! = ${JSON.stringify(ids)}) { nodes(ids: $ids) { id } rateLimit { nodeCount } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.rateLimit.nodeCount).toBe(100);
  });
});

describe('refusals say what to change', () => {
  test.each([
    ['900 `__typename`', `{ ${'__typename '.repeat(900)}}`],
    ['450 `plans { totalCount }`', `{ ${'plans { totalCount } '.repeat(450)}}`],
  ])('%s, under QUERY_MAX_FIELDS, outgrow the merge check of graphql-js: a 400 QUERY_TOO_COMPLEX that says so', async (_, query) => {
    const refused = await post(api, { query });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ message: expect.stringContaining('ask for each field once'), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  test('a 900 KB search is BAD_USER_INPUT naming the list, the field and the rule, without sending the text back', async () => {
    const search = 'x'.repeat(900_000);
    const response = await fetch(api.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($search: String) { indicators(filter: { search: $search }) { totalCount } }', variables: { search } }),
    });
    const text = await response.text();
    expect(text.length).toBeLessThan(1000);
    expect(JSON.parse(text).errors[0]).toMatchObject({
      message: 'Invalid arguments of `indicators`: search must be shorter than or equal to 200 characters',
      extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ field: 'search', rules: ['maxLength'], messages: ['search must be shorter than or equal to 200 characters'] }] },
    });
  });
});

describe('API tokens as nodes', () => {
  test('node(id) of a token serves its owner and an ADMIN, and refuses anyone else', async () => {
    const owner = await api.createUser(Role.REPORTER, 'hardening-token-owner', 'SYT');
    const other = await api.createUser(Role.REPORTER, 'hardening-token-other', 'SGDDT');
    const admin = await api.createUser(Role.ADMIN, 'hardening-token-admin');
    const mine = await api.graphql(`{ viewer { apiTokens { id name } } }`, {}, owner);
    const token = mine.data!.viewer.apiTokens[0];
    const query = `query($id: ID!) { node(id: $id) { __typename ... on ApiToken { name } } }`;
    expect((await api.graphql(query, { id: token.id }, owner)).data).toEqual({ node: { __typename: 'ApiToken', name: token.name } });
    expect((await api.graphql(query, { id: token.id }, admin)).data).toEqual({ node: { __typename: 'ApiToken', name: token.name } });
    const refused = await api.graphql(query, { id: token.id }, other);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(query, { id: token.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('nodes(ids) answers each ID on its own: a token not yours and a malformed ID are errors at their index, the rest is served', async () => {
    const owner = await api.createUser(Role.REPORTER, 'hardening-nodes-owner', 'SYT');
    const other = await api.createUser(Role.REPORTER, 'hardening-nodes-other', 'SGDDT');
    const tokenId = (await api.graphql(`{ viewer { apiTokens { id } } }`, {}, owner)).data!.viewer.apiTokens[0].id;
    const taskId = (await api.graphql(`{ task(code: "III.1.a") { id } }`)).data!.task.id;
    const response = await api.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [tokenId, 'not-an-id', taskId] }, other);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ nodes: [null, null, { id: taskId }] });
    const errors = response.errors?.map((e) => [(e as { path?: unknown[] }).path, e.extensions?.code]);
    expect(errors?.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [['nodes', 0], 'FORBIDDEN'],
      [['nodes', 1], 'BAD_USER_INPUT'],
    ]);
  });
});

describe('refusals are charged (10 points a minute in this app)', () => {
  beforeEach(() => {
    now = new Date(now.getTime() + 61_000);
  });

  test.each([
    ['unparsable', { query: '{ plans {' }],
    ['invalid', { query: '{ noSuchField }' }],
    ['over the cost', { query: '{ tasks(first: 100) { nodes { assignments(first: 100) { nodes { task { assignments(first: 100) { nodes { role } } } } } } } }' }],
    ['refused before parsing', { query: `{ ${'{'.repeat(100)} }` }],
    ['an unknown operation name', { query: '{ plans { totalCount } }', operationName: 'X' }],
  ])('ten %s requests use the budget up: the eleventh is a 429', async (_, body) => {
    for (let i = 1; i <= 10; i++) {
      const response = await post(limited, body);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-ratelimit-used')).toBe(String(i));
    }
    const eleventh = await post(limited, body);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(eleventh.headers.get('retry-after')).toBeTruthy();
  });

  test('a body that is not JSON, too large, or a batch too large pays too, and says so in its headers', async () => {
    const notJson = await post(limited, '{"query":');
    expect(notJson.status).toBe(400);
    const tooLarge = await post(limited, { query: '{ plans { totalCount } }', variables: { pad: 'x'.repeat(3000) } });
    expect(tooLarge.status).toBe(413);
    const batch = await post(limited, [{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(batch.body.errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
    for (const [response, used] of [[notJson, '1'], [tooLarge, '2'], [batch, '3']] as const) {
      expect(response.headers.get('x-ratelimit-used')).toBe(used);
      expect(response.headers.get('x-ratelimit-limit')).toBe('10');
      expect(response.headers.get('x-sql-statements')).toBe('0');
    }
  });

  test('a bad token is charged to its address', async () => {
    for (let i = 1; i <= 10; i++) {
      const response = await post(limited, { query: '{ __typename }' }, { authorization: 'Bearer bkea_not-a-token' });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="graphql"');
    }
    expect((await post(limited, { query: '{ __typename }' })).status).toBe(429);
  });
});
