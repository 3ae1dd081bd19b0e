import { Role } from '../../server/access/role';
import { ReportingClient, ValueInput } from '../support/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * An administrator of Sở Dân tộc và Tôn giáo (Ban Dân tộc tỉnh's successor)
 * keeps the catalogue current: a mid-term review revises a target, a
 * decision adds a task and a duty, a department merges, a due date moves.
 * In a database of its own: these changes would reach every other file.
 */
let api: TestApp;
let adminToken: string;
let admin: ReportingClient;

const USER_ERRORS = 'userErrors { field code message existingId }';

async function mutate(name: string, input: Record<string, unknown>, fields: string, token = adminToken) {
  const response = await api.graphql(
    `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { clientMutationId ${fields} ${USER_ERRORS} } }`,
    { input },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data![name];
}

async function applied(name: string, input: Record<string, unknown>, fields: string) {
  const payload = await mutate(name, input, fields);
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function read(query: string, variables: Record<string, unknown> = {}) {
  const response = await api.graphql(query, variables, adminToken);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function acceptNew(client: ReportingClient, body: string, period: string, values: ValueInput[]) {
  const report = await client.setValues(await client.createReport(body, period), values);
  return admin.accept(await client.submit(report));
}

beforeAll(async () => {
  api = await startTestApp({ databaseUrl: process.env.TEST_CATALOGUE_DATABASE_URL });
  adminToken = await api.createUser(Role.ADMIN, 'catalogue-admin');
  admin = new ReportingClient(api, adminToken);
});
afterAll(() => api?.close());

describe('indicators', () => {
  test('an indicator is added, renamed with the version it was read at, and both changes are in its history', async () => {
    const created = await applied(
      'createIndicator',
      { objectiveCode: 'II.2.a.9', code: 'households-clean-water-2030', name: 'Số hộ được hỗ trợ nước sạch', unit: 'hộ', measureKind: 'COUNT', aggregation: 'SUM', reportingLevel: 'COMMUNE' },
      'indicator { code version objective { code } }',
    );
    expect(created.indicator).toEqual({ code: 'households-clean-water-2030', version: 1, objective: { code: 'II.2.a.9' } });
    const updated = await applied('updateIndicator', { code: 'households-clean-water-2030', version: 1, nameEn: 'Households given clean water' }, 'indicator { nameEn version }');
    expect(updated.indicator).toEqual({ nameEn: 'Households given clean water', version: 2 });
    const stale = await mutate('updateIndicator', { code: 'households-clean-water-2030', version: 1, nameEn: 'Again' }, 'indicator { version }');
    expect(stale).toMatchObject({ indicator: null, userErrors: [{ code: 'CONFLICT', field: ['input', 'version'] }] });
    const { indicator } = await read(`{ indicator(code: "households-clean-water-2030") { history { nodes { action actor { login } before after } } } }`);
    expect(indicator.history.nodes).toEqual([
      { action: 'CREATED', actor: { login: 'catalogue-admin' }, before: null, after: expect.objectContaining({ code: 'households-clean-water-2030' }) },
      { action: 'UPDATED', actor: { login: 'catalogue-admin' }, before: { nameEn: null }, after: { nameEn: 'Households given clean water' } },
    ]);
  });

  test('refusals: a code taken, an objective unknown, a blank name, a code that is not one', async () => {
    const input = { objectiveCode: 'II.2.a.9', code: 'households-housing', name: 'X', unit: 'hộ', measureKind: 'COUNT', aggregation: 'SUM', reportingLevel: 'COMMUNE' };
    const taken = await mutate('createIndicator', input, 'indicator { code }');
    expect(taken.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_EXISTS', field: ['input', 'code'], existingId: expect.any(String) })]);
    expect((await mutate('createIndicator', { ...input, code: 'new-one', objectiveCode: 'IX.9' }, 'indicator { code }')).userErrors[0].code).toBe('NOT_FOUND');
    expect((await mutate('createIndicator', { ...input, code: 'new-one', name: '  ' }, 'indicator { code }')).userErrors[0]).toMatchObject({ code: 'BLANK', field: ['input', 'name'] });
    expect((await mutate('createIndicator', { ...input, code: 'a b' }, 'indicator { code }')).userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'code'] });
  });

  test('an aggregation cannot change once values exist: the figures built from them would change meaning', async () => {
    const commune = new ReportingClient(api, await api.createUser(Role.REPORTER, 'catalogue-ubnd-01840', 'UBND-01840'));
    const report = await commune.createReport('UBND-01840', '2026-H1');
    await commune.setValues(report, [{ indicatorCode: 'households-housing', unitCode: '01840', value: 3 }]);
    const { indicator } = await read(`{ indicator(code: "households-housing") { version } }`);
    const refused = await mutate('updateIndicator', { code: 'households-housing', version: indicator.version, aggregation: 'NONE' }, 'indicator { aggregation }');
    expect(refused).toMatchObject({ indicator: null, userErrors: [{ code: 'AGGREGATION_LOCKED', field: ['input', 'aggregation'] }] });
    // Without values, it may.
    const fresh = await applied('updateIndicator', { code: 'households-clean-water-2030', version: 2, aggregation: 'NONE' }, 'indicator { aggregation }');
    expect(fresh.indicator.aggregation).toBe('NONE');
  });
});

describe('targets revised at a mid-term review', () => {
  // Phường Đức Xuân's poverty rate: 15 % in 2025, 14 % in 2026-H2; the plan's 2030 target: under 10 %.
  beforeAll(async () => {
    const commune = new ReportingClient(api, await api.createUser(Role.REPORTER, 'catalogue-ubnd-duc-xuan', 'UBND-01840'));
    await acceptNew(commune, 'UBND-01840', '2025', [{ indicatorCode: 'em-poverty-rate', unitCode: '01840', numerator: 150, denominator: 1000 }]);
    await acceptNew(commune, 'UBND-01840', '2026-H2', [{ indicatorCode: 'em-poverty-rate', unitCode: '01840', numerator: 140, denominator: 1000 }]);
    await admin.apply('consolidatePeriod', { periodCode: '2025' });
    await admin.apply('consolidatePeriod', { periodCode: '2026-H2' });
  });

  const progress = async (asOf: string) =>
    (await read(`query($asOf: Date!) { indicator(code: "em-poverty-rate") { progress(unitCode: "06", asOf: $asOf) { status value target { year comparator value } } } }`, { asOf }))
      .indicator.progress;

  test('a target revised from 2026 changes the judgement of 2026\'s figures only', async () => {
    const before2025 = await progress('2025-12-14');
    const before2026 = await progress('2026-12-14');
    expect(before2026).toMatchObject({ value: 14, status: 'ON_TRACK', target: { year: 2030, comparator: 'LT', value: 10 } });
    const revised = await applied(
      'reviseTarget',
      {
        indicatorCode: 'em-poverty-rate',
        year: 2030,
        comparator: 'LT',
        value: 20,
        legalBasis: 'Nghị quyết sơ kết giữa kỳ (thử nghiệm)',
        effectiveDate: '2026-03-01',
        text: 'Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm xuống dưới 20%',
        clientMutationId: 'revise-poverty-2030',
      },
      'target { year comparator value text } revision { effectiveDate legalBasis }',
    );
    expect(revised.target).toMatchObject({ year: 2030, comparator: 'LT', value: 20 });
    expect(await progress('2026-12-14')).toMatchObject({ value: 14, status: 'ACHIEVED', target: { year: 2030, comparator: 'LT', value: 20 } });
    // 2025's figure is judged by the target in force at its end: as before.
    expect(await progress('2025-12-14')).toEqual(before2025);
  });

  test('every revision is kept; targets(asOf) gives those in force that day', async () => {
    const { indicator } = await read(`{ indicator(code: "em-poverty-rate") {
      before: targets(asOf: "2026-02-28") { year value }
      after: targets(asOf: "2026-03-01") { year value revisions { value effectiveDate legalBasis recordedBy { login } } history { nodes { action before after legalBasis } } } } }`);
    expect(indicator.before).toEqual([{ year: 2030, value: 10 }, { year: 2045, value: 5 }]);
    const target2030 = indicator.after[0];
    expect(target2030.value).toBe(20);
    expect(target2030.revisions).toEqual([
      { value: 10, effectiveDate: null, legalBasis: null, recordedBy: null },
      { value: 20, effectiveDate: '2026-03-01', legalBasis: 'Nghị quyết sơ kết giữa kỳ (thử nghiệm)', recordedBy: { login: 'catalogue-admin' } },
    ]);
    expect(target2030.history.nodes).toEqual([
      { action: 'REVISED', before: { comparator: 'LT', value: 10, valueMax: null }, after: expect.objectContaining({ value: 20, effectiveDate: '2026-03-01' }), legalBasis: 'Nghị quyết sơ kết giữa kỳ (thử nghiệm)' },
    ]);
  });

  test('a retry with the same clientMutationId applies once; a second revision on the same day is refused', async () => {
    const retry = await mutate(
      'reviseTarget',
      { indicatorCode: 'em-poverty-rate', year: 2030, comparator: 'LT', value: 20, legalBasis: 'Nghị quyết sơ kết giữa kỳ (thử nghiệm)', effectiveDate: '2026-03-01', text: 'Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm xuống dưới 20%', clientMutationId: 'revise-poverty-2030' },
      'target { value }',
    );
    expect(retry).toMatchObject({ clientMutationId: 'revise-poverty-2030', userErrors: [] });
    const again = await mutate(
      'reviseTarget',
      { indicatorCode: 'em-poverty-rate', year: 2030, comparator: 'LT', value: 18, legalBasis: 'Khác', effectiveDate: '2026-03-01', text: 'Dưới 18%' },
      'target { value }',
    );
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_EXISTS', field: ['input', 'effectiveDate'] })]);
    const { indicator } = await read(`{ indicator(code: "em-poverty-rate") { targets(asOf: "2027-01-01") { revisions { value } } } }`);
    expect(indicator.targets[0].revisions.map((r: any) => r.value)).toEqual([10, 20]);
  });

  test('a target for a year without one is added from its day; BETWEEN needs its upper bound', async () => {
    const added = await applied(
      'reviseTarget',
      { indicatorCode: 'em-poverty-rate', year: 2028, comparator: 'LT', value: 12, legalBasis: 'Quyết định bổ sung (thử nghiệm)', effectiveDate: '2026-06-01', text: 'Dưới 12% vào năm 2028' },
      'target { year validFrom legalBasis }',
    );
    expect(added.target).toEqual({ year: 2028, validFrom: '2026-06-01', legalBasis: 'Quyết định bổ sung (thử nghiệm)' });
    const { indicator } = await read(`{ indicator(code: "em-poverty-rate") { early: targets(asOf: "2026-05-31") { year } late: targets(asOf: "2026-06-01") { year } } }`);
    expect(indicator.early.map((t: any) => t.year)).toEqual([2030, 2045]);
    expect(indicator.late.map((t: any) => t.year)).toEqual([2028, 2030, 2045]);
    const between = await mutate('reviseTarget', { indicatorCode: 'em-poverty-rate', year: 2030, comparator: 'BETWEEN', value: 5, legalBasis: 'X', effectiveDate: '2027-01-01', text: 'X' }, 'target { year }');
    expect(between.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'valueMax'] })]);
  });
});

