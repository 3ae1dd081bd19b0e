import { Role } from '../../server/access/role';
import { keptFiguresDrift } from '../support/kept-figures';
import { ReportingClient } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The province before and after 1 July 2025, with the real units: Phường Đức
 * Xuân (new 01840) was formed from Nguyễn Thị Minh Khai (01834), Đức Xuân
 * (old 01840) and Huyền Tụng (01846) of Thành phố Bắc Kạn; Xã Đồng Phúc (new
 * 01933) from three communes of Ba Bể (061) and one of Chợ Đồn (064).
 * 2023-H2 is this file's pre-2025 period, 2026-H1 and 2025 its later ones.
 */
let api: TestApp;
let admin: ReportingClient;
let thanhPho: ReportingClient;
let ducXuan: ReportingClient;
let dongPhuc: ReportingClient;
let finance: ReportingClient;
let viewer: string;

async function data(query: string, variables: Record<string, unknown> = {}, token = viewer) {
  const response = await api.graphql(query, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function acceptNew(client: ReportingClient, body: string, period: string, values: Parameters<ReportingClient['setValues']>[1]) {
  const report = await client.setValues(await client.createReport(body, period), values);
  return admin.accept(await client.submit(report));
}

beforeAll(async () => {
  api = await startTestApp();
  viewer = await api.createUser(Role.VIEWER, 'after-2025-viewer');
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'after-2025-admin'));
  thanhPho = new ReportingClient(api, await api.createUser(Role.REPORTER, 'after-2025-ubnd-thanh-pho', 'UBND-058'));
  ducXuan = new ReportingClient(api, await api.createUser(Role.REPORTER, 'after-2025-ubnd-duc-xuan', 'UBND-01840'));
  dongPhuc = new ReportingClient(api, await api.createUser(Role.REPORTER, 'after-2025-ubnd-dong-phuc', 'UBND-01933'));
  finance = new ReportingClient(api, await api.createUser(Role.REPORTER, 'after-2025-so-tai-chinh', 'STC'));
  // 2023-H2, on the old map: two communes that went into new 01840, with a count and a share.
  await acceptNew(thanhPho, 'UBND-058', '2023-H2', [
    { indicatorCode: 'households-housing', unitCode: '01834', value: 5 },
    { indicatorCode: 'households-housing', unitCode: '01840', value: 7 },
    { indicatorCode: 'households-electricity', unitCode: '01834', numerator: 90, denominator: 100 },
    { indicatorCode: 'households-electricity', unitCode: '01840', numerator: 50, denominator: 200 },
  ]);
  await acceptNew(finance, 'STC', '2023-H2', [{ indicatorCode: 'province-economic-growth', unitCode: '06', value: 7.1 }]);
  // 2026-H1, on the new map.
  await acceptNew(ducXuan, 'UBND-01840', '2026-H1', [{ indicatorCode: 'households-housing', unitCode: '01840', value: 30 }]);
  await acceptNew(dongPhuc, 'UBND-01933', '2026-H1', [{ indicatorCode: 'households-housing', unitCode: '01933', value: 9 }]);
  await admin.apply('consolidatePeriod', { periodCode: '2026-H1' });
  // 2025 ends on 14 December 2025, after the change: its figures come from the new communes.
  await acceptNew(ducXuan, 'UBND-01840', '2025', [{ indicatorCode: 'households-housing', unitCode: '01840', value: 500 }]);
  await admin.apply('consolidatePeriod', { periodCode: '2025' });
});
afterAll(() => api?.close());

