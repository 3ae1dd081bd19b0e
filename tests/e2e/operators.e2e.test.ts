import { Writable } from 'node:stream';
import pino from 'pino';
import { Role } from '../../server/access/role';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * What an operator reads: one JSON log line per request, Prometheus metrics,
 * CORS for web apps on other origins, and W3C trace context.
 */
let api: TestApp;
let secured: TestApp;
const lines: Array<Record<string, any>> = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  api = await startTestApp({ logger: pino({ level: 'info' }, sink), corsOrigins: ['http://127.0.0.1:5173'] });
  secured = await startTestApp({ metricsToken: 'scrape-me' });
});
afterAll(async () => {
  await api?.close();
  await secured?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(api.app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('request logs', () => {
  test('one JSON line per request: operation, caller (never the token), status, codes, cost, statements, time', async () => {
    const token = await api.createUser(Role.VIEWER, 'operators-dashboard');
    const response = await post(
      { query: 'query Districts { administrativeUnits(filter: { level: DISTRICT, asOf: "2024-01-01" }, first: 8) { nodes { code } } }', operationName: 'Districts' },
      { authorization: `Bearer ${token}`, 'x-sql-statements': 'count', 'x-request-id': 'req-districts-1' },
    );
    expect(response.status).toBe(200);
    const line = lines.find((l) => l.requestId === 'req-districts-1')!;
    expect(line).toMatchObject({ msg: 'graphql request', method: 'POST', status: 200, operationName: 'Districts', operationType: 'query', role: 'VIEWER', cost: 1, nodeCount: 8 });
    expect(line.userId).toEqual(expect.any(Number));
    expect(line.sqlStatements).toEqual(expect.any(Number));
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toContain(token);
  });

  test('every line counts its SQL statements without the client asking, as many as a client that asks is told', async () => {
    const token = await api.createUser(Role.VIEWER, 'operators-uncounted');
    const query = '{ administrativeUnits(filter: { level: DISTRICT, asOf: "2024-01-01" }, first: 8) { nodes { code } } }';
    // The token's first use records it (one more statement); the two compared are alike.
    await post({ query }, { authorization: `Bearer ${token}` });
    await post({ query }, { authorization: `Bearer ${token}`, 'x-request-id': 'req-uncounted-1' });
    const counted = await post({ query }, { authorization: `Bearer ${token}`, 'x-request-id': 'req-counted-1', 'x-sql-statements': 'count' });
    const line = lines.find((l) => l.requestId === 'req-uncounted-1')!;
    expect(line.sqlStatements).toBeGreaterThan(0);
    expect(line.sqlStatements).toBe(Number(counted.headers.get('x-sql-statements')));
  });

  test('a request refused by validation is logged under the operationName its client sent', async () => {
    await post({ query: 'query Broken { noSuchField }', operationName: 'Broken' }, { 'x-request-id': 'req-invalid-named' });
    expect(lines.find((l) => l.requestId === 'req-invalid-named')).toMatchObject({ status: 400, operationName: 'Broken', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  test('a refused request logs its error code', async () => {
    await post({ query: '{ noSuchField }' }, { 'x-request-id': 'req-invalid-1' });
    expect(lines.find((l) => l.requestId === 'req-invalid-1')).toMatchObject({ status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    await post({ query: `{ ${'{'.repeat(80)} }` }, { 'x-request-id': 'req-nested-1' });
    expect(lines.find((l) => l.requestId === 'req-nested-1')).toMatchObject({ status: 400, errorCodes: ['QUERY_TOO_DEEP'], cost: 1 });
  });

  test('a W3C traceparent names the request: its trace ID is the request ID, and the answer continues the trace', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const response = await post({ query: '{ plans { totalCount } }' }, { traceparent });
    expect(response.headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(response.headers.get('traceresponse')).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(lines.find((l) => l.requestId === '4bf92f3577b34da6a3ce929d0e0e4736')).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      parentSpanId: '00f067aa0ba902b7',
    });
    const malformed = await post({ query: '{ plans { totalCount } }' }, { traceparent: '00-zz-00-01' });
    expect(malformed.headers.get('traceresponse')).toBeNull();
    // A caller that does not sample this trace is answered so: its flags come back as sent.
    const unsampled = await post({ query: '{ plans { totalCount } }' }, { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00' });
    expect(unsampled.headers.get('traceresponse')).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00$/);
  });
});

describe('/metrics', () => {
  test('Prometheus text: requests by operation and outcome, errors by code, refusals by limit, the pool and Node', async () => {
    await post({ query: 'query PlanCount { plans { totalCount } }' });
    await post({ query: '{ plans {' });
    await post({ query: `{ ${'{'.repeat(80)} }` });
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^graphql_requests_total\{operation="PlanCount",outcome="success"\} [1-9]/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_bucket\{le="\+Inf",operation="PlanCount"\} [1-9]/m);
    expect(text).toMatch(/^graphql_errors_total\{code="GRAPHQL_PARSE_FAILED"\} [1-9]/m);
    expect(text).toMatch(/^graphql_refusals_total\{limit="QUERY_TOO_DEEP"\} [1-9]/m);
    expect(text).toMatch(/^sql_statements_total [1-9]/m);
    // Every request is counted: none of these asked with X-SQL-Statements.
    expect(text).toMatch(/^graphql_request_sql_statements_count [1-9]/m);
    expect(text).toMatch(/^db_pool_size \d+/m);
    expect(text).toMatch(/^db_pool_in_use \d+/m);
    expect(text).toMatch(/^db_pool_waiting \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);
  });

  test('with METRICS_TOKEN the scrape needs it', async () => {
    expect((await fetch(`${secured.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${secured.baseUrl}/metrics`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await fetch(`${secured.baseUrl}/metrics`, { headers: { authorization: 'Bearer scrape-me' } })).status).toBe(200);
  });
});

describe('CORS', () => {
  const allowed = 'http://127.0.0.1:5173';

  test('a preflight from an allowed origin gets what it may send; another origin is refused', async () => {
    const preflight = await fetch(api.app.url, {
      method: 'OPTIONS',
      headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const other = await fetch(api.app.url, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await other.json()) as any).errors[0].extensions.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
  });

  test('an answer to an allowed origin names it and exposes the rate-limit and request-ID headers', async () => {
    const response = await post({ query: '{ plans { totalCount } }' }, { origin: allowed });
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-expose-headers')).toEqual(expect.stringContaining('X-RateLimit-Remaining'));
    expect(response.headers.get('access-control-expose-headers')).toEqual(expect.stringContaining('X-Request-Id'));
    const other = await post({ query: '{ plans { totalCount } }' }, { origin: 'http://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
