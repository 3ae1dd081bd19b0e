import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createUser, issueToken } from '../server/access/access.service';
import { Role } from '../server/access/role';
import { migrateDatabase, openDatabase } from '../server/database/database';
import { ENTITIES } from '../server/parts';
import type { Logger } from '../server/platform/logger';
import { seedIfChanged } from '../server/seed/seed';
import { UNIT_COVER_STATEMENTS } from '../server/territory/unit-cover';
import { halfYears, Scale } from './scales';
import { inTransaction } from '../server/database/transaction';

/** Bumped when the generated data changes shape: an older database is built again. */
const DATA_VERSION = 7;


export interface BenchDatabase {
  url: string;
  token: string;
  values: number;
}

/** A deterministic pseudo-random stream (mulberry32): the same data on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The scale's database, built once (migrations, the plan, then bench data by COPY) and reused while its version holds. */
export async function prepareScale(scale: Scale, serverUrl: string, logger: Logger, log: (line: string) => void): Promise<BenchDatabase> {
  const name = `bench_${scale.name.toLowerCase()}`;
  const url = databaseUrl(serverUrl, name);
  const ready = await withClient(serverUrl, async (admin) => {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) {
      const version = await withClient(url, (c) =>
        c.query(`select to_regclass('bench_meta') is not null as has, (select max(version) from bench_meta where to_regclass('bench_meta') is not null) as v`).catch(() => null),
      ).catch(() => null);
      if (version && Number(version.rows[0]?.v) === DATA_VERSION) return true;
      await admin.query(`drop database "${name}" with (force)`);
    }
    await admin.query(`create database "${name}"`);
    return false;
  });
  if (!ready) await build(scale, url, logger, log);
  else {
    log(`scale ${scale.name}: reusing database ${name}`);
    // An earlier run's extras rebuilt the kept figures in transactions rolled back: dead rows that slow
    // every read of them until vacuumed, and a server may run without autovacuum (this one does).
    await withClient(url, (c) => c.query('vacuum analyze'));
  }
  const token = await benchToken(url, logger);
  const values = await withClient(url, async (c) => Number((await c.query('select count(*) from indicator_value')).rows[0].count));
  return { url, token, values };
}

async function benchToken(url: string, logger: Logger): Promise<string> {
  const database = await openDatabase({ databaseUrl: url, dataDir: '', entities: ENTITIES }, logger);
  try {
    return await inTransaction(database.orm.em.fork(), async (tx) => {
      const login = `bench-${Date.now()}`;
      const user = await createUser(tx, { login, name: 'Benchmark', role: Role.VIEWER });
      const issued = await issueToken(tx, user.ok!, 'bench');
      return issued.ok!.token;
    });
  } finally {
    await database.close();
  }
}

