import { Role } from '../../server/access/role';
import { ReportingClient, ReportState } from '../support/reporting';
import { GraphqlResponse, startTestApp, TestApp } from '../support/test-app';

/**
 * Every role against every mutation and protected query, allowed and refused.
 * The reporter's own body is Ngân Sơn (UBND-062); the other reporter writes
 * for Chợ Mới (UBND-065). Fixtures are prepared by the administrator before
 * each call, so an allowed call must really apply.
 */
type Caller = 'ADMIN' | 'OWN_REPORTER' | 'OTHER_REPORTER' | 'SUPERVISOR' | 'VIEWER' | 'ANONYMOUS';
const CALLERS: Caller[] = ['ADMIN', 'OWN_REPORTER', 'OTHER_REPORTER', 'SUPERVISOR', 'VIEWER', 'ANONYMOUS'];
const EVERYONE_WITH_TOKEN: Caller[] = ['ADMIN', 'OWN_REPORTER', 'OTHER_REPORTER', 'SUPERVISOR', 'VIEWER'];

let api: TestApp;
const tokens = {} as Record<Caller, string | undefined>;
let admin: ReportingClient;
let ownUserId: string;
/** A user none of the callers is: "another user" for every one of them. */
let targetUserId: string;
let periodIndex = 0;

/** Fresh periods for creates that must apply, one per allowed call. */
// Before 1 July 2025: Ngân Sơn's committee ended with the district level.
const FRESH_PERIODS = ['2022-H2', '2022', '2023-H2', '2023', '2024-H1', '2024-H2'];

beforeAll(async () => {
  api = await startTestApp();
  tokens.ADMIN = await api.createUser(Role.ADMIN, 'authz-admin');
  tokens.OWN_REPORTER = await api.createUser(Role.REPORTER, 'authz-ubnd-ngan-son', 'UBND-062');
  tokens.OTHER_REPORTER = await api.createUser(Role.REPORTER, 'authz-ubnd-cho-moi', 'UBND-065');
  tokens.SUPERVISOR = await api.createUser(Role.SUPERVISOR, 'authz-mttq');
  tokens.VIEWER = await api.createUser(Role.VIEWER, 'authz-dashboard');
  tokens.ANONYMOUS = undefined;
  admin = new ReportingClient(api, tokens.ADMIN);
  const own = await api.graphql(`{ viewer { id } }`, {}, tokens.OWN_REPORTER);
  ownUserId = own.data!.viewer.id;
  const target = await api.graphql(`{ viewer { id } }`, {}, await api.createUser(Role.VIEWER, 'authz-target'));
  targetUserId = target.data!.viewer.id;
});
afterAll(async () => {
  if (api) await removeCatalogueFixtures();
  await api?.close();
});

/** Ngân Sơn's report for 2023-H1, brought to the wanted status. */
async function nganSonReport(wanted: 'DRAFT' | 'SUBMITTED'): Promise<ReportState> {
  const found = await api.graphql(`{ reports(filter: { bodyCode: "UBND-062", periodCode: "2023-H1" }) { nodes { id version status } } }`, {}, tokens.ADMIN);
  let report: ReportState = found.data!.reports.nodes[0] ?? (await admin.createReport('UBND-062', '2023-H1'));
  if (wanted === 'DRAFT' && report.status === 'SUBMITTED') report = await admin.returnWith(report, 'Bổ sung số liệu');
  if (wanted === 'SUBMITTED' && report.status !== 'SUBMITTED') report = await admin.submit(report);
  return report;
}

/** A submitted report that nobody has accepted yet: a new body each time one is accepted. */
const ACCEPTABLE_BODIES = ['UBND-063', 'UBND-058'];
async function reportToAccept(): Promise<ReportState> {
  for (const body of ACCEPTABLE_BODIES) {
    const found = await api.graphql(`{ reports(filter: { bodyCode: "${body}", periodCode: "2023-H1" }) { nodes { id version status } } }`, {}, tokens.ADMIN);
    const existing = found.data!.reports.nodes[0];
    if (existing?.status === 'ACCEPTED') continue;
    const report = existing ?? (await admin.createReport(body, '2023-H1'));
    return report.status === 'SUBMITTED' ? report : admin.submit(report);
  }
  throw new Error('no body left to accept');
}

