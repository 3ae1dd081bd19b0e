/**
 * The floor: each scenario's fastest hand-written form over this database.
 * One prepared statement per request builds the response body, the API's
 * `data` to the byte's meaning, as JSON in PostgreSQL: whole, or, around a
 * long list, one item a row, which the server writes as bytes between the
 * list's head and tail. No objects, no `JSON.stringify`: the ceiling any
 * API over this database could reach.
 * Figures are read where the API reads them, from the kept figures
 * (`indicator_figure`), which acceptance keeps current. Run as its own
 * process; the bench checks its answers equal the API's before timing.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { Pool, QueryArrayConfig } from 'pg';
import { ANALYTICS_INDICATORS } from './scenarios';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** Bắc Kạn (06), the area every scenario is within. */
const AREA = `(select c.unit_id from administrative_unit_cover c where c.exact and c.covering_unit_id = (select id from administrative_unit where code = '06'))`;

const DASHBOARD_SQL = `
select json_build_object(
  'code', i.code, 'name', i.name, 'unit', i.unit,
  'targets', t.list,
  'progress', bench_floor.progress(i.measure_kind, t.rules, o.series, $1::date))::text
from (select * from indicator order by position, id limit 50) i
cross join lateral (
  select coalesce(json_agg(json_build_object('year', t.year, 'comparator', t.comparator, 'value', t.value, 'valueMax', t.value_max) order by t.year), '[]') as list,
    coalesce(jsonb_agg(jsonb_build_object('year', t.year, 'comparator', t.comparator, 'value', t.value, 'valueMax', t.value_max,
      'baselineValue', t.baseline_value, 'baselineYear', t.baseline_year)), '[]') as rules
  from target t where t.indicator_id = i.id and (t.valid_from is null or t.valid_from <= $1::date)
) t
cross join lateral (
  -- The province's consolidated series: 06, and from 1 July 2025 the unit of the very same area (19).
  select coalesce(jsonb_agg(jsonb_build_object('value', v.value, 'date', p.end_date, 'period', p.code) order by p.position), '[]') as series
  from administrative_unit_cover same
  join administrative_unit_cover back on back.unit_id = same.covering_unit_id and back.covering_unit_id = same.unit_id and back.exact
  join indicator_value v on v.administrative_unit_id = same.covering_unit_id
  join report r on r.id = v.report_id
  join reporting_period p on p.id = r.period_id
  where same.exact and same.unit_id = (select id from administrative_unit where code = '06') and v.indicator_id = i.id
    and r.kind = 'CONSOLIDATED' and v.sex is null and v.ethnic_group is null and v.value is not null and p.end_date <= $1::date
) o
order by i.position, i.id`;

const GRAPH_SQL = `
select json_build_object('code', b.code, 'name', b.name, 'assignments', json_build_object('nodes', a.list))::text
from (select * from responsible_body order by position, id limit 30) b
cross join lateral (
  select coalesce(json_agg(json_build_object('role', a.role, 'task', case when t.id is null then null else json_build_object(
    'code', t.code, 'title', t.title, 'indicators', json_build_object('nodes', (
      select coalesce(json_agg(json_build_object('code', i.code, 'name', i.name) order by i.position, i.id), '[]')
      from (select i.* from indicator i join task_indicator ti on ti.indicator_id = i.id where ti.task_id = t.id order by i.position, i.id limit 10) i))) end)
    order by a.position, a.id), '[]') as list
  from (select * from assignment a where a.body_id = b.id order by a.position, a.id limit 20) a
  left join task t on t.id = a.task_id
) a
order by b.position, b.id`;

/** A roll-up of one indicator: its kept figures for the units of a level within Bắc Kạn, unit by unit, period by period. */
function rollupParts(level: 'DISTRICT' | 'COMMUNE', currentMap: boolean, comparable: boolean) {
  return {
    item: `'{"unit":{"code":' || to_json(u.code) || ',"name":' || to_json(u.name) || '},"period":{"code":' || to_json(p.code)
  || '},"value":' || coalesce(f.value::text, 'null') || ',"numerator":' || coalesce(f.numerator::text, 'null')
  || ',"denominator":' || coalesce(f.denominator::text, 'null') || ',"sourceValues":' || f.source_values${comparable ? ` || ',"comparable":' || f.comparable` : ''} || '}'`,
    from: `from indicator_figure f
join administrative_unit u on u.id = f.unit_id and u.level = '${level}'
join reporting_period p on p.id = f.period_id
where f.indicator_id = (select id from indicator where code = $1) and ${currentMap ? '' : 'not '}f.current_map
  and f.sex is null and f.ethnic_group is null and f.unit_id in ${AREA}`,
    order: 'u.id, p.id',
  };
}

/** The roll-up's figures, one figure's JSON a row. */
function rollupSql(level: 'DISTRICT' | 'COMMUNE', currentMap: boolean, comparable: boolean): string {
  const { item, from, order } = rollupParts(level, currentMap, comparable);
  return `select ${item}\n${from}\norder by ${order}`;
}

/**
 * The roll-up's whole body, its figures aggregated by PostgreSQL: for the 56
 * figures of scenario 3, 5 % more requests a second at c1 than as rows, the
 * same at c32 (bench/README.md, "Short lists").
 */
function wholeRollupSql(level: 'DISTRICT' | 'COMMUNE', currentMap: boolean, comparable: boolean): string {
  const { item, from, order } = rollupParts(level, currentMap, comparable);
  return `select '{"data":{"indicator":{"rollup":[' || coalesce(string_agg(${item}, ',' order by ${order}), '') || ']}}}'\n${from}`;
}

