import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { applyCatalogueFile } from '../../server/catalogue/file/apply-catalogue-file';
import { CatalogueFile } from '../../server/catalogue/file/catalogue-file';
import { describeDifferences } from '../../server/catalogue/file/catalogue-diff';
import { exportCatalogue } from '../../server/catalogue/file/export-catalogue';
import { CatalogueImportError } from '../../server/catalogue/file/import-catalogue';
import { createOrmConfig } from '../../server/database/orm.config';
import { inTransaction } from '../../server/database/transaction';
import { ENTITIES } from '../../server/parts';
import { catalogueOfData, seedAdministrativeUnits, seedDatabase } from '../../server/seed/seed';
import { readPlanData } from '../../server/seed/seed-data';
import { Role } from '../../server/access/role';
import { ReportingClient } from '../support/reporting';
import { startTestApp } from '../support/test-app';

/**
 * The Ethnic Committee keeps its catalogue as a file under version control:
 * `catalogue:export` writes it, `catalogue:import` shows what a changed file
 * would do and applies it. In an empty database of its own: the test imports
 * into it from nothing, as a new installation would.
 */
const url = process.env.TEST_CATALOGUE_FILE_DATABASE_URL!;
let orm: MikroORM;

const PLAN = 'BK-CTDT-2021-2030';
const REVISED = 'households-electricity';

beforeAll(async () => {
  orm = await MikroORM.init(createOrmConfig(url, ENTITIES));
  await orm.getMigrator().up();
  await inTransaction(orm.em.fork(), (tx) => seedAdministrativeUnits(tx));
});
afterAll(() => orm?.close(true));

const exported = async (planCode?: string) => (await exportCatalogue(orm.em.fork(), planCode))!;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The plan as the project's data files state it, with what an administrator adds over the years. */
function keptCatalogue(): CatalogueFile {
  const file = catalogueOfData(readPlanData());
  const target = file.indicators.find((i) => i.code === REVISED)!.targets[0];
  target.revisions.push({ effectiveDate: '2026-03-10', comparator: target.comparator, value: 99, valueMax: null, text: 'Trên 99% số hộ được sử dụng điện lưới quốc gia', legalBasis: 'Nghị quyết 12/NQ-HĐND ngày 10/3/2026 (mid-term review)' });
  const ended = file.assignments.find((a) => a.key === 'III.1.a|STP|COORDINATE')!;
  Object.assign(ended, { validTo: '2025-02-28', legalBasis: 'Nghị quyết 31/NQ-HĐND (merger of departments)' });
  file.periods.push({ code: '2026-AD-FLOOD', name: 'Báo cáo đột xuất sau lũ 2026', kind: 'AD_HOC' as never, year: 2026, half: null, startDate: '2026-07-01', endDate: '2026-09-30', dueDate: '2026-10-10' });
  return file;
}

async function emptyTheCatalogue(): Promise<void> {
  await orm.em.fork().execute(
    'truncate plan, plan_territory_unit, objective, indicator, target, target_revision, task, task_indicator, responsible_body, responsible_body_succession, assignment, reporting_period cascade',
  );
}

test('a file imported into an empty database exports as the same file, and that export, imported again into an empty one, as the same bytes', async () => {
  const file = keptCatalogue();
  const first = await applyCatalogueFile(orm.em.fork(), file);
  expect(first.counts).toMatchObject({ indicators: 47, tasks: 50, assignments: 310, targetRevisions: 1, territory: 38 });
  const once = await exported();
  expect(once).toEqual(file);
  await emptyTheCatalogue();
  await applyCatalogueFile(orm.em.fork(), copy(once));
  expect(JSON.stringify(await exported(), null, 2)).toBe(JSON.stringify(once, null, 2));
});

test('importing the file the database exports changes nothing', async () => {
  const outcome = await applyCatalogueFile(orm.em.fork(), await exported());
  expect(outcome.differences).toEqual([]);
});

