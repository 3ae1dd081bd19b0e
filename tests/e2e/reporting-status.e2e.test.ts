import { Role } from '../../server/access/role';
import { ReportingClient } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Completeness and timeliness as DHIS2 counts them, over the bodies in force
 * on each period's last day: 26 until the department mergers of 1 March 2025,
 * 21 in 2025-H1, and from 1 July 2025 the 37 commune committees and the 12
 * reporting departments of Thái Nguyên, with no district committee.
 */
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
  const late = await admin.submit(await admin.createReport('SYT-19', '2025-H2'));
  await admin.returnWith(late, 'Thiếu số liệu y tế');
  now = new Date();
});
afterAll(() => api?.close());

async function status(period: string) {
  const response = await api.graphql(STATUS, { period }, admin.token);
  expect(response.errors).toBeUndefined();
  return response.data!.reportingStatus;
}

test('two of 21 reports in, one of them by the end of the due date: completeness 9.52 %, timeliness 4.76 %', async () => {
  const result = await status('2025-H1');
  expect(result).toMatchObject({ period: { code: '2025-H1', dueDate: '2025-06-20' }, expected: 21, received: 2, receivedOnTime: 1 });
  expect(result.completeness).toBeCloseTo((2 / 21) * 100, 2);
  expect(result.timeliness).toBeCloseTo((1 / 21) * 100, 2);
  const byBody = Object.fromEntries(result.bodies.map((b: any) => [b.body.code, b]));
  expect(byBody['SGDDT']).toMatchObject({ status: 'SUBMITTED', received: true, onTime: true, submittedAt: '2025-06-20T16:59:59.000Z' });
  expect(byBody['UBND-061']).toMatchObject({ status: 'SUBMITTED', received: true, onTime: false, submittedAt: '2025-06-20T17:00:00.000Z' });
  expect(byBody['UBND-066']).toMatchObject({ status: 'DRAFT', received: false, onTime: null, submittedAt: null });
  expect(byBody['UBND-062']).toMatchObject({ status: null, received: false, onTime: null, report: null });
  expect(result.bodies.map((b: any) => b.body.code)).not.toContain('BDT');
  // Merged on 1 March 2025: Planning and Investment went into Finance, the two agriculture and environment departments became one.
  expect(result.bodies.map((b: any) => b.body.code)).toEqual(expect.arrayContaining(['STC', 'SNNMT']));
  expect(result.bodies.map((b: any) => b.body.code)).not.toContain('SKHDT');
});

test('2024-H1 expects the 26 bodies of the plan: 18 provincial bodies and the 8 district committees', async () => {
  const result = await status('2024-H1');
  expect(result.expected).toBe(26);
  expect(result.bodies.filter((b: any) => b.body.code.startsWith('UBND-0')).map((b: any) => b.body.code)).toEqual([
    'UBND-058', 'UBND-060', 'UBND-061', 'UBND-062', 'UBND-063', 'UBND-064', 'UBND-065', 'UBND-066',
  ]);
});

test('2026-H1 expects the 37 commune committees and the 12 reporting departments then in force, and no district committee', async () => {
  const result = await status('2026-H1');
  const codes: string[] = result.bodies.map((b: any) => b.body.code);
  expect(result.expected).toBe(49);
  expect(codes.filter((code) => /^UBND-\d{5}$/.test(code))).toHaveLength(37);
  expect(codes).toContain('UBND-01840');
  expect(codes.filter((code) => /^UBND-0\d\d$/.test(code))).toEqual([]);
  expect(codes.filter((code) => code.endsWith('-19'))).toEqual([
    'STC-19', 'SGDDT-19', 'SYT-19', 'SVHTTDL-19', 'SNNMT-19', 'SCT-19', 'SXD-19', 'SKHCN-19', 'SNV-19', 'STP-19', 'CAT-19', 'BCHQS-19',
  ]);
});

test('a report first sent after the due date counts as received but not on time, even once returned', async () => {
  const result = await status('2025-H2');
  expect(result).toMatchObject({ expected: 49, received: 1, receivedOnTime: 0, timeliness: 0 });
  expect(result.completeness).toBeCloseTo((1 / 49) * 100, 2);
  expect(result.bodies.find((b: any) => b.body.code === 'SYT-19')).toMatchObject({ status: 'RETURNED', received: true, onTime: false });
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