describe('units through time', () => {
  test('code 01840 names one ward on 2024-01-01 and another on 2026-01-01', async () => {
    const { before, after } = await data(`{
      before: administrativeUnit(code: "01840", asOf: "2024-01-01") { id name validFrom validTo parent { code } }
      after: administrativeUnit(code: "01840", asOf: "2026-01-01") { id name validFrom validTo parent { code name } }
    }`);
    expect(before).toMatchObject({ name: 'Phường Đức Xuân', validTo: '2025-06-30', parent: { code: '058' } });
    expect(after).toMatchObject({ name: 'Phường Đức Xuân', validFrom: '2025-07-01', validTo: null, parent: { code: '19', name: 'Tỉnh Thái Nguyên' } });
    expect(after.id).not.toBe(before.id);
  });

  test('a code is looked up on a day: Bắc Kạn (06) is not in force today, Thái Nguyên (19) was not in 2024', async () => {
    const result = await data(`{
      today: administrativeUnit(code: "06") { code }
      then: administrativeUnit(code: "06", asOf: "2025-06-30") { name }
      early: administrativeUnit(code: "19", asOf: "2024-01-01") { code }
    }`);
    expect(result).toEqual({ today: null, then: { name: 'Tỉnh Bắc Kạn' }, early: null });
  });

  test('each day has its own map: 117 units before 1 July 2025, 38 after, every version without a day', async () => {
    const result = await data(`{
      before: administrativeUnits(filter: { asOf: "2025-06-30" }) { totalCount }
      after: administrativeUnits(filter: { asOf: "2025-07-01" }) { totalCount }
      districtsAfter: administrativeUnits(filter: { asOf: "2026-01-01", level: DISTRICT }) { totalCount }
      all: administrativeUnits { totalCount }
    }`);
    expect(result).toEqual({ before: { totalCount: 117 }, after: { totalCount: 38 }, districtsAfter: { totalCount: 0 }, all: { totalCount: 156 } });
  });

  test('successions both ways, with the clause of 1683/NQ-UBTVQH15; abolished districts have none', async () => {
    const { old, merged, district, province } = await data(`{
      old: administrativeUnit(code: "01834", asOf: "2024-01-01") { successors { unit { code validFrom } effectiveDate legalBasis whole } }
      merged: administrativeUnit(code: "01933", asOf: "2026-01-01") { predecessors { unit { code name parent { code } } whole } }
      district: administrativeUnit(code: "061", asOf: "2024-01-01") { successors { unit { code } } }
      province: administrativeUnit(code: "06", asOf: "2024-01-01") { successors { unit { code name } legalBasis whole } }
    }`);
    expect(old.successors).toEqual([
      { unit: { code: '01840', validFrom: '2025-07-01' }, effectiveDate: '2025-07-01', legalBasis: '1683/NQ-UBTVQH15 Điều 1 khoản 89', whole: true },
    ]);
    expect(merged.predecessors.map((p: any) => [p.unit.code, p.unit.parent.code, p.whole])).toEqual([
      ['01924', '061', true],
      ['01930', '061', true],
      ['01933', '061', true],
      ['02041', '064', true],
    ]);
    expect(district.successors).toEqual([]);
    expect(province.successors).toEqual([{ unit: { code: '19', name: 'Tỉnh Thái Nguyên' }, legalBasis: expect.stringContaining('202/2025/QH15'), whole: true }]);
  });

  test("the plan's territory is the province before 1 July 2025 and the 37 new communes after", async () => {
    const { plan } = await data(`{ plan(code: "BK-CTDT-2021-2030") {
      before: territory(asOf: "2024-01-01") { totalCount nodes { code } }
      after: territory(asOf: "2026-01-01", first: 100) { totalCount nodes { code level parent { code } } }
    } }`);
    expect(plan.before).toEqual({ totalCount: 1, nodes: [{ code: '06' }] });
    expect(plan.after.totalCount).toBe(37);
    expect(plan.after.nodes.every((u: any) => u.level === 'COMMUNE' && u.parent.code === '19')).toBe(true);
  });
});

