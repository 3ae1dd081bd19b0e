import { Client } from 'pg';
import { createBiRole } from '../../server/analytics/bi/bi-role';
import { Role } from '../../server/access/role';
import { pointsFor } from '../../server/graphql/limits/rate-limiter';
import { keptFiguresDrift } from '../support/kept-figures';
import { ReportingClient, ValueInput } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * An analyst's dimension queries over the real units, in a database of their
 * own (exact sums). 2024, on the map with
 * districts: Thành phố Bắc Kạn (058) reports three wards that went whole into
 * new Phường Đức Xuân (01840), Ba Bể (061) two communes that went into new
 * Xã Đồng Phúc (01933); Sở Tài chính reports the province's growth (NONE).
 */
let api: TestApp;
let admin: ReportingClient;
let viewer: string;

const ROW = `indicatorCode indicatorName periodCode unitCode unitName unitLevel parentUnitCode parentUnitName sex ethnicGroup
  value numerator denominator sourceValues comparable note`;

async function analytics(input: Record<string, unknown>, fields = ROW) {
  return api.graphql(`query($input: AnalyticsInput!) { analytics(input: $input) { rowCount rows { ${fields} } } }`, { input }, viewer);
}

async function rowsOf(input: Record<string, unknown>, fields = ROW): Promise<Array<Record<string, any>>> {
  const response = await analytics(input, fields);
  expect(response.errors).toBeUndefined();
  expect(response.data!.analytics.rowCount).toBe(response.data!.analytics.rows.length);
  return response.data!.analytics.rows;
}

async function acceptNew(client: ReportingClient, body: string, period: string, values: ValueInput[]) {
  const report = await client.setValues(await client.createReport(body, period), values);
  return admin.accept(await client.submit(report));
}

beforeAll(async () => {
  api = await startTestApp({ databaseUrl: process.env.TEST_ANALYTICS_DATABASE_URL });
  viewer = await api.createUser(Role.VIEWER, 'analytics-viewer');
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'analytics-admin'));
  const thanhPho = new ReportingClient(api, await api.createUser(Role.REPORTER, 'analytics-ubnd-058', 'UBND-058'));
  const baBe = new ReportingClient(api, await api.createUser(Role.REPORTER, 'analytics-ubnd-061', 'UBND-061'));
  const finance = new ReportingClient(api, await api.createUser(Role.REPORTER, 'analytics-stc', 'STC'));
  await acceptNew(thanhPho, 'UBND-058', '2024', [
    { indicatorCode: 'households-housing', unitCode: '01834', value: 5 },
    { indicatorCode: 'households-housing', unitCode: '01840', value: 7 },
    { indicatorCode: 'households-housing', unitCode: '01846', value: 4 },
    { indicatorCode: 'households-housing', unitCode: '01834', sex: 'FEMALE', value: 2 },
    { indicatorCode: 'households-housing', unitCode: '01834', sex: 'MALE', value: 3 },
    { indicatorCode: 'households-electricity', unitCode: '01834', numerator: 90, denominator: 100 },
    { indicatorCode: 'households-electricity', unitCode: '01840', numerator: 50, denominator: 200 },
  ]);
  await acceptNew(baBe, 'UBND-061', '2024', [
    { indicatorCode: 'households-housing', unitCode: '01924', value: 2 },
    { indicatorCode: 'households-housing', unitCode: '01930', value: 3 },
    { indicatorCode: 'households-electricity', unitCode: '01924', numerator: 30, denominator: 60 },
  ]);
  await acceptNew(finance, 'STC', '2024', [{ indicatorCode: 'province-economic-growth', unitCode: '06', value: 7.1 }]);
  await admin.apply('consolidatePeriod', { periodCode: '2024' });
});
afterAll(() => api?.close());

