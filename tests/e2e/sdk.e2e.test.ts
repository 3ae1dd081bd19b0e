import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../../server/access/role';
import { buildSdk, ROOT, run } from '../support/sdk-build';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The built SDK (sdk/dist, as a user installs it) against the real server.
 * Only the package's public entry point is used.
 */
type SdkModule = typeof import('../../sdk/src/index.js', { with: { 'resolution-mode': 'import' } });

let api: TestApp;
let sdkModule: SdkModule;
let adminToken: string;
let reporterToken: string;

beforeAll(async () => {
  await buildSdk();
  sdkModule = require('@bac-kan-ethnic-affairs/sdk');
  api = await startTestApp();
  adminToken = await api.createUser(Role.ADMIN, 'sdk-admin');
  // A commune committee of the map after 1 July 2025: Phường Đức Xuân.
  reporterToken = await api.createUser(Role.REPORTER, 'sdk-ubnd-duc-xuan', 'UBND-01840');
}, 120_000);
afterAll(() => api?.close());

/** A fetch that counts the requests it makes. */
function countingFetch() {
  const counter = { requests: 0, fetch: ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    counter.requests++;
    return fetch(input, init);
  }) as typeof fetch };
  return counter;
}

describe('reading the plan graph', () => {
  test('targets of 2025, with one typed call', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url });
    const result = await sdk.indicators({ filter: { horizonYear: 2025 }, first: 100 });
    expect(result.indicators.totalCount).toBe(28);
    const housing = result.indicators.nodes.find((i) => i.code === 'households-housing')!;
    expect(housing.targets).toEqual([expect.objectContaining({ year: 2025, comparator: 'GTE', value: 423 })]);
  });

  test('the tasks of one department, with their assignments', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url });
    const { tasks } = await sdk.tasks({ filter: { bodyCode: 'SGDDT' } });
    expect(tasks.nodes.map((t) => t.code)).toContain('III.2.c');
    expect(tasks.nodes.every((t) => t.assignments.nodes.some((a) => a.body.code === 'SGDDT'))).toBe(true);
  });

  test('all 108 communes of 2024 in pages of 7: none lost, none repeated, 16 requests', async () => {
    const counter = countingFetch();
    const sdk = sdkModule.createClient({ url: api.app.url, fetch: counter.fetch });
    const codes: string[] = [];
    for await (const unit of sdk.paginate.administrativeUnits({ filter: { level: 'COMMUNE', asOf: '2024-01-01' } }, { pageSize: 7 })) codes.push(unit.code);
    expect(codes).toHaveLength(108);
    expect(new Set(codes).size).toBe(108);
    expect(counter.requests).toBe(Math.ceil(108 / 7));
  });
});

describe('a report from draft to accepted', () => {
  test('through the SDK only, with a bad value coming back as a userError', async () => {
    const reporter = sdkModule.createClient({ url: api.app.url, token: reporterToken });
    const admin = sdkModule.createClient({ url: api.app.url, token: adminToken });
    const created = await reporter.createReport({ input: { bodyCode: 'UBND-01840', periodCode: '2029-H2' } });
    expect(created.createReport.userErrors).toEqual([]);
    let report = created.createReport.report!;
    expect(report.status).toBe('DRAFT');

    const refused = await reporter.setIndicatorValues({
      input: { reportId: report.id, version: report.version, values: [{ indicatorCode: 'households-housing', unitCode: '01840', value: -1 }] },
    });
    expect(refused.setIndicatorValues.userErrors).toEqual([
      expect.objectContaining({ code: 'NEGATIVE_COUNT', field: ['input', 'values', '0', 'value'] }),
    ]);

    const set = await reporter.setIndicatorValues({
      input: { reportId: report.id, version: report.version, values: [{ indicatorCode: 'households-housing', unitCode: '01840', value: 18 }] },
    });
    expect(set.setIndicatorValues.values.map((v) => [v.indicatorCode, v.unitCode, v.value])).toEqual([['households-housing', '01840', 18]]);
    report = set.setIndicatorValues.report!;
    report = (await reporter.submitReport({ input: { reportId: report.id, version: report.version } })).submitReport.report!;
    expect(report.status).toBe('SUBMITTED');
    const accepted = await admin.acceptReport({ input: { reportId: report.id, version: report.version } });
    expect(accepted.acceptReport.report).toMatchObject({ status: 'ACCEPTED', editable: false });
  });
});