/** At least one accepted report for 2023-H1, so that consolidation has something to draw on. */
async function ensureAccepted(): Promise<void> {
  const accepted = await api.graphql(`{ reports(filter: { periodCode: "2023-H1", status: ACCEPTED, kind: BODY }) { totalCount } }`, {}, tokens.ADMIN);
  if (accepted.data!.reports.totalCount === 0) await admin.accept(await reportToAccept());
}

interface Operation {
  name: string;
  allowed: Caller[];
  call: (token: string | undefined) => Promise<GraphqlResponse>;
}

const USER_ERRORS = 'userErrors { code message }';

function mutation(name: string, input: () => Promise<Record<string, unknown>>, fields = '') {
  return async (token: string | undefined) =>
    api.graphql(
      `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} ${USER_ERRORS} } }`,
      { input: await input() },
      token,
    );
}

/** A fresh suffix per call: each allowed call must apply, never collide. */
const fresh = () => `${Date.now().toString(36)}${periodIndex++}`;
const LEGAL_BASIS = 'Quyết định (kiểm thử quyền)';

/** The fixtures catalogue calls work on, made by the administrator; `afterAll` removes them all (codes AUTHZ-...). */
async function catalogueFixture<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.graphql(query, variables, tokens.ADMIN);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const payload = Object.values(response.data!)[0] as Record<string, unknown> & { userErrors?: unknown[] };
  if (payload?.userErrors?.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload as T;
}

async function fixtureIndicator(): Promise<{ code: string; version: number }> {
  const code = `authz-${fresh()}`;
  const created = await catalogueFixture<{ indicator: { code: string; version: number } }>(
    `mutation($code: String!) { createIndicator(input: { objectiveCode: "II.2.a.9", code: $code, name: "Chỉ tiêu thử", unit: "hộ", measureKind: COUNT, aggregation: SUM, reportingLevel: COMMUNE }) { indicator { code version } userErrors { code } } }`,
    { code },
  );
  return created.indicator;
}

async function fixtureTask(): Promise<{ code: string; version: number }> {
  const created = await catalogueFixture<{ task: { code: string; version: number } }>(
    `mutation($code: String!) { createTask(input: { code: $code, kind: MAIN, title: "Nhiệm vụ thử", text: "Nhiệm vụ thử", legalBasis: "${LEGAL_BASIS}" }) { task { code version } userErrors { code } } }`,
    { code: `AUTHZ.${fresh()}` },
  );
  return created.task;
}

async function fixtureBody(): Promise<{ code: string; version: number }> {
  const created = await catalogueFixture<{ responsibleBody: { code: string; version: number } }>(
    `mutation($code: String!) { createResponsibleBody(input: { code: $code, name: "Cơ quan thử", shortName: "CQ thử", kind: DEPARTMENT, expectedToReport: false, legalBasis: "${LEGAL_BASIS}" }) { responsibleBody { code version } userErrors { code } } }`,
    { code: `AUTHZ-${fresh()}` },
  );
  return created.responsibleBody;
}

async function fixtureAssignment(): Promise<{ assignmentId: string; version: number }> {
  const task = await fixtureTask();
  const created = await catalogueFixture<{ assignment: { id: string; version: number } }>(
    `mutation($task: String!) { createAssignment(input: { taskCode: $task, bodyCode: "BDT", role: IMPLEMENT, duty: "Thực hiện thử", source: DECIDED, legalBasis: "${LEGAL_BASIS}" }) { assignment { id version } userErrors { code } } }`,
    { task: task.code },
  );
  return { assignmentId: created.assignment.id, version: created.assignment.version };
}

async function fixturePeriod(): Promise<{ code: string; version: number }> {
  const created = await catalogueFixture<{ reportingPeriod: { code: string; version: number } }>(
    `mutation($code: String!) { createReportingPeriod(input: { code: $code, name: "Đột xuất thử", startDate: "2027-01-01", endDate: "2027-01-31", dueDate: "2027-02-10", legalBasis: "${LEGAL_BASIS}" }) { reportingPeriod { code version } userErrors { code } } }`,
    { code: `AUTHZ-${fresh()}` },
  );
  return created.reportingPeriod;
}