describe('bodies through time', () => {
  test('Ban Dân tộc tỉnh became Sở Dân tộc và Tôn giáo on 1 March 2025, whose Thái Nguyên successor is marked as inferred', async () => {
    const { bdt, sdttg } = await data(`{
      bdt: responsibleBody(code: "BDT") { validTo successors { body { code validFrom } effectiveDate legalBasis inferred whole } }
      sdttg: responsibleBody(code: "SDTTG") { successors { body { code administrativeUnit { code } } inferred note } }
    }`);
    expect(bdt).toEqual({
      validTo: '2025-02-28',
      successors: [{ body: { code: 'SDTTG', validFrom: '2025-03-01' }, effectiveDate: '2025-03-01', legalBasis: expect.stringContaining('45/2025/NĐ-CP'), inferred: false, whole: true }],
    });
    expect(sdttg.successors).toEqual([{ body: { code: 'SDTTG-19', administrativeUnit: { code: '19' } }, inferred: true, note: expect.stringContaining('Inferred') }]);
  });

  test('the departments and committees in force differ on each side of the change', async () => {
    const { before, after } = await data(`{
      before: responsibleBodies(filter: { asOf: "2024-01-01" }, first: 100) { totalCount nodes { code } }
      after: responsibleBodies(filter: { asOf: "2026-01-01" }, first: 100) { totalCount nodes { code kind } }
    }`);
    expect(before.totalCount).toBe(31);
    expect(after.nodes.filter((b: any) => b.kind === 'COMMUNE_PEOPLES_COMMITTEE')).toHaveLength(37);
    expect(after.nodes.filter((b: any) => b.kind === 'DISTRICT_PEOPLES_COMMITTEE')).toEqual([]);
    expect(after.nodes.map((b: any) => b.code)).toEqual(expect.arrayContaining(['UBND-19', 'SDTTG-19', 'BDTTG', 'UBND-01840']));
  });

  test("a district committee's duty passes to the commune committees of its area; the assignment stays the plan's", async () => {
    const { body } = await data(`{ body: responsibleBody(code: "UBND-061") { assignments(first: 1, filter: { wholePlan: false }) { nodes {
      body { code } then: heldBy(asOf: "2024-01-01") { code } now: heldBy(asOf: "2026-01-01") { code } } } } }`);
    const [duty] = body.assignments.nodes;
    expect(duty.body).toEqual({ code: 'UBND-061' });
    expect(duty.then).toEqual([{ code: 'UBND-061' }]);
    expect(duty.now.map((b: any) => b.code)).toContain('UBND-01933');
    expect(duty.now.every((b: any) => /^UBND-\d{5}$/.test(b.code))).toBe(true);
  });

  test("Xã Đồng Phúc's committee holds the duties of both Ba Bể and Chợ Đồn, on its own list", async () => {
    const { own, inherited } = await data(`{
      own: responsibleBody(code: "UBND-01933") { assignments { totalCount } }
      inherited: responsibleBody(code: "UBND-01933") { assignments(first: 100, filter: { includeInherited: true }) { nodes { body { code } } } }
    }`);
    expect(own.assignments.totalCount).toBe(0);
    expect(new Set(inherited.assignments.nodes.map((a: any) => a.body.code))).toEqual(new Set(['UBND-061', 'UBND-064']));
  });
});

