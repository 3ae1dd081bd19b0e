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
  function secondPlan(first: CatalogueFile): CatalogueFile {
    return {
      ...copy(first),
      plan: { ...first.plan, code: 'TN-CTDT-2026-2030', title: 'Kế hoạch thực hiện Chiến lược công tác dân tộc giai đoạn 2026-2030 (tỉnh Thái Nguyên)', startYear: 2026, endYear: 2030 },
      territory: first.territory.filter((u) => u.validFrom === '2025-07-01'),
      objectives: [{ code: 'TN.II.1', kind: first.objectives[0].kind, horizonYear: 2030, text: 'Mục tiêu chung', textEn: null }],
      indicators: [],
      tasks: [{ ...first.tasks[0], code: 'TN.III.1', parentCode: null }],
      taskIndicators: [],
      assignments: [
        { ...first.assignments.find((a) => a.taskCode)!, key: 'TN.III.1|BDT|LEAD', taskCode: 'TN.III.1' },
        { ...first.assignments.find((a) => !a.taskCode)!, key: 'TN|*|BDT|LEAD' },
      ],
    };
  }

  test('is created beside the first, each exported on its own; a code the first plan holds is refused', async () => {
    const first = await exported(PLAN);
    const second = secondPlan(first);
    second.objectives.push({ ...first.objectives[0] });
    const refusal = (await applyCatalogueFile(orm.em.fork(), second).catch((error: unknown) => error)) as CatalogueImportError;
    expect(refusal.problems).toEqual([`objectives "${first.objectives[0].code}": already in plan ${PLAN} (codes are unique across the plans of a database)`]);
    second.objectives.pop();
    await applyCatalogueFile(orm.em.fork(), second);
    const both = { first: await exported(PLAN), second: await exported('TN-CTDT-2026-2030') };
    expect(both.first).toEqual(first);
    expect(both.second).toEqual(second);
    expect(both.second.territory).toHaveLength(37);
    await expect(exportCatalogue(orm.em.fork())).rejects.toThrow('the database holds several plans: name one by its code');
  });

  test('the lists of objectives, indicators and tasks are filtered by plan', async () => {
    const api = await startTestApp({ databaseUrl: url });
    try {
      const token = await api.createUser(Role.VIEWER, 'plan-reader');
      const counts = async (planCode: string) => {
        const response = await api.graphql(
          `query($f: String!) { plans { totalCount } objectives(filter: { planCode: $f }) { totalCount } indicators(filter: { planCode: $f }) { totalCount } tasks(filter: { planCode: $f }) { totalCount nodes { code } } }`,
          { f: planCode },
          token,
        );
        expect(response.errors).toBeUndefined();
        const data = response.data!;
        return { plans: data.plans.totalCount, objectives: data.objectives.totalCount, indicators: data.indicators.totalCount, tasks: data.tasks.totalCount };
      };
      // The plan's 50 tasks and IV.6, which a file above added (the server's seed leaves it as it is).
      expect(await counts(PLAN)).toEqual({ plans: 2, objectives: 32, indicators: 47, tasks: 51 });
      expect(await counts('TN-CTDT-2026-2030')).toEqual({ plans: 2, objectives: 1, indicators: 0, tasks: 1 });
      expect(await counts('NO-SUCH-PLAN')).toEqual({ plans: 2, objectives: 0, indicators: 0, tasks: 0 });
      // A duty on the whole plan names its plan when there are several; on a task, it is the task's.
      const admin = await api.createUser(Role.ADMIN, 'plan-admin');
      const create = async (input: Record<string, unknown>) =>
        (await api.graphql(`mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { assignment { key } userErrors { field code } } }`, { input }, admin)).data!.createAssignment;
      const duty = { bodyCode: 'BDT', role: 'REVIEW', duty: 'Sơ kết kế hoạch', source: 'DECIDED', legalBasis: 'Quyết định (thử nghiệm)' };
      expect((await create(duty)).userErrors).toEqual([{ field: ['input', 'planCode'], code: 'BLANK' }]);
      expect((await create({ ...duty, taskCode: 'TN.III.1', planCode: PLAN })).userErrors).toEqual([{ field: ['input', 'planCode'], code: 'INVALID' }]);
      expect((await create({ ...duty, planCode: 'TN-CTDT-2026-2030' })).userErrors).toEqual([]);
      expect((await exported('TN-CTDT-2026-2030')).assignments.map((a) => a.bodyCode + ' ' + a.role)).toEqual(['BDT LEAD', 'BDT LEAD', 'BDT REVIEW']);
      // So does a top-level task; a sub-item is in its parent's plan.
      const createTask = async (input: Record<string, unknown>) =>
        (await api.graphql(`mutation($input: CreateTaskInput!) { createTask(input: $input) { task { code } userErrors { field code } } }`, { input }, admin)).data!.createTask;
      const task = { kind: 'SOLUTION', title: 'Nhiệm vụ mới', text: 'Nhiệm vụ mới phát sinh', legalBasis: 'Quyết định (thử nghiệm)' };
      expect((await createTask({ ...task, code: 'TN.IV.1' })).userErrors).toEqual([{ field: ['input', 'planCode'], code: 'BLANK' }]);
      expect((await createTask({ ...task, code: 'TN.IV.1', planCode: 'TN-CTDT-2026-2030' })).userErrors).toEqual([]);
      expect((await createTask({ ...task, code: 'TN.IV.1.a', parentCode: 'TN.IV.1' })).userErrors).toEqual([]);
      expect((await exported('TN-CTDT-2026-2030')).tasks.map((t) => t.code)).toEqual(['TN.III.1', 'TN.IV.1', 'TN.IV.1.a']);
    } finally {
      await api.close();
    }
  });
});