describe('a changed file', () => {
  async function changedFile(): Promise<CatalogueFile> {
    const file = copy(await exported());
    file.tasks.push({ code: 'IV.6', kind: 'SOLUTION' as never, parentCode: null, title: 'Nhiệm vụ mới phát sinh', titleEn: 'A task that arose', text: 'Bổ sung các nhiệm vụ mới phát sinh theo chỉ đạo của Trung ương.', sector: null, codeSource: 'DERIVED' as never });
    file.periods.find((p) => p.code === '2026-H2')!.dueDate = '2026-12-18';
    Object.assign(file.assignments.find((a) => a.key === 'III.1.b|BDT|LEAD')!, { validTo: '2027-03-01', legalBasis: 'Quyết định 123/QĐ-UBND ngày 01/03/2027' });
    file.indicators.find((i) => i.code === REVISED)!.targets[0].revisions.push({ effectiveDate: '2027-06-30', comparator: 'GTE' as never, value: 99.5, valueMax: null, text: 'Ít nhất 99,5% số hộ', legalBasis: 'Quyết định 200/QĐ-UBND' });
    return file;
  }

  test('a dry run prints what it would add, change and end, and changes nothing', async () => {
    const before = await exported();
    const outcome = await applyCatalogueFile(orm.em.fork(), await changedFile(), { dryRun: true });
    expect(outcome.differences.map((d) => `${d.kind} ${d.list} ${d.key}`)).toEqual([
      'added tasks IV.6',
      'ended assignments III.1.b|BDT|LEAD',
      'changed periods 2026-H2',
      `added targetRevisions ${REVISED}|2025|2027-06-30`,
    ]);
    const text = describeDifferences(PLAN, outcome.differences);
    expect(text.split('\n')[0]).toBe(`catalogue ${PLAN}: 2 added, 1 changed, 1 ended, 0 in the database but not in the file (left as they are)`);
    expect(text).toContain('~ periods 2026-H2 (dueDate: "2026-12-20" -> "2026-12-18")');
    expect(await exported()).toEqual(before);
  });

  test('applied, it lands whole, and what it changed moves on a version', async () => {
    const file = await changedFile();
    await applyCatalogueFile(orm.em.fork(), file);
    expect(await exported()).toEqual(file);
    const [period] = await orm.em.fork().execute('select version from reporting_period where code = ?', ['2026-H2']);
    expect(period.version).toBe(2);
  });

  test('a seed from changed data files (an upgrade) takes their texts and keeps what administrators recorded', async () => {
    const before = await exported();
    const data = readPlanData();
    data.tasks.find((t) => t.code === 'III.1.a')!.titleEn = 'Corrected title';
    await seedDatabase(orm.em.fork(), data);
    const after = await exported();
    expect(after.tasks.find((t) => t.code === 'III.1.a')!.titleEn).toBe('Corrected title');
    expect(after.tasks.find((t) => t.code === 'IV.6')).toBeDefined();
    expect(after.assignments.find((a) => a.key === 'III.1.b|BDT|LEAD')).toMatchObject({ validTo: '2027-03-01', legalBasis: 'Quyết định 123/QĐ-UBND ngày 01/03/2027' });
    expect(after.periods.find((p) => p.code === '2026-H2')!.dueDate).toBe('2026-12-18');
    const revisions = (file: CatalogueFile) => file.indicators.find((i) => i.code === REVISED)!.targets[0].revisions.map((r) => r.effectiveDate);
    expect(revisions(after)).toEqual(revisions(before));
    expect(revisions(after)).toHaveLength(2);
  });
});

