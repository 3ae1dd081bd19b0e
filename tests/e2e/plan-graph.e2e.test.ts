import { startTestApp, TestApp } from '../support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.graphql<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('the plan as loaded from the document', () => {
  test('the plan cites its legal bases and runs 2021-2030 with a 2045 vision', async () => {
    const { plan } = await data(`{ plan(code: "BK-CTDT-2021-2030") {
      title issuer startYear endYear visionYear legalBases { code issuedOn } } }`);
    expect(plan).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn', startYear: 2021, endYear: 2030, visionYear: 2045 });
    expect(plan.legalBases).toEqual([
      { code: '10/NQ-CP', issuedOn: '2022-01-28' },
      { code: '1719/QĐ-TTg', issuedOn: '2021-10-14' },
    ]);
  });

  test('every indicator, target, task, body and assignment of the seed is there', async () => {
    const counts = await data(`{
      objectives { totalCount }
      general: objectives(filter: { kind: GENERAL }) { totalCount }
      indicators { totalCount }
      by2025: indicators(filter: { horizonYear: 2025 }) { totalCount }
      by2030: indicators(filter: { horizonYear: 2030 }) { totalCount }
      vision: indicators(filter: { objectiveKind: VISION }) { totalCount }
      tasks { totalCount }
      breakthrough: tasks(filter: { kind: BREAKTHROUGH, topLevel: true }) { totalCount }
      main: tasks(filter: { kind: MAIN, topLevel: true }) { totalCount }
      solutions: tasks(filter: { kind: SOLUTION }) { totalCount }
      responsibleBodies(filter: { asOf: "2024-01-01" }) { totalCount }
      districts: administrativeUnits(filter: { level: DISTRICT, asOf: "2024-01-01" }) { totalCount }
      communes: administrativeUnits(filter: { level: COMMUNE, asOf: "2024-01-01" }) { totalCount }
      reportingPeriods { totalCount }
    }`);
    const totals = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, (v as { totalCount: number }).totalCount]));
    expect(totals).toEqual({
      objectives: 32,
      general: 4,
      indicators: 47,
      by2025: 28,
      by2030: 19,
      vision: 2,
      tasks: 50,
      breakthrough: 7,
      main: 8,
      solutions: 5,
      responsibleBodies: 31,
      districts: 8,
      communes: 108,
      reportingPeriods: 27,
    });
  });

  test('"1.373 hộ" is the number 1373, one of five household targets in one bullet', async () => {
    const { objective } = await data(`{ objective(code: "II.2.a.9") {
      indicators { nodes { code unit measureKind aggregation targets { year comparator value } } } } }`);
    const byCode = Object.fromEntries(objective.indicators.nodes.map((i: any) => [i.code, i]));
    expect(Object.keys(byCode)).toHaveLength(6);
    expect(byCode['households-production-land']).toEqual({
      code: 'households-production-land',
      unit: 'hộ',
      measureKind: 'COUNT',
      aggregation: 'SUM',
      targets: [{ year: 2025, comparator: 'GTE', value: 1373 }],
    });
    expect(byCode['households-career-change'].targets[0].value).toBe(4663);
    expect(byCode['households-domestic-water'].targets[0].value).toBe(7108);
    expect(byCode['households-resettled'].targets[0]).toEqual({ year: 2025, comparator: 'GT', value: 200 });
  });

  test('comparators and Vietnamese decimals are read as the document states them', async () => {
    const query = `query ($code: String!) { indicator(code: $code) {
      aggregation targets { year comparator value valueMax baselineYear } } }`;
    const target = async (code: string) => (await data(query, { code })).indicator;
    expect((await target('households-electricity')).targets).toEqual([
      { year: 2025, comparator: 'GT', value: 98.5, valueMax: null, baselineYear: null },
    ]);
    expect((await target('em-poverty-rate-annual-reduction')).targets[0]).toMatchObject({ comparator: 'BETWEEN', value: 2.5, valueMax: 3 });
    expect((await target('em-income-growth-vs-2020')).targets[0]).toMatchObject({ comparator: 'GT', value: 2, baselineYear: 2020 });
    expect((await target('em-children-underweight')).targets[0]).toMatchObject({ comparator: 'LT', value: 17 });
    expect((await target('forest-cover')).targets[0]).toMatchObject({ comparator: 'MAINTAIN', value: 70 });
    const hdi = await target('em-human-development-index');
    expect(hdi).toEqual({ aggregation: 'NONE', targets: [{ year: 2030, comparator: 'GT', value: 0.69, valueMax: null, baselineYear: null }] });
    expect((await target('em-poverty-rate')).targets.map((t: any) => [t.year, t.comparator, t.value])).toEqual([
      [2030, 'LT', 10],
      [2045, 'LT', 5],
    ]);
  });

  test('a share within a share is an indicator broken down by sex', async () => {
    const { indicator } = await data(`{ indicator(code: "em-trained-stable-income") {
      targets { value } breakdowns { nodes { code disaggregation parent { code } targets { comparator value } } } } }`);
    expect(indicator.targets).toEqual([{ value: 35 }]);
    expect(indicator.breakdowns.nodes).toEqual([
      {
        code: 'em-trained-stable-income-female-share',
        disaggregation: 'SEX',
        parent: { code: 'em-trained-stable-income' },
        targets: [{ comparator: 'GTE', value: 50 }],
      },
    ]);
  });

  test('task codes keep the letter "đ" and there is no "f"', async () => {
    const { task, f } = await data(`{ task(code: "III.1.đ") { code kind title } f: task(code: "III.1.f") { code } }`);
    expect(task).toMatchObject({ code: 'III.1.đ', kind: 'BREAKTHROUGH' });
    expect(f).toBeNull();
    const { tasks } = await data(`{ tasks(filter: { kind: BREAKTHROUGH, topLevel: true }) { nodes { code } } }`);
    expect(tasks.nodes.map((t: any) => t.code)).toEqual(['III.1.a', 'III.1.b', 'III.1.c', 'III.1.d', 'III.1.đ', 'III.1.e', 'III.1.g']);
  });
});

