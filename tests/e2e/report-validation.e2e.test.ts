import { Role } from '../../server/access/role';
import { ReportingClient, ReportState, UserErrorShape, ValueInput } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/** Every rule a value or a step must pass, each expecting its userError code. Period 2022-H2. */
let api: TestApp;
let choDon: ReportingClient;
let admin: ReportingClient;
let report: ReportState;

beforeAll(async () => {
  api = await startTestApp();
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'validation-admin'));
  choDon = new ReportingClient(api, await api.createUser(Role.REPORTER, 'validation-ubnd-cho-don', 'UBND-064'));
  report = await choDon.createReport('UBND-064', '2022-H2');
});
afterAll(() => api?.close());

async function refusedValue(value: ValueInput): Promise<UserErrorShape[]> {
  const response = await choDon.mutate('setIndicatorValues', { reportId: report.id, version: report.version, values: [value] }, 'values { id }');
  expect(response.errors).toBeUndefined();
  const payload = response.data!.setIndicatorValues;
  expect(payload.values).toEqual([]);
  expect(payload.report.version).toBe(report.version);
  return payload.userErrors;
}

async function expectRefused(value: ValueInput, code: string, field: string) {
  const errors = await refusedValue(value);
  expect(errors.map((e) => e.code)).toContain(code);
  expect(errors.find((e) => e.code === code)!.field).toEqual(['input', 'values', '0', field]);
}