describe('refusals', () => {
  test('a file with errors is refused whole, each problem named where it is', async () => {
    const before = await exported();
    const file = copy(before) as unknown as Record<string, never[]> & CatalogueFile;
    file.indicators[0].aggregation = 'AVERAGE' as never;
    file.tasks.push({ ...file.tasks[0] });
    file.assignments[0].bodyCode = 'NO-SUCH-BODY';
    const refusal = await applyCatalogueFile(orm.em.fork(), file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CatalogueImportError);
    expect((refusal as CatalogueImportError).problems).toEqual([`indicators[0].aggregation: expected one of SUM, RATIO, NONE, found "AVERAGE"`]);
    file.indicators[0].aggregation = before.indicators[0].aggregation;
    const second = (await applyCatalogueFile(orm.em.fork(), file).catch((error: unknown) => error)) as CatalogueImportError;
    expect(second.problems).toEqual(['tasks: "III.1.a" appears twice', 'assignments "*|BDT|LEAD".bodyCode: "NO-SUCH-BODY" is not in the file']);
    expect(await applyCatalogueFile(orm.em.fork(), { format: 'other' }).catch((error: unknown) => (error as CatalogueImportError).problems)).toEqual([
      'format: expected "plan-catalogue/1", found "other"',
    ]);
    expect(await exported()).toEqual(before);
  });

  test('a unit the database does not have is refused, and nothing of the file lands', async () => {
    const before = await exported();
    const file = copy(before);
    file.tasks[0].title = 'Changed title that must not land';
    file.territory.push({ code: '99999', validFrom: '2025-07-01' });
    const refusal = (await applyCatalogueFile(orm.em.fork(), file).catch((error: unknown) => error)) as CatalogueImportError;
    expect(refusal.problems).toEqual(['territory: no unit 99999 from 2025-07-01 in the database']);
    expect(await exported()).toEqual(before);
  });
});