describe('dimension queries', () => {
  test('two indicators by district: SUM adds the communes, RATIO divides summed parts, rows carry names and the province above', async () => {
    const rows = await rowsOf({ indicators: ['households-housing', 'households-electricity'], periods: ['2024'], level: 'DISTRICT', within: '06' });
    expect(rows.map((r) => [r.indicatorCode, r.unitCode, r.value, r.numerator, r.denominator, r.sourceValues])).toEqual([
      ['households-housing', '058', 16, null, null, 3],
      ['households-housing', '061', 5, null, null, 2],
      // (90 + 50) / (100 + 200) and 30 / 60, never the average of 90 % and 25 %.
      ['households-electricity', '058', 46.6667, 140, 300, 2],
      ['households-electricity', '061', 50, 30, 60, 1],
    ]);
    expect(rows[0]).toMatchObject({
      indicatorName: expect.stringContaining('nhà ở'),
      periodCode: '2024',
      unitName: 'Thành phố Bắc Kạn',
      unitLevel: 'DISTRICT',
      parentUnitCode: '06',
      parentUnitName: 'Tỉnh Bắc Kạn',
      sex: null,
      comparable: true,
      note: null,
    });
  });

  test('the province figure is built from the districts; a NONE indicator keeps its own reported value', async () => {
    const rows = await rowsOf({ indicators: ['households-housing', 'households-electricity', 'province-economic-growth'], periods: ['2024'] });
    expect(rows.map((r) => [r.indicatorCode, r.unitCode, r.value])).toEqual([
      ['households-housing', '06', 21],
      ['households-electricity', '06', 47.2222],
      ['province-economic-growth', '06', 7.1],
    ]);
    expect(rows[0]).toMatchObject({ unitLevel: 'PROVINCE', parentUnitCode: null });
  });

  test('a level within two districts named as units: the communes of both, as each district alone gives them', async () => {
    const input = { indicators: ['households-housing'], periods: ['2024'], level: 'COMMUNE' };
    const both = await rowsOf({ ...input, units: ['058', '061'] });
    expect(both.map((r) => [r.unitCode, r.parentUnitCode, r.value])).toEqual([
      ['01834', '058', 5],
      ['01840', '058', 7],
      ['01846', '058', 4],
      ['01924', '061', 2],
      ['01930', '061', 3],
    ]);
    const apart = [...(await rowsOf({ ...input, within: '058' })), ...(await rowsOf({ ...input, within: '061' }))];
    expect(both).toEqual(apart);
  });

  test('units without a level are those units themselves, at their own levels', async () => {
    const rows = await rowsOf({ indicators: ['households-housing'], periods: ['2024'], units: ['06', '061', '01834'] });
    expect(rows.map((r) => [r.unitCode, r.unitLevel, r.value])).toEqual([
      ['06', 'PROVINCE', 21],
      ['061', 'DISTRICT', 5],
      ['01834', 'COMMUNE', 5],
    ]);
  });

  test('on the 2026 map, the 2024 figures of the old wards are summed under new 01840 and under province 19 (a ratio by its parts), as Indicator.rollup carries them', async () => {
    const input = { indicators: ['households-housing', 'households-electricity'], periods: ['2024'], level: 'COMMUNE', within: '06', geographyAsOf: '2026-01-01' };
    const rows = await rowsOf(input);
    expect(rows.map((r) => [r.indicatorCode, r.unitCode, r.unitName, r.parentUnitCode, r.value])).toEqual([
      ['households-housing', '01840', 'Phường Đức Xuân', '19', 16],
      ['households-housing', '01933', 'Xã Đồng Phúc', '19', 5],
      ['households-electricity', '01840', 'Phường Đức Xuân', '19', 46.6667],
      ['households-electricity', '01933', 'Xã Đồng Phúc', '19', 50],
    ]);
    // And under province 19: the plan's area's whole 2024 figure, carried as the communes' figures are.
    const province = await rowsOf({ ...input, level: 'PROVINCE', within: undefined, units: ['19'] });
    expect(province.map((r) => [r.indicatorCode, r.unitCode, r.value, r.numerator, r.denominator])).toEqual([
      ['households-housing', '19', 21, null, null],
      ['households-electricity', '19', 47.2222, 170, 360],
    ]);
    // One rule: the roll-up of each indicator gives the same figures.
    for (const code of input.indicators) {
      const response = await api.graphql(
        `query($code: String!) { indicator(code: $code) { rollup(level: COMMUNE, within: "06", geographyAsOf: "2026-01-01") { unit { code } period { code } value numerator denominator sourceValues comparable } } }`,
        { code },
        viewer,
      );
      const rollup = response.data!.indicator.rollup.filter((f: any) => f.period.code === '2024');
      expect(rollup.map((f: any) => [f.unit.code, f.value, f.numerator, f.denominator, f.sourceValues, f.comparable])).toEqual(
        rows.filter((r) => r.indicatorCode === code).map((r) => [r.unitCode, r.value, r.numerator, r.denominator, r.sourceValues, r.comparable]),
      );
    }
  });

  test('a breakdown by sex gives one row per sex, from the values reported for one sex', async () => {
    const rows = await rowsOf({ indicators: ['households-housing'], periods: ['2024'], level: 'DISTRICT', breakdown: ['SEX'] });
    expect(rows.map((r) => [r.unitCode, r.sex, r.value])).toEqual([
      ['058', 'FEMALE', 2],
      ['058', 'MALE', 3],
    ]);
  });

  test('each row has the target of its year and the status Indicator.progress gives at the period\'s end', async () => {
    const rows = await rowsOf(
      { indicators: ['households-housing', 'households-electricity'], periods: ['2024'], units: ['06', '058'] },
      'indicatorCode unitCode value target { year comparator value } status',
    );
    const progress = await api.graphql(
      '{ h: indicator(code: "households-housing") { progress(unitCode: "06", asOf: "2024-12-14") { status } } e: indicator(code: "households-electricity") { p: progress(unitCode: "06", asOf: "2024-12-14") { status } d: progress(unitCode: "058", asOf: "2024-12-14") { status } } }',
      {},
      viewer,
    );
    const { h, e } = progress.data!;
    expect(rows).toEqual([
      { indicatorCode: 'households-housing', unitCode: '06', value: 21, target: { year: 2025, comparator: 'GTE', value: 423 }, status: h.progress.status },
      // The plan's count targets are the province's: a district has none.
      { indicatorCode: 'households-housing', unitCode: '058', value: 16, target: null, status: 'NO_DATA' },
      { indicatorCode: 'households-electricity', unitCode: '06', value: 47.2222, target: { year: 2025, comparator: 'GT', value: 98.5 }, status: e.p.status },
      { indicatorCode: 'households-electricity', unitCode: '058', value: 46.6667, target: { year: 2025, comparator: 'GT', value: 98.5 }, status: e.d.status },
    ]);
    expect(h.progress.status).not.toBe('NO_DATA');
  });
});

