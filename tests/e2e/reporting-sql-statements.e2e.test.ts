import { Role } from '../../server/access/role';
import { ReportingClient, ValueInput } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Reads of reports and values cost a number of statements fixed by the query's
 * shape, not by how many rows come back. Bạch Thông (UBND-063) reports 2024-H2
 * for each of its 14 communes on eight commune-level indicators.
 */
let api: TestApp;
let viewer: string;

const COMMUNE_INDICATORS = [
  'households-housing',
  'households-production-land',
  'households-residential-land',
  'households-career-change',
  'households-domestic-water',
  'households-resettled',
  'villages-hard-surfaced-road',
  'households-electricity',
];

beforeAll(async () => {
  api = await startTestApp();
  viewer = await api.createUser(Role.VIEWER, 'statements-dashboard');
  const admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'statements-admin'));
  const reporter = new ReportingClient(api, await api.createUser(Role.REPORTER, 'statements-ubnd-bach-thong', 'UBND-063'));
  const communes = await api.graphql(`{ administrativeUnit(code: "063", asOf: "2024-01-01") { children(first: 100) { nodes { code } } } }`);
  const codes: string[] = communes.data!.administrativeUnit.children.nodes.map((c: any) => c.code);
  const values: ValueInput[] = COMMUNE_INDICATORS.flatMap((indicatorCode, i) =>
    codes.map((unitCode, j) =>
      ['households-electricity', 'villages-hard-surfaced-road'].includes(indicatorCode) ? { indicatorCode, unitCode, numerator: 80 + j, denominator: 100 } : { indicatorCode, unitCode, value: i + j },
    ),
  );
  expect(values.length).toBeGreaterThan(100);
  let report = await reporter.createReport('UBND-063', '2024-H2');
  report = await reporter.setValues(report, values);
  // The first request of a token also records its use (once an hour): keep that out of the counts.
  await api.graphql(`{ viewer { login } }`, {}, viewer);
  report = await reporter.setValues(report, values.slice(0, 20).map((v) => ({ ...v, ...(v.value !== undefined ? { value: v.value + 1 } : { numerator: v.numerator! - 1 }) })));
  // Accepted and consolidated, so that the dashboard below always finds province figures.
  await admin.accept(await reporter.submit(report));
  await admin.apply('consolidatePeriod', { periodCode: '2024-H2' });
});
afterAll(() => api?.close());

const FLAT_VALUES = `query($first: Int!) { indicatorValues(first: $first, filter: { bodyCode: "UBND-063", periodCode: "2024-H2" }) {
  totalCount nodes { indicatorCode unitCode unitName unitLevel periodCode bodyCode reportStatus sex ethnicGroup value numerator denominator
    history { nodes { action before after actor { login } } } } } }`;

test('a BI page of 100 flat values with their history takes as many statements as a page of 5', async () => {
  const large = await api.graphql(FLAT_VALUES, { first: 100 }, viewer);
  const small = await api.graphql(FLAT_VALUES, { first: 5 }, viewer);
  expect(large.errors).toBeUndefined();
  expect(large.data!.indicatorValues.nodes).toHaveLength(100);
  expect(small.data!.indicatorValues.nodes).toHaveLength(5);
  expect(large.data!.indicatorValues.nodes.filter((v: any) => v.history.nodes.length === 2)).toHaveLength(20);
  // Token, values page, its total (counted only when asked), indicators, units, reports, periods, bodies, history, users.
  expect(large.statements).toBe(10);
  expect(small.statements).toBe(large.statements);
});

const DASHBOARD = `{ indicators(first: 50) { nodes { code targets { year comparator value }
  province: progress(asOf: "2026-07-01") { status value expectedValue target { year } period { code } }
  baBe: progress(unitCode: "061", asOf: "2026-07-01") { status value } } } }`;

test('a dashboard of every indicator with targets and progress for two units takes a fixed number of statements', async () => {
  const response = await api.graphql(DASHBOARD, {}, viewer);
  expect(response.errors).toBeUndefined();
  const nodes = response.data!.indicators.nodes;
  expect(nodes).toHaveLength(47);
  // The latest consolidated period: this file's 2024-H2, or a later one of another test on the same database.
  expect(nodes.find((i: any) => i.code === 'households-housing').province.period).not.toBeNull();
  // Token, indicators page, targets, units by code, observations (all units and dates at once), periods.
  expect(response.statements).toBe(6);
});

test('reports with their values, history and actors: one statement per level', async () => {
  const response = await api.graphql(
    `{ reports(first: 10, filter: { bodyCode: "UBND-063", periodCode: "2024-H2" }) { nodes { body { code } period { code } reviewedBy { login }
        values(first: 100) { totalCount nodes { value indicator { code } administrativeUnit { name } } }
        history(first: 100) { nodes { action actor { login } indicatorValue { value } } } } } }`,
    {},
    viewer,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.reports.nodes[0].values.totalCount).toBeGreaterThan(100);
  expect(response.data!.reports.nodes[0].reviewedBy).toEqual({ login: 'statements-admin' });
  // Token, reports, bodies, periods, reviewers, values, indicators, units, history, actors, values changed.
  expect(response.statements).toBe(11);
});

const BACH_THONG_ROLLUP = `query($within: String!) { indicator(code: "households-housing") {
  rollup(level: DISTRICT, within: $within) { unit { code name } period { code } value sourceValues } } }`;

test("Bạch Thông's roll-up with its district and period is one statement with its indicator", async () => {
  const response = await api.graphql(BACH_THONG_ROLLUP, { within: '06' }, viewer);
  expect(response.errors).toBeUndefined();
  const figures = response.data!.indicator.rollup.filter((r: any) => r.period.code === '2024-H2');
  // Its 14 communes reported households-housing as 0 + 1 + ... + 13, 20 of them corrected by +1 (the first 20 values).
  expect(figures).toEqual([{ unit: { code: '063', name: expect.stringContaining('Bạch Thông') }, period: { code: '2024-H2' }, value: 91 + 14, sourceValues: 14 }]);
  // Token, then the indicator by code with its roll-up, units and periods (sql-read).
  expect(response.statements).toBe(2);
});

test('a roll-up within a code no unit has is refused as bad input', async () => {
  const response = await api.graphql(BACH_THONG_ROLLUP, { within: '99' }, viewer);
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/No unit has the code "99"/);
});