async function build(scale: Scale, url: string, logger: Logger, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: url, dataDir: '', entities: ENTITIES }, logger);
  try {
    await migrateDatabase(database.orm, logger);
    // Recorded as seeded, so that the server started on it does not seed again.
    await seedIfChanged(database.orm.em.fork());
  } finally {
    await database.close();
  }
  await withClient(url, async (client) => {
    await addTerritory(client, scale);
    await addReports(client);
    await copyValues(client, log, scale);
    await consolidate(client);
    // Statistics first: without them the planner takes the freshly copied tables for empty ones
    // (the rebuild ran for over 13 minutes at L instead of seconds).
    await client.query('analyze');
    // The values came by COPY, not by acceptance: the kept figures are built once, as the seed does.
    await client.query('select rebuild_indicator_figures()');
    await client.query('analyze');
    await client.query('create table bench_meta (version int not null, built_at timestamptz not null default now())');
    await client.query('insert into bench_meta (version) values ($1)', [DATA_VERSION]);
  });
  log(`scale ${scale.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Extra provinces, districts and communes (scale L), reorganised as Bắc Kạn
 * was on 1 July 2025: each province goes on in a new version, its districts
 * end, and its communes merge three into one (in every other province the
 * groups start one commune later, so that some new communes span two old
 * districts). A reporting committee for every district and new commune.
 */
async function addTerritory(client: Client, scale: Scale): Promise<void> {
  for (let p = 1; p <= scale.extraProvinces; p++) {
    const province = `P${String(p).padStart(2, '0')}`;
    const position = 100000 + p * 10000;
    const old = await client.query(
      `insert into administrative_unit (code, name, unit_type, level, parent_id, valid_to, position) values ($1, $2, 'Tỉnh', 'PROVINCE', null, '2025-06-30', $3) returning id`,
      [province, `Tỉnh thử ${p}`, position],
    );
    const communes: Array<{ id: number; code: string }> = [];
    for (let d = 1; d <= scale.districtsPerProvince; d++) {
      const district = `${province}D${d}`;
      const row = await client.query(
        `insert into administrative_unit (code, name, unit_type, level, parent_id, valid_to, position) values ($1, $2, 'Huyện', 'DISTRICT', $3, '2025-06-30', $4) returning id`,
        [district, `Huyện thử ${p}.${d}`, old.rows[0].id, position + d * 100],
      );
      const inserted = await client.query(
        `insert into administrative_unit (code, name, unit_type, level, parent_id, valid_to, position)
         select $1 || 'C' || n, 'Xã thử ' || $1 || '.' || n, 'Xã', 'COMMUNE', $2, '2025-06-30', $3 + n from generate_series(1, $4) as n returning id, code`,
        [district, row.rows[0].id, position + d * 100, scale.communesPerDistrict],
      );
      communes.push(...inserted.rows);
    }
    const merged = await client.query(
      `insert into administrative_unit (code, name, unit_type, level, parent_id, valid_from, position) values ($1, $2, 'Tỉnh', 'PROVINCE', null, '2025-07-01', $3) returning id`,
      [province, `Tỉnh thử ${p} (2025)`, position + 5000],
    );
    await client.query(
      `insert into administrative_unit_succession (predecessor_id, successor_id, effective_date, legal_basis, whole) values ($1, $2, '2025-07-01', 'bench', true)`,
      [old.rows[0].id, merged.rows[0].id],
    );
    const offset = p % 2;
    for (let start = -offset, g = 1; start < communes.length; start += 3, g++) {
      const group = communes.slice(Math.max(0, start), start + 3);
      const commune = await client.query(
        `insert into administrative_unit (code, name, unit_type, level, parent_id, valid_from, position) values ($1, $2, 'Xã', 'COMMUNE', $3, '2025-07-01', $4) returning id`,
        [group[0].code, `Xã mới ${p}.${g}`, merged.rows[0].id, position + 5000 + g],
      );
      for (const part of group) {
        await client.query(
          `insert into administrative_unit_succession (predecessor_id, successor_id, effective_date, legal_basis, whole) values ($1, $2, '2025-07-01', 'bench', true)`,
          [part.id, commune.rows[0].id],
        );
      }
    }
  }
  // Reporting committees the seed does not have: the synthetic districts' (until 30 June 2025) and new communes' (after).
  await client.query(
    `insert into responsible_body (code, name, short_name, kind, expected_to_report, administrative_unit_id, valid_from, valid_to, position)
     select 'BENCH-' || u.code || coalesce('-' || u.valid_from, ''), 'UBND ' || u.name, u.name,
       case u.level when 'DISTRICT' then 'DISTRICT_PEOPLES_COMMITTEE' else 'COMMUNE_PEOPLES_COMMITTEE' end, false, u.id, u.valid_from, u.valid_to, 100000 + u.position
     from administrative_unit u left join administrative_unit pu on pu.id = u.parent_id
     where (u.level = 'DISTRICT' or (u.level = 'COMMUNE' and pu.level = 'PROVINCE'))
       and not exists (select 1 from responsible_body b where b.administrative_unit_id = u.id)`,
  );
  await client.query('begin');
  for (const statement of UNIT_COVER_STATEMENTS) await client.query(statement);
  await client.query('commit');
}

/** One ACCEPTED report per reporting committee (a district's, or a commune's after the change) and half-year it is in force for. */
async function addReports(client: Client): Promise<void> {
  await client.query(
    `insert into report (body_id, period_id, kind, status, version, submitted_at, first_submitted_at, late, reviewed_at, created_at, updated_at)
     select b.id, p.id, 'BODY', 'ACCEPTED', 3, p.due_date, p.due_date, false, p.due_date + 5, now(), now()
     from responsible_body b
     join administrative_unit u on u.id = b.administrative_unit_id
     left join administrative_unit pu on pu.id = u.parent_id
     cross join reporting_period p
     where p.kind = 'HALF_YEAR' and (u.level = 'DISTRICT' or (u.level = 'COMMUNE' and pu.level = 'PROVINCE'))
       and (b.valid_from is null or b.valid_from <= p.end_date) and (b.valid_to is null or b.valid_to >= p.end_date)`,
  );
}

/** A value for every commune, indicator and half-year, loaded with COPY. */
async function copyValues(client: Client, log: (line: string) => void, scale: Scale): Promise<void> {
  const communes = (
    await client.query(
      // A district committee's report holds its communes' values; a commune committee's, its commune's.
      `select c.id as unit_id, r.id as report_id, p.code as period
       from report r
       join responsible_body b on b.id = r.body_id
       join administrative_unit bu on bu.id = b.administrative_unit_id
       join administrative_unit c on c.level = 'COMMUNE' and (c.parent_id = bu.id or c.id = bu.id)
       join reporting_period p on p.id = r.period_id
       where r.kind = 'BODY' order by c.id, p.position`,
    )
  ).rows as Array<{ unit_id: number; report_id: number; period: string }>;
  const indicators = (await client.query(`select id, aggregation, measure_kind from indicator order by id`)).rows as Array<{
    id: number;
    aggregation: string;
    measure_kind: string;
  }>;
  const total = communes.length * indicators.length;
  const next = random(20261126);
  const periods = halfYears();
  let written = 0;
  let lastLog = Date.now();
  const started = Date.now();
  function* rows(): Generator<string> {
    for (const commune of communes) {
      const progress = periods.indexOf(commune.period) / periods.length;
      let chunk = '';
      for (const indicator of indicators) {
        let value = '';
        let numerator = '';
        let denominator = '';
        if (indicator.aggregation === 'RATIO') {
          const den = 200 + Math.floor(next() * 800);
          const num = Math.min(den, Math.floor(den * (0.5 + 0.4 * progress + next() * 0.1)));
          numerator = String(num);
          denominator = String(den);
          value = String(Math.round((num / den) * 100 * 10_000) / 10_000);
        } else if (indicator.measure_kind === 'COUNT') {
          value = String(Math.floor(next() * 20 * (1 + progress)));
        } else {
          value = (next() * 10).toFixed(2);
        }
        chunk += `${commune.report_id},${indicator.id},${commune.unit_id},${value},${numerator},${denominator},2026-01-01T00:00:00Z\n`;
      }
      written += indicators.length;
      if (Date.now() - lastLog > 2000) {
        lastLog = Date.now();
        log(`  scale ${scale.name}: ${written.toLocaleString('en')} / ${total.toLocaleString('en')} values copied`);
      }
      yield chunk;
    }
  }
  await client.query('drop index if exists indicator_value_key_unique');
  const copy = client.query(
    copyFrom(`copy indicator_value (report_id, indicator_id, administrative_unit_id, value, numerator, denominator, updated_at) from stdin with (format csv)`),
  );
  await pipeline(Readable.from(rows()), copy);
  await client.query(
    `create unique index "indicator_value_key_unique" on "indicator_value" ("report_id", "indicator_id", "administrative_unit_id", coalesce("sex", ''), coalesce("ethnic_group", ''))`,
  );
  log(`  scale ${scale.name}: ${written.toLocaleString('en')} values copied in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * What consolidatePeriod would write for Bắc Kạn, for every half-year: by Ban
 * Dân tộc tỉnh or the body carrying on from it that day, the base figures
 * (districts before 1 July 2025, communes after) and the province's (06, then 19).
 */
async function consolidate(client: Client): Promise<void> {
  await client.query(
    `insert into report (body_id, period_id, kind, status, version, created_at, updated_at, reviewed_at)
     select b.id, p.id, 'CONSOLIDATED', 'ACCEPTED', 1, now(), now(), now()
     from responsible_body b cross join reporting_period p
     where b.code in ('BDT', 'SDTTG', 'SDTTG-19') and p.kind = 'HALF_YEAR'
       and (b.valid_from is null or b.valid_from <= p.end_date) and (b.valid_to is null or b.valid_to >= p.end_date)`,
  );
  await client.query(
    `with consolidator as (
       select r.id as report_id, r.period_id, b.administrative_unit_id as province_id
       from report r join responsible_body b on b.id = r.body_id where r.kind = 'CONSOLIDATED'),
     base_values as (
       select v.indicator_id, k.report_id, k.province_id, i.aggregation,
              case when pu.level = 'DISTRICT' then c.parent_id else c.id end as unit_id,
              sum(v.value) as value, sum(v.numerator) as numerator, sum(v.denominator) as denominator
       from indicator_value v
       join report r on r.id = v.report_id and r.kind = 'BODY'
       join consolidator k on k.period_id = r.period_id
       join administrative_unit c on c.id = v.administrative_unit_id
       join administrative_unit pu on pu.id = c.parent_id
       join administrative_unit_cover cover on cover.unit_id = c.id and cover.covering_unit_id = k.province_id and cover.exact
       join indicator i on i.id = v.indicator_id
       group by v.indicator_id, k.report_id, k.province_id, i.aggregation, 5),
     all_values as (
       select indicator_id, report_id, unit_id, aggregation, value, numerator, denominator from base_values where aggregation <> 'NONE'
       union all
       select indicator_id, report_id, province_id, aggregation,
              case when aggregation = 'NONE' then avg(value) else sum(value) end, sum(numerator), sum(denominator)
       from base_values group by indicator_id, report_id, province_id, aggregation)
     insert into indicator_value (report_id, indicator_id, administrative_unit_id, value, numerator, denominator, updated_at)
     select a.report_id, a.indicator_id, a.unit_id,
            case when a.aggregation = 'RATIO' then round(a.numerator * 100.0 / nullif(a.denominator, 0), 4) else a.value end,
            case when a.aggregation = 'RATIO' then a.numerator end, case when a.aggregation = 'RATIO' then a.denominator end, now()
     from all_values a`,
  );
}
