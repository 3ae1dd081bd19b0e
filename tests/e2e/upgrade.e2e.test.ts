import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import { createOrmConfig } from '../../server/database/orm.config';
import { ENTITIES } from '../../server/parts';
import { Role } from '../../server/access/role';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A database made before the 2025 reorganisation was modelled (the schema of
 * its migrations, and rows as its seed loaded them) upgrades in place when
 * the server starts: migrations, then the seed, which matches rows by their
 * natural keys. Its report and value keep their ids and stay valid.
 */
const url = process.env.TEST_UPGRADE_DATABASE_URL!;
const BEFORE_2025 = MIGRATIONS.findIndex((m) => m.name === 'Migration20261201230000_units_through_time');
let api: TestApp;
const ids: Record<string, number> = {};

async function sql(text: string, values: unknown[] = []): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows[0]?.id;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const orm = await MikroORM.init(createOrmConfig(url, ENTITIES, { migrations: { ...createOrmConfig(url, ENTITIES).migrations, migrationsList: MIGRATIONS.slice(0, BEFORE_2025) } }));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
  // What the earlier seed had loaded for these keys: units without a last day, the plan's bodies.
  ids.plan = await sql(`insert into plan (code, title, issuer, issued_in, start_year, end_year, vision_year, legal_bases) values ('BK-CTDT-2021-2030', 'x', 'x', '2022-06', 2021, 2030, 2045, '[]') returning id`);
  ids.province = await sql(`insert into administrative_unit (code, name, unit_type, level, position) values ('06', 'Tỉnh Bắc Kạn', 'Tỉnh', 'PROVINCE', 1) returning id`);
  ids.district = await sql(`insert into administrative_unit (code, name, unit_type, level, parent_id, valid_from, position) values ('058', 'Thành phố Bắc Kạn', 'Thành phố', 'DISTRICT', $1, '2015-03-12', 2) returning id`, [ids.province]);
  ids.commune = await sql(`insert into administrative_unit (code, name, unit_type, level, parent_id, position) values ('01840', 'Phường Đức Xuân', 'Phường', 'COMMUNE', $1, 5) returning id`, [ids.district]);
  ids.body = await sql(`insert into responsible_body (code, name, short_name, kind, expected_to_report, administrative_unit_id, position) values ('UBND-058', 'x', 'x', 'DISTRICT_PEOPLES_COMMITTEE', true, $1, 23) returning id`, [ids.district]);
  ids.objective = await sql(`insert into objective (plan_id, code, kind, horizon_year, text, position) values ($1, 'II.2.a.9', 'SPECIFIC', 2025, 'x', 1) returning id`, [ids.plan]);
  ids.indicator = await sql(`insert into indicator (code, name, unit, measure_kind, aggregation, reporting_level, objective_id, position) values ('households-housing', 'x', 'hộ', 'COUNT', 'SUM', 'COMMUNE', $1, 1) returning id`, [ids.objective]);
  ids.period = await sql(`insert into reporting_period (code, name, kind, year, half, start_date, end_date, due_date, position) values ('2024-H2', 'x', 'HALF_YEAR', 2024, 2, '2024-06-15', '2024-12-14', '2024-12-20', 6) returning id`);
  ids.user = await sql(`insert into "user" (login, name, role, created_at) values ('old-admin', 'x', 'ADMIN', now()) returning id`);
  ids.report = await sql(`insert into report (body_id, period_id, status, kind, version, created_by_id, created_at, updated_at, reviewed_at) values ($1, $2, 'ACCEPTED', 'BODY', 3, $3, now(), now(), now()) returning id`, [ids.body, ids.period, ids.user]);
  ids.value = await sql(`insert into indicator_value (report_id, indicator_id, administrative_unit_id, value, updated_at) values ($1, $2, $3, 11, now()) returning id`, [ids.report, ids.indicator, ids.commune]);
  api = await startTestApp({ databaseUrl: url });
}, 120_000);
afterAll(() => api?.close());

test('the old rows keep their ids; the old ward now ends on 30 June 2025 and the new one has its code from 1 July', async () => {
  const units = await api.app.database.orm.em.fork().getConnection().execute(`select id, valid_from, valid_to from administrative_unit where code = '01840' order by id`);
  expect(units).toHaveLength(2);
  expect(units[0]).toMatchObject({ id: ids.commune, valid_to: '2025-06-30' });
  expect(units[1]).toMatchObject({ valid_from: '2025-07-01', valid_to: null });
  const [body] = await api.app.database.orm.em.fork().getConnection().execute(`select id, valid_to from responsible_body where code = 'UBND-058'`);
  expect(body).toEqual({ id: ids.body, valid_to: '2025-06-30' });
});

test('the old report and its value are still there, with the same ids, and still count on their own map and on the new one', async () => {
  const token = await api.createUser(Role.VIEWER, 'upgrade-viewer');
  const reportId = Buffer.from(`Report:${ids.report}`).toString('base64url');
  const response = await api.graphql(
    `query($id: ID!) { node(id: $id) { ... on Report { status period { code } body { code validTo }
       values { nodes { id value unitCode } } } }
       indicator(code: "households-housing") { rollup(level: COMMUNE, geographyAsOf: "2026-01-01") { unit { code validFrom } period { code } value } } }`,
    { id: reportId },
    token,
  );
  expect(response.errors).toBeUndefined();
  const report = response.data!.node;
  expect(report).toMatchObject({ status: 'ACCEPTED', period: { code: '2024-H2' }, body: { code: 'UBND-058', validTo: '2025-06-30' } });
  expect(report.values.nodes).toEqual([{ id: Buffer.from(`IndicatorValue:${ids.value}`).toString('base64url'), value: 11, unitCode: '01840' }]);
  expect(response.data!.indicator.rollup).toEqual([{ unit: { code: '01840', validFrom: '2025-07-01' }, period: { code: '2024-H2' }, value: 11 }]);
});

test('a second start with the same data files does not seed again', async () => {
  const [before] = await api.app.database.orm.em.fork().getConnection().execute(`select seeded_at from seed_state`);
  await api.close();
  api = await startTestApp({ databaseUrl: url });
  const [after] = await api.app.database.orm.em.fork().getConnection().execute(`select seeded_at from seed_state`);
  expect(after.seeded_at).toEqual(before.seeded_at);
});