/** An administrator keeps the catalogue: every other role is refused each change (issue 15). */
function CATALOGUE_OPERATIONS(): Operation[] {
  const admin: Caller[] = ['ADMIN'];
  return [
    {
      name: 'createIndicator',
      allowed: admin,
      call: mutation('createIndicator', async () => ({ objectiveCode: 'II.2.a.9', code: `authz-${fresh()}`, name: 'Chỉ tiêu', unit: 'hộ', measureKind: 'COUNT', aggregation: 'SUM', reportingLevel: 'COMMUNE' })),
    },
    { name: 'updateIndicator', allowed: admin, call: mutation('updateIndicator', async () => ({ ...(await fixtureIndicator()), nameEn: `renamed ${fresh()}` })) },
    {
      name: 'reviseTarget',
      allowed: admin,
      call: mutation('reviseTarget', async () => ({ indicatorCode: (await fixtureIndicator()).code, year: 2030, comparator: 'GTE', value: 10, legalBasis: LEGAL_BASIS, effectiveDate: '2027-01-01', text: 'Thử' })),
    },
    { name: 'createTask', allowed: admin, call: mutation('createTask', async () => ({ code: `AUTHZ.${fresh()}`, kind: 'MAIN', title: 'Thử', text: 'Thử', legalBasis: LEGAL_BASIS })) },
    { name: 'updateTask', allowed: admin, call: mutation('updateTask', async () => ({ ...(await fixtureTask()), title: `Thử ${fresh()}` })) },
    {
      name: 'createAssignment',
      allowed: admin,
      call: mutation('createAssignment', async () => ({ taskCode: (await fixtureTask()).code, bodyCode: 'BDT', role: 'REVIEW', duty: 'Thử', source: 'DECIDED', legalBasis: LEGAL_BASIS })),
    },
    { name: 'updateAssignment', allowed: admin, call: mutation('updateAssignment', async () => ({ ...(await fixtureAssignment()), role: 'ADVISE' })) },
    { name: 'endAssignment', allowed: admin, call: mutation('endAssignment', async () => ({ ...(await fixtureAssignment()), validTo: '2027-12-31', legalBasis: LEGAL_BASIS })) },
    {
      name: 'createResponsibleBody',
      allowed: admin,
      call: mutation('createResponsibleBody', async () => ({ code: `AUTHZ-${fresh()}`, name: 'Cơ quan', shortName: 'CQ', kind: 'DEPARTMENT', expectedToReport: false, legalBasis: LEGAL_BASIS })),
    },
    { name: 'updateResponsibleBody', allowed: admin, call: mutation('updateResponsibleBody', async () => ({ ...(await fixtureBody()), shortName: `CQ ${fresh()}` })) },
    {
      name: 'recordBodySuccession',
      allowed: admin,
      call: mutation('recordBodySuccession', async () => ({ predecessorCode: (await fixtureBody()).code, successorCode: (await fixtureBody()).code, effectiveDate: '2027-01-01', legalBasis: LEGAL_BASIS })),
    },
    { name: 'updateReportingPeriod', allowed: admin, call: mutation('updateReportingPeriod', async () => ({ ...(await fixturePeriod()), dueDate: '2027-02-20', legalBasis: LEGAL_BASIS })) },
    {
      name: 'createReportingPeriod',
      allowed: admin,
      call: mutation('createReportingPeriod', async () => ({ code: `AUTHZ-${fresh()}`, name: 'Thử', startDate: '2027-01-01', endDate: '2027-01-31', dueDate: '2027-02-10', legalBasis: LEGAL_BASIS })),
    },
  ];
}

/** What the catalogue cells added: removed, so that the files after this one see the plan as loaded. */
async function removeCatalogueFixtures(): Promise<void> {
  const sql = (text: string) => api.app.database.orm.em.getConnection().execute(text);
  await sql(`delete from target_revision where target_id in (select t.id from target t join indicator i on i.id = t.indicator_id where i.code like 'authz-%')`);
  await sql(`delete from target where indicator_id in (select id from indicator where code like 'authz-%')`);
  await sql(`delete from indicator where code like 'authz-%'`);
  await sql(`delete from assignment where task_id in (select id from task where code like 'AUTHZ.%') or body_id in (select id from responsible_body where code like 'AUTHZ-%')`);
  await sql(`delete from task where code like 'AUTHZ.%'`);
  await sql(`delete from responsible_body_succession where predecessor_id in (select id from responsible_body where code like 'AUTHZ-%')`);
  await sql(`delete from responsible_body where code like 'AUTHZ-%'`);
  await sql(`delete from reporting_period where code like 'AUTHZ-%'`);
  await sql(`delete from catalogue_change`);
}