describe('tasks and duties', () => {
  test('a new sub-item is added under III.2.d with our numbering, and its title corrected', async () => {
    const created = await applied(
      'createTask',
      { code: 'III.2.d.9', kind: 'MAIN', parentCode: 'III.2.d', title: 'Nhiệm vụ mới phát sinh', text: 'Nội dung nhiệm vụ mới', legalBasis: 'Quyết định bổ sung nhiệm vụ (thử nghiệm)' },
      'task { code codeSource version parent { code } }',
    );
    expect(created.task).toEqual({ code: 'III.2.d.9', codeSource: 'DERIVED', version: 1, parent: { code: 'III.2.d' } });
    const updated = await applied('updateTask', { code: 'III.2.d.9', version: 1, title: 'Nhiệm vụ mới phát sinh (sửa)' }, 'task { title version }');
    expect(updated.task).toEqual({ title: 'Nhiệm vụ mới phát sinh (sửa)', version: 2 });
    const taken = await mutate('createTask', { code: 'IV.4', kind: 'SOLUTION', title: 'X', text: 'X', legalBasis: 'X' }, 'task { code }');
    expect(taken.userErrors[0]).toMatchObject({ code: 'ALREADY_EXISTS', field: ['input', 'code'] });
  });

  test('a duty given by a decision names it; it is changed, then ended, and an ended one stays as it was', async () => {
    const noBasis = await mutate('createAssignment', { taskCode: 'III.2.d.9', bodyCode: 'SDTTG-19', role: 'LEAD', duty: 'Chủ trì nhiệm vụ mới', source: 'DECIDED' }, 'assignment { id }');
    expect(noBasis.userErrors).toEqual([expect.objectContaining({ code: 'BLANK', field: ['input', 'legalBasis'] })]);
    const created = await applied(
      'createAssignment',
      { taskCode: 'III.2.d.9', bodyCode: 'SDTTG-19', role: 'LEAD', duty: 'Chủ trì nhiệm vụ mới', source: 'DECIDED', legalBasis: 'Quyết định bổ sung nhiệm vụ (thử nghiệm)', validFrom: '2026-07-01' },
      'assignment { id version key role source legalBasis validFrom task { code } body { code } }',
    );
    expect(created.assignment).toMatchObject({ version: 1, role: 'LEAD', source: 'DECIDED', validFrom: '2026-07-01', task: { code: 'III.2.d.9' }, body: { code: 'SDTTG-19' } });
    const id = created.assignment.id;
    const changed = await applied('updateAssignment', { assignmentId: id, version: 1, role: 'IMPLEMENT' }, 'assignment { role version }');
    expect(changed.assignment).toEqual({ role: 'IMPLEMENT', version: 2 });
    const ended = await applied('endAssignment', { assignmentId: id, version: 2, validTo: '2027-12-31', legalBasis: 'Quyết định kết thúc (thử nghiệm)' }, 'assignment { validTo version }');
    expect(ended.assignment).toEqual({ validTo: '2027-12-31', version: 3 });
    const after = await mutate('updateAssignment', { assignmentId: id, version: 3, duty: 'Khác' }, 'assignment { duty }');
    expect(after.userErrors).toEqual([expect.objectContaining({ code: 'NOT_EDITABLE' })]);
    const { node } = await read(`query($id: ID!) { node(id: $id) { ... on Assignment { history { nodes { action } } } } }`, { id });
    expect(node.history.nodes.map((n: any) => n.action)).toEqual(['CREATED', 'UPDATED', 'ENDED']);
  });
});

