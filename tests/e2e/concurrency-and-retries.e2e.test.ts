import { Role } from '../../server/access/role';
import { ReportingClient, ReportState } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/** Two writers on one report, and clients that retry. Na Rì (UBND-066) and Ba Bể (UBND-061), 2022-H1. */
let api: TestApp;
let first: ReportingClient;
let second: ReportingClient;
let admin: ReportingClient;
let report: ReportState;

beforeAll(async () => {
  api = await startTestApp();
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'retries-admin'));
  first = new ReportingClient(api, await api.createUser(Role.REPORTER, 'retries-na-ri-1', 'UBND-066'));
  second = new ReportingClient(api, await api.createUser(Role.REPORTER, 'retries-na-ri-2', 'UBND-066'));
  report = await first.createReport('UBND-066', '2022-H1');
});
afterAll(() => api?.close());

async function current(id: string) {
  const response = await api.graphql(
    `query($id: ID!) { node(id: $id) { ... on Report { version status
       values(first: 100) { nodes { indicatorCode unitCode value } }
       history(first: 100) { totalCount } } } }`,
    { id },
    admin.token,
  );
  return response.data!.node;
}

describe('two people editing the same report at once', () => {
  test('exactly one gets CONFLICT, the other\'s value is kept, and the retry after re-reading loses nothing', async () => {
    const start = await current(report.id);
    const edit = (client: ReportingClient, unitCode: string, value: number) =>
      client.mutate('setIndicatorValues', {
        reportId: report.id,
        version: start.version,
        values: [{ indicatorCode: 'households-housing', unitCode, value }],
      });
    // Văn Vũ (02137) and Văn Lang (02140) are communes of Na Rì.
    const results = await Promise.all([edit(first, '02137', 11), edit(second, '02140', 7)]);
    const codes = results.map((r) => r.data!.setIndicatorValues.userErrors.map((e: any) => e.code));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
    expect(codes.filter((c) => c.length === 1 && c[0] === 'CONFLICT')).toHaveLength(1);

    const loser = codes[0].length ? { client: first, unit: '02137', value: 11 } : { client: second, unit: '02140', value: 7 };
    const afterRace = await current(report.id);
    expect(afterRace.version).toBe(start.version + 1);
    expect(afterRace.values.nodes).toHaveLength(1);

    const retried = await loser.client.mutate('setIndicatorValues', {
      reportId: report.id,
      version: afterRace.version,
      values: [{ indicatorCode: 'households-housing', unitCode: loser.unit, value: loser.value }],
    });
    expect(retried.data!.setIndicatorValues.userErrors).toEqual([]);
    const end = await current(report.id);
    expect(end.values.nodes.map((v: any) => [v.unitCode, v.value]).sort()).toEqual([
      ['02137', 11],
      ['02140', 7],
    ]);
  });

  test('many writers racing on one version: one wins, every other one is told CONFLICT', async () => {
    const start = await current(report.id);
    const racers = Array.from({ length: 6 }, (_, i) =>
      (i % 2 ? first : second).mutate('setIndicatorValues', {
        reportId: report.id,
        version: start.version,
        values: [{ indicatorCode: 'households-resettled', unitCode: '066', value: 100 + i }],
      }),
    );
    const results = await Promise.all(racers);
    const applied = results.filter((r) => r.data!.setIndicatorValues.userErrors.length === 0);
    const conflicts = results.filter((r) => r.data!.setIndicatorValues.userErrors[0]?.code === 'CONFLICT');
    expect(applied).toHaveLength(1);
    expect(conflicts).toHaveLength(5);
    const end = await current(report.id);
    expect(end.version).toBe(start.version + 1);
    const winner = results.findIndex((r) => r.data!.setIndicatorValues.userErrors.length === 0);
    const stored = end.values.nodes.find((v: any) => v.indicatorCode === 'households-resettled');
    expect(stored.value).toBe(100 + winner);
  });

  test('two creates of the same report at once make one report', async () => {
    const create = (client: ReportingClient) => client.mutate('createReport', { bodyCode: 'UBND-066', periodCode: '2022' });
    const results = await Promise.all([create(first), create(second)]);
    const errors = results.map((r) => r.data!.createReport.userErrors.map((e: any) => e.code).join());
    expect(errors.sort()).toEqual(['', 'ALREADY_EXISTS']);
    expect(results[0].data!.createReport.report.id).toBe(results[1].data!.createReport.report.id);
  });
});

describe('a retried mutation with the same clientMutationId', () => {
  test('applies once and answers the retry with the first outcome', async () => {
    const start = await current(report.id);
    const input = {
      reportId: report.id,
      version: start.version,
      clientMutationId: 'na-ri-2022-h1-water-1',
      values: [{ indicatorCode: 'households-domestic-water', unitCode: '066', value: 320 }],
    };
    const once = await first.mutate('setIndicatorValues', input, 'values { id value }');
    const again = await first.mutate('setIndicatorValues', input, 'values { id value }');
    expect(once.data!.setIndicatorValues.userErrors).toEqual([]);
    expect(again.data!.setIndicatorValues).toEqual(once.data!.setIndicatorValues);
    expect(again.data!.setIndicatorValues.clientMutationId).toBe('na-ri-2022-h1-water-1');
    const end = await current(report.id);
    expect(end.version).toBe(start.version + 1);
    expect(end.history.totalCount).toBe(start.history.totalCount + 1);
  });

  test('retries sent at the same moment still apply once', async () => {
    const start = await current(report.id);
    const input = {
      reportId: report.id,
      version: start.version,
      clientMutationId: 'na-ri-2022-h1-water-2',
      values: [{ indicatorCode: 'households-domestic-water', unitCode: '066', value: 340 }],
    };
    const results = await Promise.all([1, 2, 3].map(() => first.mutate('setIndicatorValues', input, 'values { value }')));
    for (const result of results) expect(result.data!.setIndicatorValues.userErrors).toEqual([]);
    const end = await current(report.id);
    expect(end.version).toBe(start.version + 1);
    expect(end.history.totalCount).toBe(start.history.totalCount + 1);
  });

  test('a submit that is retried after it went through does not fail on the second try', async () => {
    const start = await current(report.id);
    const input = { reportId: report.id, version: start.version, clientMutationId: 'na-ri-2022-h1-submit' };
    const once = await first.mutate('submitReport', input);
    const again = await first.mutate('submitReport', input);
    expect(once.data!.submitReport.userErrors).toEqual([]);
    expect(again.data!.submitReport.userErrors).toEqual([]);
    expect(again.data!.submitReport.report.status).toBe('SUBMITTED');
    expect((await current(report.id)).version).toBe(start.version + 1);
  });

  test('a key longer than 255 characters is refused as TOO_LONG', async () => {
    const response = await first.mutate('createReport', { bodyCode: 'UBND-066', periodCode: '2023', clientMutationId: 'k'.repeat(6000) });
    expect(response.data!.createReport.userErrors).toEqual([expect.objectContaining({ code: 'TOO_LONG', field: ['input', 'clientMutationId'] })]);
  });

  test('the same key with another input is refused, and the key is the user\'s own', async () => {
    const reused = await first.mutate('createReport', { bodyCode: 'UBND-066', periodCode: '2023', clientMutationId: 'na-ri-2022-h1-submit' });
    expect(reused.data!.createReport.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherUser = await second.mutate('createReport', { bodyCode: 'UBND-066', periodCode: '2023', clientMutationId: 'na-ri-2022-h1-submit' });
    expect(otherUser.data!.createReport.userErrors).toEqual([]);
    expect(otherUser.data!.createReport.report.period.code).toBe('2023');
  });
});
