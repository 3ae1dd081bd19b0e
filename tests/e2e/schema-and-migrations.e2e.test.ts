import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../migrations';
import { printSchemaFile } from '../../server/graphql/print-schema';
import { buildAppSchema } from '../../server/graphql/schema';
import { PARTS } from '../../server/parts';
import { seedDatabase } from '../../server/seed/seed';
import { Task } from '../../server/tasks/task.entity';
import { startTestApp, TestApp } from '../support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

test('schema/schema.graphql is what the code builds (run `npm run schema:emit` after changing the API)', async () => {
  const committed = readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8');
  expect(committed).toBe(printSchemaFile(await buildAppSchema(PARTS)));
});

test('the app talks to the database the run chose: PGlite when embedded, the server otherwise', async () => {
  const [{ version }] = await api.app.database.orm.em.fork().getConnection().execute('select version()');
  if (process.env.TEST_DATABASE_KIND === 'embedded') expect(version).toMatch(/PGlite/);
  else expect(version).not.toMatch(/PGlite/);
});

test('every migration file is listed, in order', () => {
  const files = readdirSync(join(__dirname, '../../migrations'))
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
});

test('the migrations produce exactly the schema the entities describe', async () => {
  const migrator = api.app.database.orm.getMigrator();
  expect(await migrator.getPendingMigrations()).toEqual([]);
  const diff = await api.app.database.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  expect(diff.trim()).toBe('');
});

test('seeding again changes nothing and keeps every id', async () => {
  const em = api.app.database.orm.em.fork();
  const before = (await em.find(Task, {}, { orderBy: { id: 'asc' } })).map((t) => [t.id, t.code, t.title]);
  const counts = await seedDatabase(api.app.database.orm.em.fork());
  const after = (await api.app.database.orm.em.fork().find(Task, {}, { orderBy: { id: 'asc' } })).map((t) => [t.id, t.code, t.title]);
  expect(after).toEqual(before);
  expect(counts).toEqual({
    objectives: 32,
    indicators: 47,
    targets: 49,
    tasks: 50,
    taskIndicators: 70,
    // The plan's 30, 18 formed in 2025 (departments, Thái Nguyên's bodies, the ministry) and 37 commune committees.
    bodies: 86,
    // 26 from body-successions.json, 40 district committee -> commune committee links.
    bodySuccessions: 66,
    assignments: 310,
    // Bắc Kạn's 117 until 30 June 2025; province 19 and 37 communes from 1 July 2025.
    administrativeUnits: 156,
    // 108 communes into 37, and the province into Thái Nguyên.
    unitSuccessions: 110,
    reportingPeriods: 27,
    // Those an administrator recorded since are kept (none here), and the plan's area: the province, then 37 communes.
    targetRevisions: 0,
    territory: 38,
  });
  const { data } = await api.graphql(`{ tasks { totalCount } indicators { totalCount } }`);
  expect(data).toEqual({ tasks: { totalCount: 50 }, indicators: { totalCount: 47 } });
});
