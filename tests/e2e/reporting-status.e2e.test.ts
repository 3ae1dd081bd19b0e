import { Role } from '../../server/access/role';
import { ReportingClient } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/** Completeness and timeliness as DHIS2 counts them: 26 bodies are expected to report each period. */
let api: TestApp;
let admin: ReportingClient;
/** The app's clock, moved by the test around the due date. */
let now = new Date();

const STATUS = `query($period: String!) { reportingStatus(periodCode: $period) {
  period { code dueDate } expected received receivedOnTime completeness timeliness
  bodies { body { code } status received onTime submittedAt report { id } } } }`;

beforeAll(async () => {
  api = await startTestApp({ clock: () => now });
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'status-admin'));
  // 2025-H1 is due on 20 June 2025, to the end of that day in Vietnam (UTC+7).
  now = new Date('2025-06-20T23:59:59+07:00');
  await admin.submit(await admin.createReport('SGDDT', '2025-H1'));
  now = new Date('2025-06-21T00:00:00+07:00');
  await admin.submit(await admin.createReport('UBND-061', '2025-H1'));
  await admin.createReport('UBND-066', '2025-H1');
  // 2025-H2's report of the health department comes in January 2026, and is returned.
  now = new Date('2026-01-05T09:00:00+07:00');
  const late = await admin.submit(await admin.createReport('SYT', '2025-H2'));
  await admin.returnWith(late, 'Thiếu số liệu y tế');
  now = new Date();
});
afterAll(() => api?.close());

async function status(period: string) {
  const response = await api.graphql(STATUS, { period }, admin.token);
  expect(response.errors).toBeUndefined();
  return response.data!.reportingStatus;
}

test('two of 26 reports in, one of them by the end of the due date: completeness 7.69 %, timeliness 3.85 %', async () => {
  const result = await status('2025-H1');
  expect(result).toMatchObject({ period: { code: '2025-H1', dueDate: '2025-06-20' }, expected: 26, received: 2, receivedOnTime: 1 });
  expect(result.completeness).toBeCloseTo((2 / 26) * 100, 2);
  expect(result.timeliness).toBeCloseTo((1 / 26) * 100, 2);
  const byBody = Object.fromEntries(result.bodies.map((b: any) => [b.body.code, b]));
  expect(byBody['SGDDT']).toMatchObject({ status: 'SUBMITTED', received: true, onTime: true, submittedAt: '2025-06-20T16:59:59.000Z' });
  expect(byBody['UBND-061']).toMatchObject({ status: 'SUBMITTED', received: true, onTime: false, submittedAt: '2025-06-20T17:00:00.000Z' });
  expect(byBody['UBND-066']).toMatchObject({ status: 'DRAFT', received: false, onTime: null, submittedAt: null });
  expect(byBody['UBND-062']).toMatchObject({ status: null, received: false, onTime: null, report: null });
  expect(result.bodies.map((b: any) => b.body.code)).not.toContain('BDT');
});

test('a report first sent after the due date counts as received but not on time, even once returned', async () => {
  const result = await status('2025-H2');
  expect(result).toMatchObject({ received: 1, receivedOnTime: 0, timeliness: 0 });
  expect(result.completeness).toBeCloseTo((1 / 26) * 100, 2);
  expect(result.bodies.find((b: any) => b.body.code === 'SYT')).toMatchObject({ status: 'RETURNED', received: true, onTime: false });
});

test('an unknown period gives null', async () => {
  const response = await api.graphql(STATUS, { period: '2019-H1' }, admin.token);
  expect(response.data!.reportingStatus).toBeNull();
});

test('the whole status costs a fixed number of SQL statements, whatever the number of bodies', async () => {
  const response = await api.graphql(STATUS, { period: '2025-H1' }, admin.token);
  // Token, period, bodies, reports.
  expect(response.statements).toBe(4);
});
