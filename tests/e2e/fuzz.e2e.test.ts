import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import pino from 'pino';
import { buildSchema } from 'graphql';
import { Role } from '../../server/access/role';
import { startTestApp, TestApp } from '../support/test-app';
import { rootFieldOperations, type FuzzOperation } from '../support/fuzz/operations';
import { FIXED_PROTOCOL_REQUESTS, protocolRequests, type RawRequest } from '../support/fuzz/protocol';

/**
 * Schema-driven fuzzing (issue 12): every root field and mutation with
 * values of the wrong size, sign, type and encoding, and requests that break
 * GraphQL over HTTP, from every kind of caller. Whatever the input, the
 * answer is a 4xx or a field error with a code: never a 5xx, never
 * INTERNAL_SERVER_ERROR, never a stack trace or SQL; and the server stays up.
 * `FUZZ_COUNT` and `FUZZ_SEED` run more, or other, cases by hand.
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

let api: TestApp;
const logLines: Array<{ level: number; msg: string; requestId?: string }> = [];
const tokens = new Map<string, string | undefined>();
const seen = { requests: 0, byStatus: new Map<number, number>(), byCode: new Map<string, number>() };

const STACK_TRACE = /\bat [\w.<>]+ \(|\.[jt]s:\d+:\d+|node_modules\//;
const SQL_TEXT = /\bselect\b[\s\S]*\bfrom\b|\binsert into\b|\bsyntax error at or near\b|\brelation "|\bviolates\b[\s\S]*\bconstraint\b|\bcolumn "|\bpg_[a-z]+\(/i;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  // Its writes (users, reports, consolidations) must not reach the other tests: the run's spare database.
  api = await startTestApp({ databaseUrl: process.env.TEST_SPARE_DATABASE_URL, logger: pino({ level: 'warn' }, sink) });
  await createCallers();
}, 180_000);

afterAll(async () => {
  await api?.close();
  const byCode = [...seen.byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
  const byStatus = [...seen.byStatus].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status}: ${n}`);
  console.log(`fuzz (seed ${SEED}): ${seen.requests} requests; by status ${byStatus.join(', ')}; error codes: ${byCode.join(', ')}`);
});

/** One caller of each kind; a fuzzed revokeApiToken may revoke one, and it is made again. */
async function createCallers(): Promise<void> {
  const callers: Array<[string, Role, string | undefined]> = [
    ['admin', Role.ADMIN, undefined],
    ['reporter', Role.REPORTER, 'UBND-061'],
    ['supervisor', Role.SUPERVISOR, undefined],
    ['viewer', Role.VIEWER, undefined],
  ];
  tokens.set('anonymous', undefined);
  for (const [name, role, body] of callers) {
    tokens.set(name, await api.createUser(role, `fuzz-${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`, body));
  }
}

async function send(request: RawRequest, token: string | undefined): Promise<{ status: number; text: string }> {
  const headers = { ...request.headers, ...(token && !request.headers.authorization ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${api.app.url}${request.search ?? ''}`, { method: request.method, headers, body: request.body });
  return { status: response.status, text: await response.text() };
}

function asRaw(operation: FuzzOperation): RawRequest {
  return { label: operation.label, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(operation.body) };
}

/** The codes of every error in a response (a batch answers with a list). */
function codesOf(body: unknown): string[] {
  const responses = Array.isArray(body) ? body : [body];
  return responses.flatMap((r) => ((r as { errors?: Array<{ extensions?: { code?: string } }> })?.errors ?? []).map((e) => e.extensions?.code ?? '(none)'));
}

async function check(request: RawRequest, caller: string): Promise<void> {
  const { status, text } = await send(request, tokens.get(caller));
  seen.requests++;
  seen.byStatus.set(status, (seen.byStatus.get(status) ?? 0) + 1);
  const context = `${request.label} as ${caller}: ${status} ${text.slice(0, 500)}`;
  if (status >= 500) throw new Error(`a 5xx for ${context}`);
  // No body by definition: HEAD, and a preflight answered 204.
  if (request.method === 'HEAD' || status === 204) return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON: ${context}`);
  }
  const codes = codesOf(body);
  for (const code of codes) seen.byCode.set(code, (seen.byCode.get(code) ?? 0) + 1);
  if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('(none)')) throw new Error(`an error without a client code for ${context}`);
  const errors = JSON.stringify(Array.isArray(body) ? body.map((r) => r?.errors) : (body as { errors?: unknown })?.errors ?? null);
  if (STACK_TRACE.test(errors)) throw new Error(`a stack trace in ${context}`);
  if (SQL_TEXT.test(errors)) throw new Error(`SQL in ${context}`);
  if (status === 401 && caller !== 'anonymous' && !request.headers.authorization) await createCallers();
}

const callers = fc.constantFrom('anonymous', 'admin', 'reporter', 'supervisor', 'viewer');

test('every request that breaks GraphQL over HTTP gets a 4xx with a code', async () => {
  for (const request of FIXED_PROTOCOL_REQUESTS) {
    for (const caller of ['anonymous', 'admin']) await check(request, caller);
  }
});

test(`${COUNT} schema-driven requests (seed ${SEED}): no 5xx, no INTERNAL_SERVER_ERROR, no stack trace or SQL`, async () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const requests = fc.oneof(
    { arbitrary: rootFieldOperations(schema).map(asRaw), weight: 8 },
    { arbitrary: protocolRequests, weight: 2 },
  );
  await fc.assert(
    fc.asyncProperty(requests, callers, async (request, caller) => check(request, caller)),
    { numRuns: COUNT, seed: SEED, endOnFailure: true },
  );
}, 600_000);

test('the server is still healthy, and logged no unexpected error', async () => {
  expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
  expect((await api.graphql('{ plans { totalCount } }')).data).toEqual({ plans: { totalCount: 1 } });
  const unexpected = logLines.filter((line) => line.level >= 50);
  expect(unexpected.map((line) => line.msg)).toEqual([]);
});