describe('kept figures', () => {
  test('the figures of accepted reports, on their own maps and on the current one, are kept as building them gives, in the transaction that accepts', async () => {
    const drift = await keptFiguresDrift(api);
    expect(drift).toMatchObject({ stale: 0, missing: 0 });
    expect(drift.kept).toBeGreaterThan(0);
    expect(drift.current).toBeGreaterThan(0);
  });

  test('a roll-up on today\'s map reads the kept figures of the current map', async () => {
    const query = `{ indicator(code: "households-housing") { rollup(level: COMMUNE, within: "06", geographyAsOf: "2026-06-01") { unit { code } period { code } value } } }`;
    const figures = async () => (await api.graphql(query, {}, viewer)).data!.indicator.rollup.map((f: any) => [f.unit.code, f.period.code, f.value]);
    expect(await figures()).toEqual([['01840', '2024', 16], ['01933', '2024', 5]]);
    // Marked, the kept figure shows through: it is what the roll-up read.
    const sql = api.app.database.orm.em.getConnection();
    const mark = (delta: number) =>
      sql.execute(`update indicator_figure set value = value + ? where current_map and sex is null and ethnic_group is null
        and unit_id = (select id from administrative_unit where code = '01840' and valid_from = '2025-07-01')
        and indicator_id = (select id from indicator where code = 'households-housing')`, [delta]);
    await mark(1000);
    try {
      expect(await figures()).toEqual([['01840', '2024', 1016], ['01933', '2024', 5]]);
    } finally {
      await mark(-1000);
    }
  });
});