describe('bodies and periods', () => {
  test('a merger: a new department (Sở Văn hóa - Xã hội) carries on from Sở VHTTDL from its day, the old one ends the day before, and its duties pass', async () => {
    const merged = await applied(
      'createResponsibleBody',
      { code: 'SVHXH-19', name: 'Sở Văn hóa - Xã hội (thử nghiệm)', shortName: 'Sở VHXH', kind: 'DEPARTMENT', expectedToReport: true, validFrom: '2027-01-01', legalBasis: 'Thử nghiệm', listedBecause: 'Formed by a test merger' },
      'responsibleBody { code namedInPlan listedBecause validFrom }',
    );
    expect(merged.responsibleBody).toEqual({ code: 'SVHXH-19', namedInPlan: false, listedBecause: 'Formed by a test merger', validFrom: '2027-01-01' });
    const duty = await applied(
      'createAssignment',
      { taskCode: 'III.2.d.9', bodyCode: 'SVHTTDL-19', role: 'COORDINATE', duty: 'Phối hợp thực hiện', source: 'DECIDED', legalBasis: 'Thử nghiệm' },
      'assignment { id }',
    );
    const succession = await applied(
      'recordBodySuccession',
      { predecessorCode: 'SVHTTDL-19', successorCode: 'SVHXH-19', effectiveDate: '2027-01-01', legalBasis: 'Nghị quyết sáp nhập (thử nghiệm)' },
      'responsibleBody { code predecessors { body { code } effectiveDate legalBasis } }',
    );
    expect(succession.responsibleBody.predecessors).toEqual([{ body: { code: 'SVHTTDL-19' }, effectiveDate: '2027-01-01', legalBasis: 'Nghị quyết sáp nhập (thử nghiệm)' }]);
    const { old } = await read(`{ old: responsibleBody(code: "SVHTTDL-19") { validTo history { nodes { action after } } } }`);
    expect(old).toEqual({ validTo: '2026-12-31', history: { nodes: [{ action: 'ENDED', after: { validTo: '2026-12-31' } }] } });
    const { node } = await read(`query($id: ID!) { node(id: $id) { ... on Assignment { before: heldBy(asOf: "2026-06-01") { code } after: heldBy(asOf: "2027-06-01") { code } } } }`, {
      id: duty.assignment.id,
    });
    expect(node).toEqual({ before: [{ code: 'SVHTTDL-19' }], after: [{ code: 'SVHXH-19' }] });
  });

  test('a due date moves; an ad hoc period expects the bodies in force on its last day', async () => {
    const { reportingPeriod } = await read(`{ reportingPeriod(code: "2026-H2") { version dueDate } }`);
    const moved = await applied('updateReportingPeriod', { code: '2026-H2', version: reportingPeriod.version, dueDate: '2026-12-28', legalBasis: 'Công văn gia hạn (thử nghiệm)' }, 'reportingPeriod { dueDate version }');
    expect(moved.reportingPeriod).toEqual({ dueDate: '2026-12-28', version: reportingPeriod.version + 1 });
    const early = await mutate('updateReportingPeriod', { code: '2026-H2', version: reportingPeriod.version + 1, dueDate: '2026-12-01', legalBasis: 'X' }, 'reportingPeriod { dueDate }');
    expect(early.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'dueDate'] })]);
    const adHoc = await applied(
      'createReportingPeriod',
      { code: '2027-AH1', name: 'Báo cáo đột xuất (thử nghiệm)', startDate: '2027-01-01', endDate: '2027-03-31', dueDate: '2027-04-10', legalBasis: 'Công văn (thử nghiệm)' },
      'reportingPeriod { code kind dueDate }',
    );
    expect(adHoc.reportingPeriod).toEqual({ code: '2027-AH1', kind: 'AD_HOC', dueDate: '2027-04-10' });
    const { reportingStatus } = await read(`{ reportingStatus(periodCode: "2027-AH1") { expected bodies { body { code } } } }`);
    const codes = reportingStatus.bodies.map((b: any) => b.body.code);
    expect(codes).toEqual(expect.arrayContaining(['SVHXH-19', 'UBND-01840']));
    expect(codes).not.toContain('SVHTTDL-19');
  });
});