describe('before and after 1 July 2025', () => {
  test('a code on two days, its successions, and the plan\'s territory, with typed calls', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url });
    const before = await sdk.administrativeUnit({ code: '01834', asOf: '2024-01-01' });
    expect(before.administrativeUnit!.successors.map((s) => [s.unit.code, s.unit.validFrom, s.whole])).toEqual([['01840', '2025-07-01', true]]);
    const after = await sdk.administrativeUnit({ code: '01840', asOf: '2026-01-01' });
    expect(after.administrativeUnit!.predecessors.map((p) => p.unit.code)).toEqual(['01834', '01840', '01846']);
    const territory = await sdk.planTerritory({ code: 'BK-CTDT-2021-2030', asOf: '2026-01-01', first: 100 });
    expect(territory.plan!.territory.totalCount).toBe(37);
  });

  test('a body\'s successors and who holds its duties today', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url });
    const { responsibleBody } = await sdk.responsibleBody({ code: 'BDT', asOf: '2026-01-01' });
    expect(responsibleBody!.successors.map((s) => [s.body.code, s.inferred])).toEqual([['SDTTG', false]]);
    expect(responsibleBody!.assignments.nodes.every((a) => a.heldBy.map((b) => b.code).join() === 'SDTTG-19')).toBe(true);
  });

  test('a 2029-H2 figure of Phường Đức Xuân shown on the map of 2024, under Bắc Kạn', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url, token: adminToken });
    const { indicator } = await sdk.indicatorRollup({ code: 'households-housing', level: 'PROVINCE', geographyAsOf: '2024-01-01' });
    const figure = indicator!.rollup.find((r) => r.period.code === '2029-H2')!;
    expect(figure).toMatchObject({ unit: { code: '06', validTo: '2025-06-30' }, comparable: true, note: null });
    expect(figure.value).toBeGreaterThanOrEqual(18);
  });
});

describe('analytics and exports', () => {
  const request = { kind: 'analytics' as const, input: { indicators: ['households-housing'], periods: ['2029-H2'], units: ['01840'] } };

  test('analytics with one typed call: Phường Đức Xuân\'s 2029-H2 figure, under province 19', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url, token: adminToken });
    const { analytics } = await sdk.analytics({ input: request.input });
    expect(analytics.rowCount).toBe(1);
    expect(analytics.rows[0]).toMatchObject({ unitCode: '01840', unitName: 'Phường Đức Xuân', unitLevel: 'COMMUNE', parentUnitCode: '19', comparable: true, target: null });
  });

  test('exportCsv streams the same figure as CSV; exportXlsx gives a workbook as a Blob', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url, token: adminToken });
    const stream = await sdk.exportCsv(request, { lang: 'en' });
    const text = await new Response(stream).text();
    const [header, row] = text.split('\r\n');
    expect(header.split(',').slice(0, 4)).toEqual(['indicatorCode', 'indicatorName', 'periodCode', 'unitCode']);
    expect(row.split(',')[3]).toBe('01840');
    const workbook = await sdk.exportXlsx({ kind: 'indicator-values', filter: { unitCodes: ['01840'], periodCodes: ['2029-H2'] } });
    expect(workbook.size).toBeGreaterThan(1000);
    expect(new Uint8Array(await workbook.slice(0, 2).arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b])); // a ZIP: "PK"
  });

  test('a refused export is the typed error of its code, naming the parameter', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url, token: adminToken });
    const refusal = await sdk.exportCsv({ kind: 'analytics', input: { indicators: ['no-such-indicator'] } }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(sdkModule.GraphqlError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
    const anonymous = sdkModule.createClient({ url: api.app.url });
    await expect(anonymous.exportCsv(request)).rejects.toBeInstanceOf(sdkModule.AuthenticationError);
  });
});