describe('flat values for BI tools', () => {
  test('indicatorValues takes lists in every dimension, and its rows carry the indicator\'s name and the unit\'s district', async () => {
    const response = await api.graphql(
      `{ indicatorValues(first: 100, filter: { indicatorCodes: ["households-housing", "households-electricity"], unitCodes: ["01834", "01924"], periodCodes: ["2024", "2024"], disaggregated: false }) {
          nodes { indicatorCode indicatorName unitCode parentUnitCode parentUnitName periodCode value numerator } } }`,
      {},
      viewer,
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data!.indicatorValues.nodes.map((v: any) => [v.indicatorCode, v.unitCode, v.parentUnitCode, v.parentUnitName, v.numerator ?? v.value]);
    expect(rows).toEqual([
      ['households-housing', '01834', '058', 'Thành phố Bắc Kạn', 5],
      ['households-electricity', '01834', '058', 'Thành phố Bắc Kạn', 90],
      ['households-housing', '01924', '061', 'Huyện Ba Bể', 2],
      ['households-electricity', '01924', '061', 'Huyện Ba Bể', 30],
    ]);
    expect(response.data!.indicatorValues.nodes[0].indicatorName).toContain('nhà ở');
  });

  test('a list longer than 500 codes is refused, naming the field', async () => {
    const codes = Array.from({ length: 501 }, (_, i) => `u${i}`);
    const response = await api.graphql('query($codes: [String!]) { indicatorValues(filter: { unitCodes: $codes }) { totalCount } }', { codes }, viewer);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.unitCodes' } });
  });
});

describe('refusals and limits', () => {
  test.each([
    ['indicators', 'no-such-indicator', { indicators: ['households-housing', 'no-such-indicator'] }],
    ['periods', '2099-H1', { indicators: ['households-housing'], periods: ['2099-H1'] }],
    ['within', '99999', { indicators: ['households-housing'], level: 'DISTRICT', within: '99999' }],
    ['indicators', 'at least one', { indicators: [] }],
    ['indicators', 'at most 50', { indicators: Array.from({ length: 51 }, (_, i) => `i${i}`) }],
    ['within', 'not both', { indicators: ['households-housing'], units: ['058'], within: '06', level: 'COMMUNE' }],
    ['level', 'no DISTRICT level', { indicators: ['households-housing'], level: 'DISTRICT', geographyAsOf: '2026-01-01' }],
    ['indicators', 'not a code', { indicators: ['households housing'] }],
  ])('a bad `%s` (%s) is refused with BAD_USER_INPUT naming it', async (field, words, input) => {
    const response = await analytics(input);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining(words), extensions: { code: 'BAD_USER_INPUT', field } });
  });

  test('needs a token', async () => {
    const response = await api.graphql('{ analytics(input: { indicators: ["households-housing"] }) { rowCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('the cost limit charges the rows the dimensions can return, counted in the database', async () => {
    const nodeCount = async (query: string) => {
      const response = await api.graphql(`{ rateLimit { nodeCount } ${query} }`, {}, viewer);
      expect(response.errors).toBeUndefined();
      return response.data!.rateLimit.nodeCount as number;
    };
    const alone = await nodeCount('');
    const charged = async (input: string) => (await nodeCount(`analytics(input: ${input}) { rowCount }`)) - alone;
    const periods = (await api.graphql('{ reportingPeriods { totalCount } }')).data!.reportingPeriods.totalCount;
    // 2 indicators x every period x the 8 districts lying in 06.
    expect(await charged('{ indicators: ["households-housing", "households-electricity"], level: DISTRICT, within: "06" }')).toBe(2 * periods * 8);
    // Asked again, charged the same: the measure an operation keeps is never added to.
    expect(await charged('{ indicators: ["households-housing", "households-electricity"], level: DISTRICT, within: "06" }')).toBe(2 * periods * 8);
    // By sex: two rows a figure at most.
    expect(await charged('{ indicators: ["households-housing"], periods: ["2024"], level: DISTRICT, within: "06", breakdown: [SEX] }')).toBe(16);
    const tooMany = await analytics({ indicators: Array.from({ length: 50 }, (_, i) => `i${i}`), level: 'COMMUNE', breakdown: ['ETHNIC_GROUP'] });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  test('an answer is one SQL statement whatever its indicators, periods and units, even one that shows nothing for a code; a code that names nothing is explained by the resolvers', async () => {
    const input = '{ indicators: ["households-housing", "households-electricity"], level: DISTRICT, within: "06" }';
    const query = `{ analytics(input: ${input}) { rows { indicatorCode indicatorName unitCode unitName parentUnitCode periodCode value } } }`;
    await api.graphql(query, {}, viewer); // the row bound reads the dimensions' sizes once per process
    const measured = await api.graphql(query, {}, viewer);
    expect(measured.data!.analytics.rows.length).toBeGreaterThan(0);
    // The token, then the figures with their indicators, units, parents and periods joined (server/graphql/sql-read).
    expect(measured.statements).toBe(2);
    const period = measured.data!.analytics.rows[0].periodCode;
    const periodsQuery = query.replace('within: "06"', `within: "06", periods: ["${period}"]`);
    const periods = await api.graphql(periodsQuery, {}, viewer);
    expect(periods.data!.analytics.rows.length).toBeGreaterThan(0);
    expect(periods.statements).toBe(2);
    // No district figure of the province's growth: a code that names an indicator, so no error, and no row of it.
    const partialQuery = query.replace('"households-electricity"', '"households-electricity", "province-economic-growth"');
    const partial = await api.graphql(partialQuery, {}, viewer);
    expect(partial.errors).toBeUndefined();
    expect(partial.data!.analytics.rows).toEqual(measured.data!.analytics.rows);
    expect(partial.statements).toBe(2);
    // Codes that name nothing, beside ones with figures: the one statement leaves them to the resolvers, which say which.
    for (const [field, from, to, code] of [
      ['indicators', '"households-electricity"', '"households-electricity", "no-such-indicator"', 'no-such-indicator'],
      ['periods', `periods: ["${period}"]`, `periods: ["${period}", "2099"]`, '2099'],
      ['units', 'within: "06"', 'units: ["06", "99999"]', '99999'],
    ]) {
      const unknown = await api.graphql(periodsQuery.replace(from, to), {}, viewer);
      expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringContaining(`"${code}"`), extensions: { code: 'BAD_USER_INPUT', field } });
    }
  });
});