describe('reporting across the change', () => {
  test('a district committee cannot open a report for 2026-H1: BODY_NOT_IN_FORCE names its successors', async () => {
    const response = await admin.mutate('createReport', { bodyCode: 'UBND-061', periodCode: '2026-H1' });
    const [error] = response.data!.createReport.userErrors;
    expect(error.code).toBe('BODY_NOT_IN_FORCE');
    expect(error.message).toMatch(/^UBND-061 ended on 2025-06-30, before 2026-H1 ends on 2026-06-14: its reports come from .*UBND-01933/);
  });

  test('a commune committee cannot report for 2024-H1, before it began', async () => {
    const response = await ducXuan.mutate('createReport', { bodyCode: 'UBND-01840', periodCode: '2024-H1' });
    expect(response.data!.createReport.userErrors).toEqual([
      expect.objectContaining({ code: 'BODY_NOT_IN_FORCE', message: 'UBND-01840 begins on 2025-07-01, after 2024-H1 ends on 2024-06-14' }),
    ]);
  });

  test('a value for an old commune in a 2026 report is UNIT_NOT_IN_FORCE naming the ward it went into; one for a neighbour is outside the area', async () => {
    const report = await ducXuan.createReport('UBND-01840', '2026-H2');
    const response = await ducXuan.mutate('setIndicatorValues', {
      reportId: report.id,
      version: report.version,
      values: [
        { indicatorCode: 'households-housing', unitCode: '01834', value: 1 },
        { indicatorCode: 'households-housing', unitCode: '01843', value: 1 },
        { indicatorCode: 'households-housing', unitCode: '061', value: 1 },
      ],
    });
    expect(response.data!.setIndicatorValues.userErrors).toEqual([
      expect.objectContaining({
        code: 'UNIT_NOT_IN_FORCE',
        field: ['input', 'values', '0', 'unitCode'],
        message: "Phường Nguyễn Thị Minh Khai (01834) ended on 2025-06-30, before this period's cut-off on 2026-12-14: its area is now in Phường Đức Xuân (01840)",
      }),
      expect.objectContaining({ code: 'UNIT_OUTSIDE_AREA', field: ['input', 'values', '1', 'unitCode'] }),
      expect.objectContaining({ code: 'UNIT_NOT_IN_FORCE', message: expect.stringContaining('it has no successor') }),
    ]);
  });

  test("consolidation of 2026-H1 is done by Ban Dân tộc tỉnh's successor, for province 19, from the new communes", async () => {
    const { reports } = await data(`{ reports(filter: { periodCode: "2026-H1", kind: CONSOLIDATED }) { nodes { body { code }
      values(first: 100, filter: { indicatorCode: "households-housing" }) { nodes { unitCode value } } } } }`);
    const [consolidated] = reports.nodes;
    expect(consolidated.body.code).toBe('SDTTG-19');
    const byUnit = Object.fromEntries(consolidated.values.nodes.map((v: any) => [v.unitCode, v.value]));
    expect(byUnit['01840']).toBe(30);
    expect(byUnit['01933']).toBe(9);
    expect(byUnit['19']).toBeGreaterThanOrEqual(39);
  });

  test("a report of UBND-01840 for 2026-H1 counts towards the plan area's progress (unit 06)", async () => {
    const { indicator } = await data(`{ indicator(code: "households-housing") {
      progress(unitCode: "06", asOf: "2026-07-01") { unit { code } period { code } value } } }`);
    expect(indicator.progress.unit.code).toBe('06');
    expect(indicator.progress.period.code).toBe('2026-H1');
    expect(indicator.progress.value).toBeGreaterThanOrEqual(39);
  });

  test('did the plan area meet its 2025 target? 2025 ends after the change and is judged on the new communes', async () => {
    const { indicator } = await data(`{ indicator(code: "households-housing") {
      progress(unitCode: "06", asOf: "2026-01-15") { status value period { code } target { year value } } } }`);
    expect(indicator.progress).toMatchObject({ status: 'ACHIEVED', period: { code: '2025' }, target: { year: 2025, value: 423 } });
    expect(indicator.progress.value).toBeGreaterThanOrEqual(500);
  });
});