describe('navigating the graph both ways', () => {
  test('indicator -> tasks -> responsible bodies', async () => {
    const { indicator } = await data(`{ indicator(code: "preschool-age-5-attendance") {
      tasks { nodes { code assignments(filter: { role: LEAD }) { nodes { role source body { code name } } } } } } }`);
    expect(indicator.tasks.nodes).toEqual([
      {
        code: 'III.2.c.1',
        assignments: { nodes: [{ role: 'LEAD', source: 'INFERRED', body: { code: 'SGDDT', name: expect.stringContaining('Giáo dục và Đào tạo') } }] },
      },
    ]);
  });

  test('body -> assignments -> tasks -> indicators', async () => {
    const { responsibleBody } = await data(`{ responsibleBody(code: "SGDDT") {
      assignments(filter: { wholePlan: false, role: LEAD }) { nodes { task { code indicators { nodes { code } } } } } } }`);
    const tasks = responsibleBody.assignments.nodes.map((a: any) => a.task);
    const c1 = tasks.find((t: any) => t.code === 'III.2.c.1');
    expect(c1.indicators.nodes.map((i: any) => i.code)).toContain('literacy-age-15-60');
  });

  test('the plan-wide duties of section V are assignments without a task', async () => {
    const { responsibleBody } = await data(`{ responsibleBody(code: "UBND-064") {
      kind administrativeUnit { code name level }
      assignments(filter: { wholePlan: true }) { nodes { role source sourceRef task { code } } } } }`);
    expect(responsibleBody.administrativeUnit).toEqual({ code: '064', name: 'Huyện Chợ Đồn', level: 'DISTRICT' });
    // Section V.5: one duty per sentence, each with the role its verb says; V.7: two reports.
    const roles = responsibleBody.assignments.nodes.map((a: any) => a.role).sort();
    expect(roles).toEqual(['COORDINATE', 'DISSEMINATE', 'FUND', 'IMPLEMENT', 'REPORT', 'REPORT']);
    for (const a of responsibleBody.assignments.nodes) expect(a).toMatchObject({ source: 'STATED', task: null });
    expect(responsibleBody.assignments.nodes.filter((a: any) => a.role === 'REPORT').map((a: any) => a.sourceRef)).toEqual(['V.7', 'V.7']);
  });

  test('province -> districts -> communes, and back up', async () => {
    const { administrativeUnit } = await data(`{ administrativeUnit(code: "06", asOf: "2024-01-01") {
      name level children { totalCount nodes { code name children { totalCount } } } } }`);
    expect(administrativeUnit).toMatchObject({ name: 'Tỉnh Bắc Kạn', level: 'PROVINCE' });
    const districts = administrativeUnit.children.nodes;
    expect(districts.map((d: any) => d.code)).toEqual(['058', '060', '061', '062', '063', '064', '065', '066']);
    // Children are every version: Ngân Sơn (062) has Xã Vân Tùng until 9 April 2023 and Thị trấn Vân Tùng after.
    expect(districts.map((d: any) => d.children.totalCount)).toEqual([8, 10, 15, 11, 14, 20, 14, 17]);
    const { administrativeUnit: commune } = await data(`{ administrativeUnit(code: "01954", asOf: "2024-01-01") { name validFrom parent { code parent { code } } } }`);
    expect(commune).toEqual({ name: 'Thị trấn Vân Tùng', validFrom: '2023-04-10', parent: { code: '062', parent: { code: '06' } } });
    const { administrativeUnit: before } = await data(`{ administrativeUnit(code: "01954", asOf: "2022-12-14") { name validTo successors { unit { name } effectiveDate whole } } }`);
    expect(before).toEqual({ name: 'Xã Vân Tùng', validTo: '2023-04-09', successors: [{ unit: { name: 'Thị trấn Vân Tùng' }, effectiveDate: '2023-04-10', whole: true }] });
  });

  test('a task and its sub-items form a tree', async () => {
    const { task } = await data(`{ task(code: "III.2.b") { children { nodes { code title children { nodes { code parent { code } } } } } } }`);
    expect(task.children.nodes.map((c: any) => c.code)).toEqual(['III.2.b.1', 'III.2.b.2', 'III.2.b.3']);
    expect(task.children.nodes[0].children.nodes).toEqual([
      { code: 'III.2.b.1.1', parent: { code: 'III.2.b.1' } },
      { code: 'III.2.b.1.2', parent: { code: 'III.2.b.1' } },
    ]);
  });
});