describe('exports for Excel, Power BI and R', () => {
  const exportOf = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${viewer}`, ...headers } });
  const analyticsPath = '/export/analytics.csv?indicators=households-housing,households-electricity&periods=2024&level=DISTRICT&within=06';

  test('analytics.csv: the fields of AnalyticsRow as columns, RFC 4180, UTF-8, the target as its value', async () => {
    const response = await exportOf(analyticsPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="analytics.csv"');
    const text = await response.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'indicatorCode,indicatorName,periodCode,unitCode,unitName,unitLevel,parentUnitCode,parentUnitName,sex,ethnicGroup,value,numerator,denominator,sourceValues,comparable,note,target,status',
    );
    expect(lines.slice(1, -1).map((line) => line.split(',').filter((_, i) => [0, 3, 4, 10, 11, 12, 16].includes(i)))).toEqual([
      ['households-housing', '058', 'Thành phố Bắc Kạn', '16', '', '', ''],
      ['households-housing', '061', 'Huyện Ba Bể', '5', '', '', ''],
      ['households-electricity', '058', 'Thành phố Bắc Kạn', '46.6667', '140', '300', '98.5'],
      ['households-electricity', '061', 'Huyện Ba Bể', '50', '30', '60', '98.5'],
    ]);
    expect(lines.at(-1)).toBe('');
  });

  test('a BOM when asked (bom=1) or when the client looks like Excel, and Vietnamese headers with lang=vi', async () => {
    const asked = await (await exportOf(`${analyticsPath}&bom=1&lang=vi`)).arrayBuffer();
    expect([...new Uint8Array(asked.slice(0, 3))]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(asked).split('\r\n')[0]).toMatch(/^Mã chỉ tiêu,Tên chỉ tiêu,Kỳ báo cáo,/);
    const excel = await (await exportOf(analyticsPath, { 'user-agent': 'Microsoft Office Excel 2016' })).arrayBuffer();
    expect(new Uint8Array(excel)[0]).toBe(0xef);
  });

  test('indicator-values.csv takes the fields of the indicatorValues filter, lists comma-separated', async () => {
    const response = await exportOf('/export/indicator-values.csv?indicatorCodes=households-housing&periodCodes=2024&unitLevel=COMMUNE&disaggregated=false');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe(
      'id,indicatorCode,indicatorName,periodCode,unitCode,unitName,unitLevel,parentUnitCode,parentUnitName,sex,ethnicGroup,value,numerator,denominator,bodyCode,reportStatus,reportKind,updatedAt',
    );
    expect(lines.slice(1, -1).map((line) => line.split(',').filter((_, i) => [4, 7, 11, 14].includes(i)))).toEqual([
      ['01834', '058', '5', 'UBND-058'],
      ['01840', '058', '7', 'UBND-058'],
      ['01846', '058', '4', 'UBND-058'],
      ['01924', '061', '2', 'UBND-061'],
      ['01930', '061', '3', 'UBND-061'],
    ]);
    // Charged for its 5 rows: one point, like 5 GraphQL nodes.
    expect(response.headers.get('x-ratelimit-used')).toMatch(/^\d+$/);
  });

  test('values are filtered by plan, in GraphQL and in the export alike', async () => {
    const count = async (planCode: string | null) =>
      (await api.graphql(`query($p: String) { indicatorValues(filter: { planCode: $p, periodCodes: ["2024"] }) { totalCount } }`, { p: planCode }, viewer)).data!.indicatorValues.totalCount;
    // The database holds one plan: its values are all of them (the bodies' and the consolidated ones).
    expect(await count(null)).toBeGreaterThan(0);
    expect(await count('BK-CTDT-2021-2030')).toBe(await count(null));
    expect(await count('NO-SUCH-PLAN')).toBe(0);
    const lines = (await (await exportOf('/export/indicator-values.csv?planCode=NO-SUCH-PLAN')).text()).split('\r\n');
    expect(lines.slice(1)).toEqual(['']);
  });

  test('xlsx: a header row, numbers typed as numbers, and one sheet per indicator when asked', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const response = await exportOf(`${analyticsPath.replace('.csv', '.xlsx')}&sheets=indicator`);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['households-housing', 'households-electricity']);
    const electricity = workbook.worksheets[1];
    expect(electricity.getRow(1).getCell(1).value).toBe('indicatorCode');
    expect(electricity.getRow(2).getCell(4).value).toBe('058');
    expect(electricity.getRow(2).getCell(11).value).toBe(46.6667);
    expect(electricity.getRow(2).getCell(17).value).toBe(98.5);
  });

  test.each([
    ['indicators', '/export/analytics.csv?periods=2024'],
    ['level', '/export/analytics.csv?indicators=households-housing&level=DISTRIKT'],
    ['geographyAsOf', '/export/analytics.csv?indicators=households-housing&geographyAsOf=2026-02-30'],
    ['indicators', '/export/analytics.csv?indicators=no-such-indicator'],
    ['unit', '/export/analytics.csv?indicators=households-housing&unit=06'],
    ['disaggregated', '/export/indicator-values.csv?disaggregated=maybe'],
    ['unitCodes', `/export/indicator-values.csv?unitCodes=${Array.from({ length: 501 }, (_, i) => `u${i}`).join(',')}`],
  ])('a bad `%s` is refused with 400 naming it', async (parameter, path) => {
    const response = await exportOf(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(body.errors[0].message).toContain(parameter);
  });

  test('charged by rows like GraphQL by nodes: the bound of an analytics export, the rows of a values export; refused with 429 once the budget is spent', async () => {
    const used = async (path: string) => {
      const response = await exportOf(path);
      await response.arrayBuffer();
      return Number(response.headers.get('x-ratelimit-used'));
    };
    const start = await used('/export/indicator-values.csv?periodCodes=2099-H1');
    // 2 indicators x every period x the 8 districts of 06: the bound, as `analytics` is charged.
    const periods = (await api.graphql('{ reportingPeriods { totalCount } }')).data!.reportingPeriods.totalCount;
    const afterAnalytics = await used('/export/analytics.csv?indicators=households-housing,households-electricity&level=DISTRICT&within=06');
    expect(afterAnalytics - start).toBe(pointsFor(2 * periods * 8));
    const poor = await startTestApp({ databaseUrl: process.env.TEST_ANALYTICS_DATABASE_URL, limits: { rateLimitPoints: 3 } });
    try {
      const response = await fetch(`${poor.baseUrl}/export/analytics.csv?indicators=households-housing,households-electricity&level=DISTRICT&within=06`, {
        headers: { authorization: `Bearer ${viewer}` },
      });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await poor.close();
    }
  });

  test('needs a token, as GraphQL does', async () => {
    const response = await fetch(`${api.baseUrl}${analyticsPath}`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the SQL face for BI tools', () => {
  const login = `bi_reader_${process.pid}`;
  let client: Client;

  beforeAll(async () => {
    const role = await createBiRole(api.app.database.orm.em.fork(), login);
    expect(role).toMatchObject({ login, created: true, password: expect.stringMatching(/^\S{20,}$/) });
    client = new Client({ connectionString: process.env.TEST_ANALYTICS_DATABASE_URL });
    await client.connect();
    // As the role would see the database once logged in (no password check needed for that).
    await client.query(`set role ${login}`);
  });
  afterAll(async () => {
    await client?.query('reset role');
    await client?.query(`drop owned by ${login}`);
    await client?.query(`drop role ${login}`);
    await client?.end();
  });

  const denied = (sql: string) => client.query(sql).then(() => 'allowed', (error: { code?: string }) => error.code);

  test('the role reads the bi views, and no table of the API: not users, tokens or the audit trail', async () => {
    for (const view of ['indicator_values', 'indicator_rollups', 'reporting_status', 'targets']) {
      expect(await denied(`select * from bi.${view} limit 1`)).toBe('allowed');
    }
    for (const table of ['api_token', '"user"', 'change_record', 'indicator_value', 'report', 'idempotency_key']) {
      expect(await denied(`select * from public.${table} limit 1`)).toBe('42501');
    }
    expect(await denied("select * from indicator_figures(array[1], 'ACCEPTED', array['PROVINCE'], null, null, null, null, current_date, null, false, false)")).toBe('42501');
  });

  test('bi.indicator_rollups holds the figures analytics gives, on each map', async () => {
    const { rows } = await client.query(
      `select unit_code, value::float, numerator::float, denominator::float from bi.indicator_rollups
       where indicator_code = 'households-electricity' and geography = 'PERIOD_MAP' and period_code = '2024' and unit_level = 'DISTRICT' and sex is null and ethnic_group is null
       order by unit_code`,
    );
    expect(rows).toEqual([
      { unit_code: '058', value: 46.6667, numerator: 140, denominator: 300 },
      { unit_code: '061', value: 50, numerator: 30, denominator: 60 },
    ]);
    const current = await client.query(
      `select unit_code, value::float from bi.indicator_rollups
       where indicator_code = 'households-housing' and geography = 'CURRENT_MAP' and period_code = '2024' and unit_level = 'COMMUNE' and sex is null and ethnic_group is null
       order by unit_code`,
    );
    expect(current.rows).toEqual([{ unit_code: '01840', value: 16 }, { unit_code: '01933', value: 5 }]);
  });

  test('bi.indicator_values is flat, one row per value, and bi.targets the plan\'s targets', async () => {
    const values = await client.query(
      "select unit_code, parent_unit_code, value::float, body_code, report_status from bi.indicator_values where indicator_code = 'households-housing' and period_code = '2024' and report_kind = 'BODY' and sex is null order by unit_code",
    );
    expect(values.rows.map((r) => [r.unit_code, r.parent_unit_code, r.value, r.body_code])).toEqual([
      ['01834', '058', 5, 'UBND-058'],
      ['01840', '058', 7, 'UBND-058'],
      ['01846', '058', 4, 'UBND-058'],
      ['01924', '061', 2, 'UBND-061'],
      ['01930', '061', 3, 'UBND-061'],
    ]);
    const targets = await client.query("select year, comparator, value::float from bi.targets where indicator_code = 'households-housing'");
    expect(targets.rows).toEqual([{ year: 2025, comparator: 'GTE', value: 423 }]);
  });
});

// Last: it adds a report that the figures above do not count.
describe('kept figures, later', () => {
  test('a report accepted later changes the kept figures of its district and province at once', async () => {
    const before = await rowsOf({ indicators: ['households-housing'], periods: ['2024'], units: ['06', '064'] });
    const choDon = new ReportingClient(api, await api.createUser(Role.REPORTER, 'analytics-ubnd-064', 'UBND-064'));
    await acceptNew(choDon, 'UBND-064', '2024', [{ indicatorCode: 'households-housing', unitCode: '02041', value: 6 }]);
    const after = await rowsOf({ indicators: ['households-housing'], periods: ['2024'], units: ['06', '064'] });
    expect(before.map((r) => [r.unitCode, r.value])).toEqual([['06', 21]]);
    expect(after.map((r) => [r.unitCode, r.value])).toEqual([['06', 27], ['064', 6]]);
    expect(await keptFiguresDrift(api)).toMatchObject({ stale: 0, missing: 0 });
  });
});
