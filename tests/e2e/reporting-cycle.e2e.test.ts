import { Role } from '../../server/access/role';
import { ReportingClient } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Section V.7 for the year 2024: two district committees (Ba Bể 061, Na Rì
 * 066) and one department (Planning and Investment) report to Ban Dân tộc
 * tỉnh, which returns one report, accepts all three and consolidates. Pác
 * Nặm (060) submits but is never accepted: its figures must not count.
 */
let api: TestApp;
let admin: ReportingClient;
let baBe: ReportingClient;
let naRi: ReportingClient;
let planning: ReportingClient;
let pacNam: ReportingClient;
let consolidated: Record<string, any>;
let secondRun: Record<string, any>;

const PERIOD = '2024';

beforeAll(async () => {
  api = await startTestApp();
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'cycle-ban-dan-toc'));
  baBe = new ReportingClient(api, await api.createUser(Role.REPORTER, 'cycle-ubnd-ba-be', 'UBND-061'));
  naRi = new ReportingClient(api, await api.createUser(Role.REPORTER, 'cycle-ubnd-na-ri', 'UBND-066'));
  planning = new ReportingClient(api, await api.createUser(Role.REPORTER, 'cycle-so-khdt', 'SKHDT'));
  pacNam = new ReportingClient(api, await api.createUser(Role.REPORTER, 'cycle-ubnd-pac-nam', 'UBND-060'));

  // Ba Bể reports housing per commune (Chợ Rã 30, Bành Trạch 12) and the rest for the district.
  let baBeReport = await baBe.createReport('UBND-061', PERIOD);
  baBeReport = await baBe.setValues(baBeReport, [
    { indicatorCode: 'households-housing', unitCode: '01888', value: 30 },
    { indicatorCode: 'households-housing', unitCode: '01891', value: 12 },
    { indicatorCode: 'households-electricity', unitCode: '061', numerator: 9000, denominator: 9500 },
    { indicatorCode: 'working-age-vocational-training', unitCode: '061', numerator: 12000, denominator: 30000 },
    { indicatorCode: 'working-age-vocational-training', unitCode: '061', sex: 'FEMALE', numerator: 5000, denominator: 14000 },
  ]);
  baBeReport = await baBe.submit(baBeReport);

  // Na Rì first sends 250 houses instead of 25; the committee returns it and Na Rì corrects.
  let naRiReport = await naRi.createReport('UBND-066', PERIOD);
  naRiReport = await naRi.setValues(naRiReport, [
    { indicatorCode: 'households-housing', unitCode: '066', value: 250 },
    { indicatorCode: 'households-electricity', unitCode: '066', numerator: 7000, denominator: 8000 },
    { indicatorCode: 'working-age-vocational-training', unitCode: '066', numerator: 9000, denominator: 25000 },
    { indicatorCode: 'working-age-vocational-training', unitCode: '066', sex: 'FEMALE', numerator: 4000, denominator: 12000 },
  ]);
  naRiReport = await naRi.submit(naRiReport);
  naRiReport = await admin.returnWith(naRiReport, 'Nhà ở: 250 hộ gấp 10 lần kế hoạch của huyện, đề nghị kiểm tra lại');
  naRiReport = await naRi.setValues(naRiReport, [{ indicatorCode: 'households-housing', unitCode: '066', value: 25 }]);
  naRiReport = await naRi.submit(naRiReport);

  // The department reports the province's growth rate and new-rural communes per district.
  let planningReport = await planning.createReport('SKHDT', PERIOD);
  planningReport = await planning.setValues(planningReport, [
    { indicatorCode: 'province-economic-growth', unitCode: '06', value: 6.2 },
    { indicatorCode: 'communes-new-rural-standard', unitCode: '061', numerator: 5, denominator: 15 },
    { indicatorCode: 'communes-new-rural-standard', unitCode: '066', numerator: 8, denominator: 22 },
  ]);
  planningReport = await planning.submit(planningReport);

  let pacNamReport = await pacNam.createReport('UBND-060', PERIOD);
  pacNamReport = await pacNam.setValues(pacNamReport, [{ indicatorCode: 'households-housing', unitCode: '060', value: 100 }]);
  await pacNam.submit(pacNamReport);

  for (const report of [baBeReport, naRiReport, planningReport]) await admin.accept(report);
  consolidated = await admin.apply('consolidatePeriod', { periodCode: PERIOD }, 'sourceReports changedValues');
  secondRun = await admin.apply('consolidatePeriod', { periodCode: PERIOD }, 'sourceReports changedValues');
});
afterAll(() => api?.close());