describe('keeping the catalogue', () => {
  test('typed calls: the targets in force on a day with their revisions, and a revision refused with its userError', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url, token: adminToken });
    const { indicator } = await sdk.indicatorTargets({ code: 'em-poverty-rate', asOf: '2026-01-01' });
    expect(indicator!.targets.map((t) => [t.year, t.comparator, t.value, t.revisions.length])).toEqual([[2030, 'LT', 10, 1], [2045, 'LT', 5, 1]]);
    const { reviseTarget } = await sdk.reviseTarget({
      input: { indicatorCode: 'no-such-indicator', year: 2030, comparator: sdkModule.Comparator.LT, value: 9, legalBasis: 'x', effectiveDate: '2027-01-01', text: 'x' },
    });
    expect(reviseTarget.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'indicatorCode'] })]);
  });
});

describe('typed errors', () => {
  test('an expired token is an AuthenticationError with its code and HTTP status', async () => {
    const expired = await api.createUser(Role.VIEWER, 'sdk-expired', undefined, new Date(Date.now() - 60_000));
    const sdk = sdkModule.createClient({ url: api.app.url, token: expired });
    const error = await sdk.viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdkModule.AuthenticationError);
    expect(error).toBeInstanceOf(sdkModule.GraphqlError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect((error as Error).message).toMatch(/expired/);
  });

  test('a refused role is a ForbiddenError', async () => {
    const sdk = sdkModule.createClient({ url: api.app.url, token: reporterToken });
    await expect(sdk.consolidatePeriod({ input: { periodCode: '2029-H2' } })).rejects.toBeInstanceOf(sdkModule.ForbiddenError);
  });

  test('a server that is not there is a TransportError', async () => {
    const sdk = sdkModule.createClient({ url: 'http://127.0.0.1:9/graphql', retries: 0 });
    await expect(sdk.plans()).rejects.toBeInstanceOf(sdkModule.TransportError);
  });
});