describe('filters', () => {
  test('search ignores diacritics and case', async () => {
    const { units, indicators, tasks } = await data(`{
      units: administrativeUnits(filter: { search: "bac kan", asOf: "2024-01-01" }) { nodes { code name } }
      indicators(filter: { search: "DAT SAN XUAT" }) { nodes { code } }
      tasks(filter: { search: "chuyen doi so" }) { nodes { code } }
    }`);
    expect(units.nodes.map((u: any) => u.name)).toEqual(['Tỉnh Bắc Kạn', 'Thành phố Bắc Kạn']);
    expect(indicators.nodes).toEqual([{ code: 'households-production-land' }]);
    expect(tasks.nodes.map((t: any) => t.code)).toContain('III.1.đ');
  });

  test('search treats % and _ as plain characters', async () => {
    const { indicators } = await data(`{ indicators(filter: { search: "%" }) { totalCount } }`);
    expect(indicators.totalCount).toBe(0);
  });

  test('tasks of one body in one role', async () => {
    const { lead, any } = await data(`{
      lead: tasks(filter: { bodyCode: "SYT", role: LEAD }) { nodes { code } }
      any: tasks(filter: { bodyCode: "SYT" }) { totalCount }
    }`);
    expect(lead.nodes.map((t: any) => t.code)).toEqual(expect.arrayContaining(['III.2.d', 'III.2.d.1']));
    expect(any.totalCount).toBeGreaterThanOrEqual(lead.nodes.length);
  });

  test('indicators of a task include those of its sub-items', async () => {
    const { indicators } = await data(`{ indicators(filter: { taskCode: "III.2.c" }) { nodes { code } } }`);
    expect(indicators.nodes.map((i: any) => i.code)).toEqual(
      expect.arrayContaining(['preschool-age-5-attendance', 'literacy-age-15-60', 'schools-solidly-built', 'working-age-vocational-training']),
    );
  });

  test('indicators of a body come through the tasks it is assigned to', async () => {
    const { indicators } = await data(`{ indicators(filter: { bodyCode: "SGDDT", horizonYear: 2025 }) { nodes { code } } }`);
    expect(indicators.nodes.map((i: any) => i.code)).toContain('primary-school-attendance');
    expect(indicators.nodes.map((i: any) => i.code)).not.toContain('forest-cover');
  });

  test('communes of one district, and reporting periods of one year with Decree 09 dates', async () => {
    const { communes, periods } = await data(`{
      communes: administrativeUnits(filter: { parentCode: "060" }) { totalCount nodes { level } }
      periods: reportingPeriods(filter: { year: 2024 }) { nodes { code kind startDate endDate dueDate } }
    }`);
    expect(communes.totalCount).toBe(10);
    expect(new Set(communes.nodes.map((c: any) => c.level))).toEqual(new Set(['COMMUNE']));
    expect(periods.nodes).toEqual([
      { code: '2024-H1', kind: 'HALF_YEAR', startDate: '2023-12-15', endDate: '2024-06-14', dueDate: '2024-06-20' },
      { code: '2024-H2', kind: 'HALF_YEAR', startDate: '2024-06-15', endDate: '2024-12-14', dueDate: '2024-12-20' },
      { code: '2024', kind: 'YEAR', startDate: '2023-12-15', endDate: '2024-12-14', dueDate: '2024-12-20' },
    ]);
  });
});
