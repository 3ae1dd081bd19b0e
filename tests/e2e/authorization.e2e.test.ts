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
afterAll(() => api?.close());

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