// Chợ Đồn is district 064; Chợ Rã (01888) lies in Ba Bể (061); Bằng Lũng (02020) in Chợ Đồn.
describe('a value is refused, with its code and field, when', () => {
  test('a percentage is outside 0-100', () =>
    expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', value: 120, numerator: 90, denominator: 100 }, 'PERCENT_OUT_OF_RANGE', 'value'));

  test('a numerator is above its denominator', () =>
    expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', numerator: 101, denominator: 100 }, 'NUMERATOR_EXCEEDS_DENOMINATOR', 'numerator'));

  test('a count is negative', () =>
    expectRefused({ indicatorCode: 'households-housing', unitCode: '064', value: -3 }, 'NEGATIVE_COUNT', 'value'));

  test('a count is fractional', () =>
    expectRefused({ indicatorCode: 'households-housing', unitCode: '064', value: 2.5 }, 'FRACTIONAL_COUNT', 'value'));

  test('a share\'s parts are not whole counts', () =>
    expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', numerator: 10.5, denominator: 100 }, 'FRACTIONAL_COUNT', 'numerator'));

  test('a share has a zero denominator', () =>
    expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', numerator: 0, denominator: 0 }, 'ZERO_DENOMINATOR', 'denominator'));

  test('a share comes without its numerator and denominator', () =>
    expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', value: 95 }, 'RATIO_PARTS_REQUIRED', 'numerator'));

  test('a value does not match its parts', () =>
    expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', value: 50, numerator: 90, denominator: 100 }, 'VALUE_MISMATCH', 'value'));

  test('a count comes without a value', () =>
    expectRefused({ indicatorCode: 'households-housing', unitCode: '064' }, 'VALUE_REQUIRED', 'value'));

  test('the indicator is not reported at that level: a commune figure for a district-level indicator', () =>
    expectRefused({ indicatorCode: 'communes-new-rural-standard', unitCode: '02020', numerator: 1, denominator: 1 }, 'LEVEL_NOT_REPORTABLE', 'unitCode'));

  test('the indicator is not reported at that level: a district figure for a province-only indicator', () =>
    expectRefused({ indicatorCode: 'em-life-expectancy', unitCode: '064', value: 73 }, 'LEVEL_NOT_REPORTABLE', 'unitCode'));

  test('the province figure of a summed indicator is left to consolidation', () =>
    expectRefused({ indicatorCode: 'households-housing', unitCode: '06', value: 10 }, 'LEVEL_NOT_REPORTABLE', 'unitCode'));

  test('the unit lies outside the reporter\'s district', () =>
    expectRefused({ indicatorCode: 'households-housing', unitCode: '01888', value: 3 }, 'UNIT_OUTSIDE_AREA', 'unitCode'));

  test('another district is named', () =>
    expectRefused({ indicatorCode: 'households-housing', unitCode: '061', value: 3 }, 'UNIT_OUTSIDE_AREA', 'unitCode'));

  test('a number is not finite or beyond 10^12', async () => {
    await expectRefused({ indicatorCode: 'households-housing', unitCode: '064', value: 1e13 }, 'OUT_OF_RANGE', 'value');
    await expectRefused({ indicatorCode: 'households-electricity', unitCode: '064', numerator: 1, denominator: 2e12 }, 'OUT_OF_RANGE', 'denominator');
    // A literal too large for a double reads as Infinity.
    const infinite = await api.graphql(
      `mutation { setIndicatorValues(input: { reportId: "${report.id}", version: ${report.version},
        values: [{ indicatorCode: "households-housing", unitCode: "064", value: 1e400 }] }) { userErrors { code field } } }`,
      {},
      admin.token,
    );
    expect(infinite.data!.setIndicatorValues.userErrors).toEqual([{ code: 'OUT_OF_RANGE', field: ['input', 'values', '0', 'value'] }]);
  });

  test('text holds a NUL character: BAD_USER_INPUT, not a server error', async () => {
    const response = await admin.mutate('createReport', { bodyCode: 'UBND-064\u0000', periodCode: '2022-H2' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const query = await api.graphql(`query($p: String!) { reportingStatus(periodCode: $p) { expected } }`, { p: 'a\u0000' }, admin.token);
    expect(query.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await api.graphql(`{ indicators(filter: { search: "a\\u0000" }) { totalCount } }`);
    expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.status).toBe(400);
  });

  test('the indicator or unit is unknown', async () => {
    await expectRefused({ indicatorCode: 'no-such-indicator', unitCode: '064', value: 1 }, 'NOT_FOUND', 'indicatorCode');
    await expectRefused({ indicatorCode: 'households-housing', unitCode: '99999', value: 1 }, 'NOT_FOUND', 'unitCode');
  });
});

test('one bad value among good ones applies nothing, and every problem is listed', async () => {
  const response = await choDon.mutate(
    'setIndicatorValues',
    {
      reportId: report.id,
      version: report.version,
      values: [
        { indicatorCode: 'households-housing', unitCode: '02020', value: 4 },
        { indicatorCode: 'households-housing', unitCode: '02020', value: 5 },
        { indicatorCode: 'households-electricity', unitCode: '064', numerator: 200, denominator: 100 },
      ],
    },
    'values { id }',
  );
  const errors: UserErrorShape[] = response.data!.setIndicatorValues.userErrors;
  expect(errors.map((e) => [e.code, e.field.join('.')])).toEqual([
    ['DUPLICATE_VALUE', 'input.values.1'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', 'input.values.2.numerator'],
  ]);
  const after = await api.graphql(`query($id: ID!) { node(id: $id) { ... on Report { version values { totalCount } } } }`, { id: report.id }, choDon.token);
  expect(after.data!.node).toEqual({ version: report.version, values: { totalCount: 0 } });
});

describe('the workflow refuses', () => {
  test('a second report for the same body and period, naming the first', async () => {
    const response = await choDon.mutate('createReport', { bodyCode: 'UBND-064', periodCode: '2022-H2' });
    const payload = response.data!.createReport;
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_EXISTS', existingId: report.id, field: ['input', 'periodCode'] })]);
    expect(payload.report.id).toBe(report.id);
  });

  test('a report for a body that section V.7 does not ask to report', async () => {
    const response = await admin.mutate('createReport', { bodyCode: 'MTTQ-TINH', periodCode: '2022-H2' });
    expect(response.data!.createReport.userErrors[0].code).toBe('NOT_EXPECTED_TO_REPORT');
  });

  test('an unknown body or period', async () => {
    const response = await admin.mutate('createReport', { bodyCode: 'NOPE', periodCode: '2019-H3' });
    expect(response.data!.createReport.userErrors.map((e: UserErrorShape) => e.field[1])).toEqual(['bodyCode', 'periodCode']);
  });

  test('a write quoting a stale version: CONFLICT', async () => {
    const response = await choDon.mutate('setIndicatorValues', {
      reportId: report.id,
      version: report.version + 5,
      values: [{ indicatorCode: 'households-housing', unitCode: '064', value: 1 }],
    });
    expect(response.data!.setIndicatorValues.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'version'] })]);
  });

  test('accepting a report that was never submitted: INVALID_TRANSITION', async () => {
    const response = await admin.mutate('acceptReport', { reportId: report.id, version: report.version });
    expect(response.data!.acceptReport.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  test('returning without a reason: BLANK', async () => {
    const response = await admin.mutate('returnReport', { reportId: report.id, version: report.version, reason: '  ' });
    expect(response.data!.returnReport.userErrors[0]).toMatchObject({ code: 'BLANK', field: ['input', 'reason'] });
  });

  test('progress on a task the plan does not have: NOT_FOUND', async () => {
    const unknown = await choDon.mutate('setTaskProgress', { reportId: report.id, version: report.version, taskCode: 'IX.9', status: 'ON_SCHEDULE' });
    expect(unknown.data!.setTaskProgress.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'taskCode'] });
  });

  test('an obstacle without text: BLANK', async () => {
    const response = await choDon.mutate('addObstacle', { reportId: report.id, version: report.version, text: '' });
    expect(response.data!.addObstacle.userErrors[0]).toMatchObject({ code: 'BLANK', field: ['input', 'text'] });
  });

  test('any change once submitted, until it is returned: NOT_EDITABLE', async () => {
    let current = await choDon.setValues(report, [{ indicatorCode: 'households-housing', unitCode: '064', value: 9 }]);
    const progress = await choDon.apply('setTaskProgress', { reportId: current.id, version: current.version, taskCode: 'III.1.a', status: 'ON_SCHEDULE', narrative: 'Đang triển khai' }, 'taskProgress { status task { code } }');
    expect(progress.taskProgress).toEqual({ status: 'ON_SCHEDULE', task: { code: 'III.1.a' } });
    current = progress.report;
    const obstacle = await choDon.apply('addObstacle', { reportId: current.id, version: current.version, text: 'Thiếu vốn đối ứng', recommendation: 'Đề nghị tỉnh bổ sung vốn' }, 'obstacle { text recommendation }');
    current = obstacle.report;
    current = await choDon.submit(current);
    const attempts = await Promise.all([
      choDon.mutate('setIndicatorValues', { reportId: current.id, version: current.version, values: [{ indicatorCode: 'households-housing', unitCode: '064', value: 10 }] }),
      choDon.mutate('setTaskProgress', { reportId: current.id, version: current.version, taskCode: 'III.1.a', status: 'DELAYED' }),
      choDon.mutate('addObstacle', { reportId: current.id, version: current.version, text: 'Thêm' }),
      choDon.mutate('submitReport', { reportId: current.id, version: current.version }),
    ]);
    expect(attempts.map((a) => Object.values(a.data!)[0]).map((p: any) => p.userErrors[0]?.code)).toEqual([
      'NOT_EDITABLE',
      'NOT_EDITABLE',
      'NOT_EDITABLE',
      'INVALID_TRANSITION',
    ]);
    const accepted = await admin.accept(current);
    const afterAccept = await choDon.mutate('setIndicatorValues', { reportId: accepted.id, version: accepted.version, values: [{ indicatorCode: 'households-housing', unitCode: '064', value: 11 }] });
    expect(afterAccept.data!.setIndicatorValues.userErrors[0].code).toBe('NOT_EDITABLE');
  });

  test('consolidating a period without accepted reports: NOTHING_TO_CONSOLIDATE', async () => {
    const response = await admin.mutate('consolidatePeriod', { periodCode: '2029-H1' }, 'sourceReports');
    expect(response.data!.consolidatePeriod.userErrors[0].code).toBe('NOTHING_TO_CONSOLIDATE');
  });

  test('too many values in one request: TOO_MANY', async () => {
    const values = Array.from({ length: 1001 }, () => ({ indicatorCode: 'households-housing', unitCode: '064', value: 1 }));
    const response = await admin.mutate('setIndicatorValues', { reportId: report.id, version: report.version, values });
    expect(response.data!.setIndicatorValues.userErrors[0].code).toBe('TOO_MANY');
  });
});