/** In front of the real server: answers 503 (or 429) with Retry-After a few times, then forwards. */
async function flakyProxy(failures: number, status: number): Promise<{ url: string; server: Server; seen: () => number }> {
  let seen = 0;
  const server = createServer(async (req, res) => {
    seen++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (seen <= failures) {
      res.writeHead(status, { 'retry-after': '0', 'content-type': 'application/json' });
      return res.end(JSON.stringify({ errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
    }
    const upstream = await fetch(api.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server, seen: () => seen };
}

describe('retries', () => {
  test('a read is retried after 503 and 429, honouring Retry-After', async () => {
    for (const status of [503, 429]) {
      const proxy = await flakyProxy(2, status);
      try {
        const sdk = sdkModule.createClient({ url: proxy.url, retries: 2 });
        const { plans } = await sdk.plans();
        expect(plans.nodes).toHaveLength(1);
        expect(proxy.seen()).toBe(3);
      } finally {
        proxy.server.close();
      }
    }
  });

  test('a read gives up after its retries with the last TransportError', async () => {
    const proxy = await flakyProxy(5, 503);
    try {
      const sdk = sdkModule.createClient({ url: proxy.url, retries: 1 });
      await expect(sdk.plans()).rejects.toMatchObject({ name: 'TransportError', status: 503, retryAfterMs: 0 });
      expect(proxy.seen()).toBe(2);
    } finally {
      proxy.server.close();
    }
  });

  test('a mutation is not retried unless it carries a clientMutationId', async () => {
    const proxy = await flakyProxy(1, 503);
    try {
      const sdk = sdkModule.createClient({ url: proxy.url, token: adminToken, retries: 2 });
      await expect(sdk.createReport({ input: { bodyCode: 'UBND-058', periodCode: '2029-H2' } })).rejects.toBeInstanceOf(sdkModule.TransportError);
      expect(proxy.seen()).toBe(1);
    } finally {
      proxy.server.close();
    }
  });

  test('a 429 asking for a longer wait than maxRetryWaitMs is a RateLimitedError at once, with when to come back', async () => {
    let seen = 0;
    const resetAt = '2026-12-02T10:00:00.000Z';
    const limited = createServer((_req, res) => {
      seen++;
      res.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED', limit: 5000, resetAt } }] }));
    });
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve));
    try {
      const sdk = sdkModule.createClient({ url: `http://127.0.0.1:${(limited.address() as AddressInfo).port}/graphql`, retries: 3 });
      const started = Date.now();
      const error = await sdk.plans().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(sdkModule.RateLimitedError);
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 30_000, resetAt: new Date(resetAt) });
      expect(seen).toBe(1);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      limited.close();
    }
  });

  test('a request that takes longer than timeoutMs is a TransportError', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const sdk = sdkModule.createClient({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`, timeoutMs: 200, retries: 0 });
      await expect(sdk.plans()).rejects.toThrow(/timed out after 200 ms/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('the BI example', () => {
  test('`npm run example:progress-csv` writes one row per indicator for the province and each district', async () => {
    const child = spawn(process.execPath, ['sdk/examples/progress-csv.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', API_URL: api.app.url, API_TOKEN: adminToken, AS_OF: '2025-01-15' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let csv = '';
    let log = '';
    child.stdout.on('data', (chunk) => (csv += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('indicator,name,unit,unit_code,unit_name,period,value,target_year,comparator,target,expected,status');
    expect(lines).toHaveLength(1 + 9 * 47);
    expect(lines.filter((l) => l.startsWith('households-housing,'))).toHaveLength(9);
    const statuses = new Set(lines.slice(1).map((l) => l.split(',').pop()));
    for (const status of statuses) expect(['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA']).toContain(status);
    expect(log).toContain('423 rows');
  }, 60_000);
});

describe('example 4, run twice', () => {
  test('the second run finds the report the first sent, and leaves it', async () => {
    const runExample = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['sdk/examples/submit-report.mjs'], {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', API_URL: api.app.url, API_TOKEN: reporterToken, BODY: 'UBND-01840', PERIOD: '2027-H1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.once('exit', (code) => resolve({ code, output }));
      });
    const first = await runExample();
    expect(first).toMatchObject({ code: 0, output: expect.stringContaining('UBND-01840 2027-H1: SUBMITTED') });
    const second = await runExample();
    expect(second).toMatchObject({ code: 0, output: expect.stringContaining('already SUBMITTED, nothing to do') });
  }, 60_000);
});

describe('enums', () => {
  test('are values as well as types', () => {
    expect(Object.values(sdkModule.ReportStatus)).toEqual(['ACCEPTED', 'DRAFT', 'RETURNED', 'SUBMITTED']);
    const role: import('../../sdk/src/index.js', { with: { 'resolution-mode': 'import' } }).AssignmentRole = sdkModule.AssignmentRole.LEAD;
    expect(role).toBe('LEAD');
  });
});

describe('the package', () => {
  test('its client code has no Node-only imports, so it bundles for browsers', () => {
    const dir = join(ROOT, 'sdk/dist/esm');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['index.js', 'client.js', 'errors.js']));
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text).not.toMatch(/from ['"]node:|require\(|process\.|Buffer\./);
    }
  });

  test('it loads as ESM and as CommonJS', async () => {
    const esm = await run(process.execPath, ['--input-type=module', '-e', "import { createClient } from '@bac-kan-ethnic-affairs/sdk'; console.log(typeof createClient)"]);
    const cjs = await run(process.execPath, ['-e', "console.log(typeof require('@bac-kan-ethnic-affairs/sdk').createClient)"]);
    expect([esm.output.trim(), cjs.output.trim()]).toEqual(['function', 'function']);
  });

  test('its tarball holds the build, the README and the manifest only', async () => {
    const packed = await run('npm', ['pack', '--dry-run', '--json', '-w', 'sdk']);
    const [report] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
    const paths: string[] = report.files.map((f: { path: string }) => f.path);
    expect(paths.every((p) => p.startsWith('dist/') || p === 'README.md' || p === 'package.json')).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'package.json', 'dist/esm/index.js', 'dist/cjs/index.js', 'dist/esm/index.d.ts']));
  });
});