async function consolidatedValues(unitLevel: 'PROVINCE' | 'DISTRICT') {
  const response = await api.graphql(
    `query($period: String!, $level: AdministrativeLevel!) {
      indicatorValues(first: 100, filter: { periodCode: $period, reportKind: CONSOLIDATED, unitLevel: $level }) {
        nodes { indicatorCode unitCode sex ethnicGroup value numerator denominator bodyCode reportStatus periodCode }
      } }`,
    { period: PERIOD, level: unitLevel },
    admin.token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.indicatorValues.nodes as Array<Record<string, any>>;
}

function find(rows: Array<Record<string, any>>, indicatorCode: string, unitCode: string, sex: string | null = null) {
  const matches = rows.filter((r) => r.indicatorCode === indicatorCode && r.unitCode === unitCode && r.sex === sex);
  expect(matches).toHaveLength(1);
  return matches[0];
}

describe('consolidating 2024 from the accepted reports', () => {
  test('draws on the three accepted reports only', () => {
    expect(consolidated.report).toMatchObject({ kind: 'CONSOLIDATED', status: 'ACCEPTED', body: { code: 'BDT' }, period: { code: PERIOD } });
    expect(consolidated.sourceReports).toBe(3);
    expect(consolidated.changedValues).toBe(16);
  });

  test('counts add up: 30 + 12 houses in Ba Bể\'s communes and 25 in Na Rì make 67, without Pác Nặm\'s unaccepted 100', async () => {
    const province = await consolidatedValues('PROVINCE');
    expect(find(province, 'households-housing', '06')).toMatchObject({ value: 67, numerator: null, denominator: null, bodyCode: 'BDT' });
    const districts = await consolidatedValues('DISTRICT');
    expect(find(districts, 'households-housing', '061').value).toBe(42);
    expect(find(districts, 'households-housing', '066').value).toBe(25);
    expect(districts.some((r) => r.unitCode === '060')).toBe(false);
  });

  test('shares divide summed numerators by summed denominators, never average the percentages', async () => {
    const province = await consolidatedValues('PROVINCE');
    // (9000 + 7000) / (9500 + 8000) = 91.4286 %; the average of 94.7368 % and 87.5 % would be 91.1184 %.
    expect(find(province, 'households-electricity', '06')).toMatchObject({ numerator: 16000, denominator: 17500, value: 91.4286 });
    // (5 + 8) / (15 + 22) communes meet the new-rural standard.
    expect(find(province, 'communes-new-rural-standard', '06')).toMatchObject({ numerator: 13, denominator: 37, value: 35.1351 });
    // Trained workers: (12000 + 9000) / (30000 + 25000); of women: (5000 + 4000) / (14000 + 12000).
    expect(find(province, 'working-age-vocational-training', '06')).toMatchObject({ numerator: 21000, denominator: 55000, value: 38.1818 });
    expect(find(province, 'working-age-vocational-training', '06', 'FEMALE')).toMatchObject({ numerator: 9000, denominator: 26000, value: 34.6154 });
  });

  test('an indicator that does not add up keeps the province-reported value', async () => {
    const province = await consolidatedValues('PROVINCE');
    expect(find(province, 'province-economic-growth', '06')).toMatchObject({ value: 6.2, numerator: null });
    expect(province).toHaveLength(6);
  });

  test('running it again over the same reports changes nothing', async () => {
    expect(secondRun.changedValues).toBe(0);
    expect(secondRun.sourceReports).toBe(3);
    expect(secondRun.report.id).toBe(consolidated.report.id);
    expect(secondRun.report.version).toBe(consolidated.report.version);
    expect(await consolidatedValues('PROVINCE')).toHaveLength(6);
    expect(await consolidatedValues('DISTRICT')).toHaveLength(10);
  });
});

describe('rolling up reported values in the database', () => {
  const ROLLUP = `query($code: String!, $level: AdministrativeLevel!, $status: ReportStatus!) { indicator(code: $code) {
    rollup(level: $level, within: "06", reportStatus: $status) { unit { code } period { code } value numerator denominator sourceValues } } }`;

  async function rollup(code: string, level = 'DISTRICT', status = 'ACCEPTED') {
    const response = await api.graphql(ROLLUP, { code, level, status }, admin.token);
    expect(response.errors).toBeUndefined();
    return response.data!.indicator.rollup.filter((r: any) => r.period.code === PERIOD);
  }

  test('per district, from accepted reports: Ba Bể\'s two communes add up to 42, Na Rì reported 25', async () => {
    expect(await rollup('households-housing')).toEqual([
      { unit: { code: '061' }, period: { code: PERIOD }, value: 42, numerator: null, denominator: null, sourceValues: 2 },
      { unit: { code: '066' }, period: { code: PERIOD }, value: 25, numerator: null, denominator: null, sourceValues: 1 },
    ]);
    expect(await rollup('households-housing', 'DISTRICT', 'SUBMITTED')).toEqual([
      { unit: { code: '060' }, period: { code: PERIOD }, value: 100, numerator: null, denominator: null, sourceValues: 1 },
    ]);
  });

  test('to the province, shares from summed parts: the same 91.4286 % as consolidation', async () => {
    expect(await rollup('households-electricity', 'PROVINCE')).toEqual([
      { unit: { code: '06' }, period: { code: PERIOD }, value: 91.4286, numerator: 16000, denominator: 17500, sourceValues: 2 },
    ]);
    // An index does not add up: the province's figure is the value its department reported for it.
    expect(await rollup('province-economic-growth', 'PROVINCE')).toEqual([
      { unit: { code: '06' }, period: { code: PERIOD }, value: 6.2, numerator: null, denominator: null, sourceValues: 1 },
    ]);
  });
});

describe('the returned and corrected report', () => {
  test('keeps who changed what, and when, in its history', async () => {
    const response = await api.graphql(
      `{ reports(first: 1, filter: { bodyCode: "UBND-066", periodCode: "${PERIOD}" }) { nodes {
          status returnReason late
          history(first: 100) { nodes { action before after actor { login } occurredAt } }
          values(first: 5, filter: { indicatorCode: "households-housing" }) { nodes { value history(first: 10) { nodes { action before after actor { login } } } } }
      } } }`,
      {},
      admin.token,
    );
    expect(response.errors).toBeUndefined();
    const report = response.data!.reports.nodes[0];
    expect(report.status).toBe('ACCEPTED');
    expect(report.returnReason).toMatch(/250 hộ/);
    const statuses = report.history.nodes.filter((h: any) => h.action === 'STATUS_CHANGED').map((h: any) => [h.after.status, h.actor.login]);
    expect(statuses).toEqual([
      ['SUBMITTED', 'cycle-ubnd-na-ri'],
      ['RETURNED', 'cycle-ban-dan-toc'],
      ['SUBMITTED', 'cycle-ubnd-na-ri'],
      ['ACCEPTED', 'cycle-ban-dan-toc'],
    ]);
    expect(report.history.nodes[0].action).toBe('REPORT_CREATED');
    const housing = report.values.nodes[0];
    expect(housing.value).toBe(25);
    expect(housing.history.nodes).toEqual([
      { action: 'VALUE_SET', before: null, after: { value: 250, numerator: null, denominator: null }, actor: { login: 'cycle-ubnd-na-ri' } },
      {
        action: 'VALUE_SET',
        before: { value: 250, numerator: null, denominator: null },
        after: { value: 25, numerator: null, denominator: null },
        actor: { login: 'cycle-ubnd-na-ri' },
      },
    ]);
  });

  test('a report first sent after 20 December 2024 is late', async () => {
    const response = await api.graphql(`{ reports(filter: { periodCode: "${PERIOD}", status: ACCEPTED, kind: BODY }) { totalCount nodes { late } } }`, {}, admin.token);
    expect(response.data!.reports.totalCount).toBe(3);
    expect(response.data!.reports.nodes.every((r: any) => r.late === true)).toBe(true);
  });
});

describe('progress from the consolidated figures', () => {
  const PROGRESS = `query($code: String!, $unit: String, $asOf: Date) { indicator(code: $code) { progress(unitCode: $unit, asOf: $asOf) {
    status value period { code } baselineValue baselineDate baselineSource expectedValue target { year comparator value } unit { code } } } }`;

  async function progress(code: string, unit?: string, asOf = '2025-01-15') {
    const response = await api.graphql(PROGRESS, { code, unit, asOf }, admin.token);
    expect(response.errors).toBeUndefined();
    return response.data!.indicator.progress;
  }

  test('67 of 423 houses by the end of 2024 is far behind the line from 0 in 2020: OFF_TRACK', async () => {
    const housing = await progress('households-housing');
    // The line from 0 (14 Dec 2020) to 423 (14 Dec 2025), read on 14 Dec 2024: 423 x 1461 / 1826 days.
    expect(housing).toMatchObject({
      status: 'OFF_TRACK',
      value: 67,
      period: { code: PERIOD },
      baselineValue: 0,
      baselineSource: 'PLAN_START',
      target: { year: 2025, comparator: 'GTE', value: 423 },
      unit: { code: '06' },
    });
    expect(housing.expectedValue).toBeCloseTo((423 * 1461) / 1826, 3);
  });

  test('growth of 6.2 % is within the 6-6.5 % range of 2030: ACHIEVED', async () => {
    expect(await progress('province-economic-growth')).toMatchObject({ status: 'ACHIEVED', value: 6.2, target: { year: 2030, comparator: 'BETWEEN' } });
  });

  test('per district: a first figure alone draws no line (NO_DATA, value shown); a district without figures has NO_DATA', async () => {
    expect(await progress('households-electricity', '066')).toMatchObject({
      status: 'NO_DATA',
      value: 87.5,
      baselineSource: 'FIRST_REPORT',
      target: { year: 2025, comparator: 'GT', value: 98.5 },
      unit: { code: '066' },
    });
    expect(await progress('households-electricity', '062')).toMatchObject({ status: 'NO_DATA', value: null, period: null });
  });

  test('a district\'s count is shown but not judged: the 423 houses are the province\'s target', async () => {
    expect(await progress('households-housing', '061')).toMatchObject({ status: 'NO_DATA', value: 42, target: null, period: { code: PERIOD } });
  });

  test('before the period\'s window closed, nothing is known yet', async () => {
    expect(await progress('households-housing', '06', '2024-12-01')).toMatchObject({ status: 'NO_DATA', value: null });
  });

  test('communes have no consolidated progress', async () => {
    const response = await api.graphql(PROGRESS, { code: 'households-housing', unit: '01888' }, admin.token);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