const OPERATIONS: Operation[] = [
  {
    name: 'createReport',
    allowed: ['ADMIN', 'OWN_REPORTER'],
    call: mutation('createReport', async () => ({ bodyCode: 'UBND-062', periodCode: FRESH_PERIODS[periodIndex++] })),
  },
  {
    name: 'setIndicatorValues',
    allowed: ['ADMIN', 'OWN_REPORTER'],
    call: mutation('setIndicatorValues', async () => {
      const report = await nganSonReport('DRAFT');
      return { reportId: report.id, version: report.version, values: [{ indicatorCode: 'households-housing', unitCode: '062', value: periodIndex++ }] };
    }),
  },
  {
    name: 'setTaskProgress',
    allowed: ['ADMIN', 'OWN_REPORTER'],
    call: mutation('setTaskProgress', async () => {
      const report = await nganSonReport('DRAFT');
      return { reportId: report.id, version: report.version, taskCode: 'IV.1', status: periodIndex++ % 2 ? 'DELAYED' : 'ON_SCHEDULE' };
    }),
  },
  {
    name: 'addObstacle',
    allowed: ['ADMIN', 'OWN_REPORTER'],
    call: mutation('addObstacle', async () => {
      const report = await nganSonReport('DRAFT');
      return { reportId: report.id, version: report.version, text: 'Địa bàn rộng, giao thông khó khăn' };
    }),
  },
  {
    name: 'submitReport',
    allowed: ['ADMIN', 'OWN_REPORTER'],
    call: mutation('submitReport', async () => {
      const report = await nganSonReport('DRAFT');
      return { reportId: report.id, version: report.version };
    }),
  },
  {
    name: 'returnReport',
    allowed: ['ADMIN'],
    call: mutation('returnReport', async () => {
      const report = await nganSonReport('SUBMITTED');
      return { reportId: report.id, version: report.version, reason: 'Thiếu biểu số liệu' };
    }),
  },
  {
    name: 'acceptReport',
    allowed: ['ADMIN'],
    call: mutation('acceptReport', async () => {
      const report = await reportToAccept();
      return { reportId: report.id, version: report.version };
    }),
  },
  {
    name: 'addReportComment',
    allowed: ['ADMIN', 'SUPERVISOR'],
    call: mutation('addReportComment', async () => ({ reportId: (await nganSonReport('DRAFT')).id, text: 'Đề nghị làm rõ nguồn vốn' })),
  },
  {
    name: 'consolidatePeriod',
    allowed: ['ADMIN'],
    call: mutation('consolidatePeriod', async () => {
      await ensureAccepted();
      return { periodCode: '2023-H1' };
    }),
  },
  {
    name: 'createUser',
    allowed: ['ADMIN'],
    call: mutation('createUser', async () => ({ login: `authz-new-${periodIndex++}`, name: 'Người dùng mới', role: 'VIEWER' })),
  },
  {
    name: 'createApiToken for oneself',
    allowed: EVERYONE_WITH_TOKEN,
    call: mutation('createApiToken', async () => ({ name: 'my script' }), 'token'),
  },
  {
    name: 'createApiToken for another user',
    allowed: ['ADMIN'],
    call: mutation('createApiToken', async () => ({ userId: targetUserId, name: 'on behalf' }), 'token'),
  },
  {
    name: 'revokeApiToken of another user',
    allowed: ['ADMIN'],
    call: async (token) => {
      const extra = await api.graphql(`mutation { createApiToken(input: { userId: "${targetUserId}", name: "to revoke" }) { apiToken { id } } }`, {}, tokens.ADMIN);
      const tokenId = extra.data!.createApiToken.apiToken.id;
      return mutation('revokeApiToken', async () => ({ tokenId }), 'apiToken { revokedAt }')(token);
    },
  },
  ...CATALOGUE_OPERATIONS(),
  { name: 'reports', allowed: EVERYONE_WITH_TOKEN, call: (token) => api.graphql(`{ reports { totalCount } }`, {}, token) },
  { name: 'indicatorValues', allowed: EVERYONE_WITH_TOKEN, call: (token) => api.graphql(`{ indicatorValues { totalCount } }`, {}, token) },
  { name: 'reportingStatus', allowed: EVERYONE_WITH_TOKEN, call: (token) => api.graphql(`{ reportingStatus(periodCode: "2023-H1") { expected } }`, {}, token) },
  {
    name: 'Indicator.progress',
    allowed: EVERYONE_WITH_TOKEN,
    call: (token) => api.graphql(`{ indicator(code: "households-housing") { progress { status } } }`, {}, token),
  },
  {
    name: 'Indicator.rollup',
    allowed: EVERYONE_WITH_TOKEN,
    call: (token) => api.graphql(`{ indicator(code: "households-housing") { rollup(within: "06") { value } } }`, {}, token),
  },
  {
    name: 'node(Report)',
    allowed: EVERYONE_WITH_TOKEN,
    call: async (token) => api.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: (await nganSonReport('DRAFT')).id }, token),
  },
  {
    name: 'ResponsibleBody.reports',
    allowed: EVERYONE_WITH_TOKEN,
    call: (token) => api.graphql(`{ responsibleBody(code: "UBND-062") { reports { totalCount } } }`, {}, token),
  },
  {
    name: 'ReportingPeriod.reports',
    allowed: EVERYONE_WITH_TOKEN,
    call: (token) => api.graphql(`{ reportingPeriod(code: "2023-H1") { reports { totalCount } } }`, {}, token),
  },
  {
    name: 'node(User) of another user',
    allowed: ['ADMIN'],
    call: (token) => api.graphql(`query($id: ID!) { node(id: $id) { ... on User { login } } }`, { id: targetUserId }, token),
  },
  { name: 'users', allowed: ['ADMIN'], call: (token) => api.graphql(`{ users { totalCount } }`, {}, token) },
];

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', (_name, operation) => {
  test.each(CALLERS)('%s', async (caller) => {
    const response = await operation.call(tokens[caller]);
    if (operation.allowed.includes(caller)) {
      expect(response.errors).toBeUndefined();
      const payload = Object.values(response.data!)[0] as Record<string, any>;
      expect(payload).not.toBeNull();
      if (payload.userErrors) expect(payload.userErrors).toEqual([]);
    } else {
      const expected = caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
    }
  });
});