/** Scenario 7: ten indicators' district figures, in the order the API gives them, one row's JSON a row. */
const ANALYTICS_SQL = `
select '{"indicatorCode":' || to_json(i.code) || ',"periodCode":' || to_json(p.code) || ',"unitCode":' || to_json(u.code)
  || ',"unitName":' || to_json(u.name) || ',"value":' || coalesce(f.value::text, 'null')
  || ',"numerator":' || coalesce(case when i.aggregation = 'RATIO' then f.numerator end::text, 'null')
  || ',"denominator":' || coalesce(case when i.aggregation = 'RATIO' then f.denominator end::text, 'null')
  || ',"sourceValues":' || f.source_values || '}'
from indicator i
join indicator_figure f on f.indicator_id = i.id and not f.current_map and f.sex is null and f.ethnic_group is null
join administrative_unit u on u.id = f.unit_id and u.level = 'DISTRICT'
join reporting_period p on p.id = f.period_id
where i.code = any($1::text[]) and f.unit_id in ${AREA}
order by array_position($1::text[], i.code), p.position, u.position, u.id`;

/** A page of 100 values after an id, with the API's global IDs and cursor (base64url without padding). */
const VALUES_SQL = `
with page as (select id from indicator_value where id > $1 order by id limit 101),
shown as (select id from page order by id limit 100)
select json_build_object('data', json_build_object('indicatorValues', json_build_object(
  'pageInfo', json_build_object(
    'endCursor', (select translate(rtrim(encode(convert_to('[' || max(id) || ']', 'UTF8'), 'base64'), '='), '+/', '-_') from shown),
    'hasNextPage', (select count(*) > 100 from page)),
  'nodes', (select coalesce(json_agg(json_build_object(
      'id', translate(rtrim(encode(convert_to('IndicatorValue:' || v.id, 'UTF8'), 'base64'), '='), '+/', '-_'),
      'indicatorCode', i.code, 'unitCode', u.code, 'unitName', u.name, 'unitLevel', u.level, 'periodCode', p.code, 'bodyCode', b.code,
      'reportStatus', r.status, 'sex', v.sex, 'ethnicGroup', v.ethnic_group, 'value', v.value, 'numerator', v.numerator, 'denominator', v.denominator)
      order by v.id), '[]')
    from shown s
    join indicator_value v on v.id = s.id
    join indicator i on i.id = v.indicator_id join administrative_unit u on u.id = v.administrative_unit_id
    join report r on r.id = v.report_id join reporting_period p on p.id = r.period_id join responsible_body b on b.id = r.body_id))))::text`;

const statement = (name: string, text: string, values: unknown[] = []): QueryArrayConfig => ({ name, text, values, rowMode: 'array' as const });

/** A body that PostgreSQL built whole (its first row's text). */
interface WholeRoute {
  statement: QueryArrayConfig;
}

/**
 * A body around one long list: its items come one JSON text a row and are
 * written between `head` and `tail` as bytes. For hundreds of items this beats
 * a body built whole: PostgreSQL aggregating them into one value, and Node
 * holding it as one large string, both cost more here (bench/README.md,
 * "Rows and bytes").
 */
interface ListRoute {
  statement: QueryArrayConfig;
  head: (count: number) => string;
  tail: string;
}

const routes: Record<string, (url: URL) => WholeRoute | ListRoute> = {
  '/dashboard': () => listRoute('dashboard', DASHBOARD_SQL, ['2031-01-01'], '{"data":{"indicators":{"nodes":['),
  '/graph': () => listRoute('graph', GRAPH_SQL, [], '{"data":{"responsibleBodies":{"nodes":['),
  '/rollup': () => ({ statement: statement('rollup', wholeRollupSql('DISTRICT', false, false), ['households-electricity']) }),
  '/rollup-2026': () => rollupRoute('rollup-2026', rollupSql('COMMUNE', true, true)),
  '/rollup-communes': () => rollupRoute('rollup-communes', rollupSql('COMMUNE', false, true)),
  '/values': (url) => ({ statement: statement('values', VALUES_SQL, [Number(url.searchParams.get('after') ?? 0)]) }),
  '/analytics': () => ({
    statement: statement('analytics', ANALYTICS_SQL, [ANALYTICS_INDICATORS]),
    head: (count) => `{"data":{"analytics":{"rowCount":${count},"rows":[`,
    tail: ']}}}',
  }),
};

function rollupRoute(name: string, sql: string): ListRoute {
  return listRoute(name, sql, ['households-electricity'], '{"data":{"indicator":{"rollup":[');
}

/** A list two levels under `data`, its head given. */
function listRoute(name: string, sql: string, values: unknown[], head: string): ListRoute {
  return { statement: statement(name, sql, values), head: () => head, tail: ']}}}' };
}

const COMMA = Buffer.from(',');

function body(route: WholeRoute | ListRoute, rows: [string][]): string | Buffer {
  if (!('head' in route)) return rows[0][0];
  const parts = [Buffer.from(route.head(rows.length))];
  for (const [i, [item]] of rows.entries()) {
    if (i > 0) parts.push(COMMA);
    parts.push(Buffer.from(item));
  }
  parts.push(Buffer.from(route.tail));
  return Buffer.concat(parts);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = routes[url.pathname]?.(url);
  if (!route) {
    res.statusCode = 404;
    return res.end();
  }
  pool
    .query<[string]>(route.statement)
    .then(({ rows }) => {
      res.setHeader('content-type', 'application/json');
      res.end(body(route, rows));
    })
    .catch((error: Error) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: error.message }));
    });
});

async function main(): Promise<void> {
  await pool.query(readFileSync(join(__dirname, '../../bench/floor.sql'), 'utf8'));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`baseline listening on http://127.0.0.1:${address.port}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