describe('a second plan', () => {
  const SECOND = 'TN-CTDT-2026-2030';
  const SHARED_INDICATOR = 'households-electricity';

  /** A 2026-2030 plan of the merged province that numbers its items as the first plan does: codes are the plan's own. */
  function secondPlan(first: CatalogueFile): CatalogueFile {
    const indicator = first.indicators.find((i) => i.code === SHARED_INDICATOR)!;
    const objective = first.objectives.find((o) => o.code === indicator.objectiveCode)!;
    return {
      ...copy(first),
      plan: { ...first.plan, code: SECOND, title: 'Kế hoạch thực hiện Chiến lược công tác dân tộc giai đoạn 2026-2030 (tỉnh Thái Nguyên)', startYear: 2026, endYear: 2030 },
      territory: first.territory.filter((u) => u.validFrom === '2025-07-01'),
      objectives: [{ ...objective }],
      indicators: [{ ...indicator, parentCode: null, targets: indicator.targets.filter((t) => t.objectiveCode === objective.code).map((t) => ({ ...t, revisions: [] })) }],
      tasks: [{ ...first.tasks[0], parentCode: null }],
      taskIndicators: [],
      assignments: [
        { ...first.assignments.find((a) => a.taskCode === first.tasks[0].code)!, key: `${first.tasks[0].code}|BDT|LEAD`, bodyCode: 'BDT', role: 'LEAD' as never },
        { ...first.assignments.find((a) => a.key === '*|BDT|LEAD')! },
        { ...first.assignments.find((a) => a.key === '*|BDT|LEAD')!, key: '*|STC-19|FUND', bodyCode: 'STC-19', role: 'FUND' as never, duty: 'Bố trí kinh phí thực hiện kế hoạch' },
      ],
    };
  }

  test('is created beside the first with the same codes, each exported on its own', async () => {
    const first = await exported(PLAN);
    const second = secondPlan(first);
    await applyCatalogueFile(orm.em.fork(), second);
    // Each code of the second plan is now held twice, once by each plan.
    const held = await orm.em.fork().execute(
      `select (select count(*) from objective where code = ?)::int as objectives, (select count(*) from indicator where code = ?)::int as indicators,
         (select count(*) from task where code = ?)::int as tasks, (select count(*) from assignment where key = '*|BDT|LEAD')::int as duties`,
      [second.objectives[0].code, SHARED_INDICATOR, second.tasks[0].code],
    );
    expect(held).toEqual([{ objectives: 2, indicators: 2, tasks: 2, duties: 2 }]);
    const both = { first: await exported(PLAN), second: await exported(SECOND) };
    expect(both.first).toEqual(first);
    expect(both.second).toEqual(second);
    expect(both.second.territory).toHaveLength(37);
    await expect(exportCatalogue(orm.em.fork())).rejects.toThrow('the database holds several plans: name one by its code');
  });

  test('every root list is filtered by plan, and a code that both plans have names the plan to be found', async () => {
    const api = await startTestApp({ databaseUrl: url });
    try {
      const viewer = await api.createUser(Role.VIEWER, 'plan-reader');
      const shared = { task: (await exported(SECOND)).tasks[0].code, objective: (await exported(SECOND)).objectives[0].code };
      const counts = async (planCode: string) => {
        const response = await api.graphql(
          `query($f: String!) { plans { totalCount } objectives(filter: { planCode: $f }) { totalCount } indicators(filter: { planCode: $f }) { totalCount }
             tasks(filter: { planCode: $f }) { totalCount } responsibleBodies(filter: { planCode: $f }) { totalCount } reportingPeriods(filter: { planCode: $f }) { totalCount }
             administrativeUnits(filter: { planCode: $f }) { totalCount } }`,
          { f: planCode },
          viewer,
        );
        expect(response.errors).toBeUndefined();
        const data = response.data!;
        const { plans, objectives, indicators, tasks, responsibleBodies: bodies, reportingPeriods: periods, administrativeUnits: units } = data;
        return { plans: plans.totalCount, objectives: objectives.totalCount, indicators: indicators.totalCount, tasks: tasks.totalCount, bodies: bodies.totalCount, periods: periods.totalCount, units: units.totalCount };
      };
      // The plan's 50 tasks and IV.6, which a file above added (the server's seed leaves it as it is). Of the 86 bodies, all but four
      // hold its duties: the provincial People's Committees (06, which issues the plan, and 19), Ủy ban Dân tộc and the ministry after it.
      // Its area is every unit the database holds but province 19, of which the 37 communes are only a part.
      expect(await counts(PLAN)).toEqual({ plans: 2, objectives: 32, indicators: 47, tasks: 51, bodies: 82, periods: 28, units: 155 });
      // Ban Dân tộc tỉnh, the two bodies its duties passed to (Sở Dân tộc và Tôn giáo of Bắc Kạn, then of Thái Nguyên), and Sở Tài chính of Thái Nguyên.
      // Its periods are those of its years, 2026-2030: two half-years and a year each, and the ad hoc report of 2026 the first file added;
      // its area the 37 communes.
      expect(await counts(SECOND)).toEqual({ plans: 2, objectives: 1, indicators: 1, tasks: 1, bodies: 4, periods: 16, units: 37 });
      expect(await counts('NO-SUCH-PLAN')).toEqual({ plans: 2, objectives: 0, indicators: 0, tasks: 0, bodies: 0, periods: 0, units: 0 });

      // A lookup by a code that both plans have is refused until it names the plan.
      const ambiguous = await api.graphql(`{ task(code: "${shared.task}") { code } }`, {}, viewer);
      expect(ambiguous.errors![0]).toMatchObject({
        message: `Plans ${PLAN} and ${SECOND} each have a task "${shared.task}": name the plan (planCode)`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'AMBIGUOUS_CODE', plans: [PLAN, SECOND] },
      });
      const named = await api.graphql(
        `query($p: String) { task(code: "${shared.task}", planCode: $p) { plan { code } } objective(code: "${shared.objective}", planCode: $p) { plan { code } }
           indicator(code: "${SHARED_INDICATOR}", planCode: $p) { objective { plan { code } } } }`,
        { p: SECOND },
        viewer,
      );
      expect(named.data).toEqual({ task: { plan: { code: SECOND } }, objective: { plan: { code: SECOND } }, indicator: { objective: { plan: { code: SECOND } } } });
      expect((await api.graphql(`{ indicator(code: "${SHARED_INDICATOR}", planCode: "NO-SUCH-PLAN") { code } }`, {}, viewer)).data).toEqual({ indicator: null });

      // Who reports on the second plan: from its first year, the holders of its duties then in force (Sở Dân tộc và Tôn giáo consolidates).
      const status = async (periodCode: string, planCode: string | null) =>
        (await api.graphql(`query($c: String!, $p: String) { reportingStatus(periodCode: $c, planCode: $p) { expected bodies { body { code } } } }`, { c: periodCode, p: planCode }, viewer)).data!.reportingStatus;
      expect(await status('2026-H1', SECOND)).toEqual({ expected: 1, bodies: [{ body: { code: 'STC-19' } }] });
      expect(await status('2024-H1', SECOND)).toEqual({ expected: 0, bodies: [] });
      for (const period of ['2024-H1', '2026-H1']) expect(await status(period, PLAN)).toEqual(await status(period, null));
    } finally {
      await api.close();
    }
  });

  test('a write names the plan where a code is both plans\'; what it writes goes to that plan', async () => {
    const api = await startTestApp({ databaseUrl: url });
    try {
      const shared = (await exported(SECOND)).tasks[0].code;
      const admin = await api.createUser(Role.ADMIN, 'plan-admin');
      const run = async (name: string, input: Record<string, unknown>, fields: string) =>
        (await api.graphql(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} userErrors { field code } } }`, { input }, admin)).data![name];

      // A duty on the whole plan names its plan when there are several; a duty on a shared task code names it too.
      const duty = { bodyCode: 'BDT', role: 'REVIEW', duty: 'Sơ kết kế hoạch', source: 'DECIDED', legalBasis: 'Quyết định (thử nghiệm)' };
      expect((await run('createAssignment', duty, 'assignment { key }')).userErrors).toEqual([{ field: ['input', 'planCode'], code: 'BLANK' }]);
      expect((await run('createAssignment', { ...duty, taskCode: shared }, 'assignment { key }')).userErrors).toEqual([{ field: ['input', 'taskCode'], code: 'AMBIGUOUS_CODE' }]);
      expect((await run('createAssignment', { ...duty, taskCode: 'NO.SUCH', planCode: SECOND }, 'assignment { key }')).userErrors).toEqual([{ field: ['input', 'taskCode'], code: 'NOT_FOUND' }]);
      expect((await run('createAssignment', { ...duty, taskCode: shared, planCode: SECOND }, 'assignment { key }')).userErrors).toEqual([]);
      expect((await run('createAssignment', { ...duty, planCode: SECOND }, 'assignment { key }')).userErrors).toEqual([]);
      expect((await exported(SECOND)).assignments.map((a) => `${a.taskCode ?? '*'} ${a.bodyCode} ${a.role}`)).toEqual([`${shared} BDT LEAD`, '* BDT LEAD', '* STC-19 FUND', `${shared} BDT REVIEW`, '* BDT REVIEW']);

      // So does a top-level task; a sub-item is in its parent's plan, and a code may be one the other plan has.
      const task = { kind: 'SOLUTION', title: 'Nhiệm vụ mới', text: 'Nhiệm vụ mới phát sinh', legalBasis: 'Quyết định (thử nghiệm)' };
      expect((await run('createTask', { ...task, code: 'IV.1' }, 'task { code }')).userErrors).toEqual([{ field: ['input', 'planCode'], code: 'BLANK' }]);
      expect((await run('createTask', { ...task, code: 'IV.1', planCode: SECOND }, 'task { code }')).userErrors).toEqual([]);
      expect((await run('createTask', { ...task, code: 'IV.1', planCode: SECOND }, 'task { code }')).userErrors).toEqual([{ field: ['input', 'code'], code: 'ALREADY_EXISTS' }]);
      expect((await run('createTask', { ...task, code: 'IV.1.x', parentCode: 'IV.1' }, 'task { code }')).userErrors).toEqual([{ field: ['input', 'parentCode'], code: 'AMBIGUOUS_CODE' }]);
      expect((await run('createTask', { ...task, code: 'IV.1.x', parentCode: 'IV.1', planCode: SECOND }, 'task { code }')).userErrors).toEqual([]);
      expect((await exported(SECOND)).tasks.map((t) => t.code)).toEqual([shared, 'IV.1', 'IV.1.x']);

      // Updates and revisions of a shared indicator code.
      const update = { code: SHARED_INDICATOR, version: 1, definition: 'Theo kế hoạch 2026-2030' };
      expect((await run('updateIndicator', update, 'indicator { code }')).userErrors).toEqual([{ field: ['input', 'code'], code: 'AMBIGUOUS_CODE' }]);
      expect((await run('updateIndicator', { ...update, planCode: SECOND }, 'indicator { definition }'))).toEqual({ indicator: { definition: 'Theo kế hoạch 2026-2030' }, userErrors: [] });
      const revision = { indicatorCode: SHARED_INDICATOR, year: 2030, comparator: 'GTE', value: 100, legalBasis: 'Quyết định (thử nghiệm)', effectiveDate: '2026-01-01', text: '100% số hộ' };
      expect((await run('reviseTarget', revision, 'target { year }')).userErrors).toEqual([{ field: ['input', 'indicatorCode'], code: 'AMBIGUOUS_CODE' }]);
      expect((await run('reviseTarget', { ...revision, planCode: SECOND }, 'target { year }')).userErrors).toEqual([]);
      // Both landed in the second plan only.
      const revisedIn = async (planCode: string) => (await exported(planCode)).indicators.find((i) => i.code === SHARED_INDICATOR)!;
      expect((await revisedIn(SECOND)).definition).toBe('Theo kế hoạch 2026-2030');
      expect((await revisedIn(PLAN)).definition).not.toBe('Theo kế hoạch 2026-2030');
      // The decision's 2030 target: a new one, or a revision of the year's target, from 1 January 2026.
      const decided = (indicator: CatalogueFile['indicators'][number]) =>
        indicator.targets.some((t) => t.year === 2030 && (t.validFrom === '2026-01-01' || t.revisions.some((r) => r.effectiveDate === '2026-01-01')));
      expect(decided(await revisedIn(SECOND))).toBe(true);
      expect(decided(await revisedIn(PLAN))).toBe(false);

      // A commune committee reports on both plans in one report: each value names its plan where the code is both plans'.
      const reporter = new ReportingClient(api, await api.createUser(Role.REPORTER, 'duc-xuan', 'UBND-01840'));
      const report = await reporter.createReport('UBND-01840', '2026-H1');
      const value = { indicatorCode: SHARED_INDICATOR, unitCode: '01840', numerator: 950, denominator: 1000 };
      const refused = await reporter.mutate('setIndicatorValues', { reportId: report.id, version: report.version, values: [value] });
      expect(refused.data!.setIndicatorValues.userErrors).toMatchObject([{ field: ['input', 'values', '0', 'indicatorCode'], code: 'AMBIGUOUS_CODE' }]);
      await reporter.apply('setIndicatorValues', { reportId: report.id, version: report.version, values: [value], planCode: SECOND });
      const values = async (planCode: string) =>
        (await api.graphql(`query($p: String!) { indicatorValues(filter: { planCode: $p }) { totalCount } reports(filter: { planCode: $p, periodCode: "2026-H1" }) { nodes { body { code } } } }`, { p: planCode }, admin)).data;
      expect(await values(SECOND)).toEqual({ indicatorValues: { totalCount: 1 }, reports: { nodes: [] } });
      expect(await values(PLAN)).toEqual({ indicatorValues: { totalCount: 0 }, reports: { nodes: [{ body: { code: 'UBND-01840' } }] } });

      // Analytics name the plan too: both plans' figures of one code would come as one.
      const analytics = (planCode: string | null) =>
        api.graphql(`query($p: String) { analytics(input: { indicators: ["${SHARED_INDICATOR}"], planCode: $p, periods: ["2026-H1"], reportStatus: DRAFT, units: ["01840"] }) { rows { value } } }`, { p: planCode }, admin);
      expect((await analytics(null)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AMBIGUOUS_CODE', plans: [PLAN, SECOND] });
      expect((await analytics(SECOND)).data).toEqual({ analytics: { rows: [{ value: 95 }] } });
      expect((await analytics(PLAN)).data).toEqual({ analytics: { rows: [] } });
    } finally {
      await api.close();
    }
  });
});