describe('refused writes change nothing', () => {
  test('the other district\'s reporter cannot put a value into Ngân Sơn\'s report', async () => {
    const before = await nganSonReport('DRAFT');
    const other = new ReportingClient(api, tokens.OTHER_REPORTER!);
    const response = await other.mutate('setIndicatorValues', {
      reportId: before.id,
      version: before.version,
      values: [{ indicatorCode: 'households-housing', unitCode: '062', value: 999 }],
    });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = await nganSonReport('DRAFT');
    expect(after.version).toBe(before.version);
    const values = await api.graphql(`{ indicatorValues(filter: { bodyCode: "UBND-062", indicatorCode: "households-housing" }) { nodes { value } } }`, {}, tokens.ADMIN);
    expect(values.data!.indicatorValues.nodes.map((v: any) => v.value)).not.toContain(999);
  });

  test('the plan catalogue stays open without a token', async () => {
    await removeCatalogueFixtures(); // the matrix's catalogue cells added indicators and bodies
    const response = await api.graphql(`{ indicators(first: 1) { totalCount } responsibleBodies { totalCount } viewer { login } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ indicators: { totalCount: 47 }, responsibleBodies: { totalCount: 86 }, viewer: null });
  });

  test('a reporter sees its own account, body and tokens', async () => {
    const own = await api.graphql(`{ viewer { login role body { code } } }`, {}, tokens.OWN_REPORTER);
    expect(own.data!.viewer).toEqual({ login: 'authz-ubnd-ngan-son', role: 'REPORTER', body: { code: 'UBND-062' } });
    const self = await api.graphql(`query($id: ID!) { node(id: $id) { ... on User { login apiTokens { name } } } }`, { id: ownUserId }, tokens.OWN_REPORTER);
    expect(self.data!.node.login).toBe('authz-ubnd-ngan-son');
    expect(self.data!.node.apiTokens).toContainEqual({ name: 'tests' });
  });
});