describe('figures across the change (the crosswalk)', () => {
  const ROLLUP = `query($code: String!, $level: AdministrativeLevel!, $geography: Date) { indicator(code: $code) {
    rollup(level: $level, geographyAsOf: $geography) { unit { code validFrom } period { code } value numerator denominator sourceValues comparable note } } }`;

  async function rollup(code: string, level: string, geography?: string, period?: string) {
    const { indicator } = await data(ROLLUP, { code, level, geography });
    return indicator.rollup.filter((r: any) => !period || r.period.code === period);
  }

  test('2023-H2 values of two old communes appear summed under the new ward on the 2026 map', async () => {
    const figures = await rollup('households-housing', 'COMMUNE', '2026-01-01', '2023-H2');
    expect(figures.find((f: any) => f.unit.code === '01840')).toEqual({
      unit: { code: '01840', validFrom: '2025-07-01' },
      period: { code: '2023-H2' },
      value: 12,
      numerator: null,
      denominator: null,
      sourceValues: 2,
      comparable: true,
      note: null,
    });
  });

  test("and under province 19, with the same total as Bắc Kạn's own 2023-H2 figure", async () => {
    const [onNewMap] = await rollup('households-housing', 'PROVINCE', '2026-01-01', '2023-H2');
    const [onOwnMap] = await rollup('households-housing', 'PROVINCE', undefined, '2023-H2');
    expect(onOwnMap.unit.code).toBe('06');
    expect(onNewMap).toMatchObject({ unit: { code: '19' }, comparable: true, value: onOwnMap.value });
    expect(onNewMap.value).toBeGreaterThanOrEqual(12);
  });

  test('a ratio is carried by its parts: (90 + 50) / (100 + 200) = 46.6667 %, not the 57.5 % average', async () => {
    const figures = await rollup('households-electricity', 'COMMUNE', '2026-01-01', '2023-H2');
    expect(figures.find((f: any) => f.unit.code === '01840')).toMatchObject({ value: 46.6667, numerator: 140, denominator: 300, comparable: true });
  });

  test('without geographyAsOf each period stays on its own map', async () => {
    const figures = await rollup('households-housing', 'COMMUNE');
    const ducXuan = figures.filter((f: any) => f.unit.code === '01840');
    expect(ducXuan.find((f: any) => f.period.code === '2023-H2')).toMatchObject({ unit: { validFrom: null }, value: 7 });
    expect(ducXuan.find((f: any) => f.period.code === '2026-H1')).toMatchObject({ unit: { validFrom: '2025-07-01' }, value: 30 });
  });

  test('on the old map, 2026 figures go to Bắc Kạn (06), but a new commune that spans two districts is not comparable', async () => {
    const [province] = await rollup('households-housing', 'PROVINCE', '2024-01-01', '2026-H1');
    expect(province).toMatchObject({ unit: { code: '06' }, comparable: true });
    const districts = await rollup('households-housing', 'DISTRICT', '2024-01-01', '2026-H1');
    expect(districts.find((f: any) => f.unit.code === '058')).toMatchObject({ value: 30, comparable: true });
    expect(districts.find((f: any) => f.unit.code === '01933')).toMatchObject({
      value: 9,
      comparable: false,
      note: 'This unit spans Huyện Ba Bể (061), Huyện Chợ Đồn (064) on the map of 2024-01-01: its figure cannot be split between them',
    });
  });

  test('a NONE indicator (an index) is shown on the new map but is not comparable', async () => {
    const [growth] = await rollup('province-economic-growth', 'PROVINCE', '2026-01-01', '2023-H2');
    expect(growth).toMatchObject({ unit: { code: '19' }, value: 7.1, comparable: false, note: expect.stringContaining('Tỉnh Bắc Kạn (06)') });
    const [own] = await rollup('province-economic-growth', 'PROVINCE', undefined, '2023-H2');
    expect(own).toMatchObject({ unit: { code: '06' }, value: 7.1, comparable: true, note: null });
  });

  test('the map after 1 July 2025 has no district level: asking for it is a clear error', async () => {
    const response = await api.graphql(ROLLUP, { code: 'households-housing', level: 'DISTRICT', geography: '2026-01-01' }, viewer);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('has no DISTRICT level'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'level' },
    });
  });

  test('a crosswalked roll-up is one SQL statement, as the plain one is', async () => {
    const plain = await api.graphql(ROLLUP, { code: 'households-housing', level: 'PROVINCE' }, viewer);
    const carried = await api.graphql(ROLLUP, { code: 'households-housing', level: 'PROVINCE', geography: '2026-01-01' }, viewer);
    const plainAgain = await api.graphql(ROLLUP, { code: 'households-housing', level: 'PROVINCE' }, viewer);
    // Token, then the indicator with its roll-up, units and periods in one statement (sql-read).
    expect(carried.statements).toBe(2);
    expect(plainAgain.statements).toBe(carried.statements);
    expect(plainAgain.data).toEqual(plain.data);
  });
});

describe('kept figures', () => {
  test('after the reports of both maps, the kept figures are what building them gives', async () => {
    expect(await keptFiguresDrift(api)).toMatchObject({ stale: 0, missing: 0 });
  });
});
