/**
 * The floor: each scenario's fastest hand-written form over this database.
 * One prepared statement per request builds the whole response body, the
 * API's `data` to the byte's meaning, as JSON in PostgreSQL; the server
 * writes the text it gets back. No decoding of rows, no objects, no
 * `JSON.stringify`: the ceiling any API over this database could reach.
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
select json_build_object('data', json_build_object('indicators', json_build_object('nodes', coalesce(json_agg(json_build_object(
  'code', i.code, 'name', i.name, 'unit', i.unit,
  'targets', t.list,
  'progress', bench_floor.progress(i.measure_kind, t.rules, o.series, $1::date)) order by i.position, i.id), '[]'))))::text
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
) o`;

const GRAPH_SQL = `
select json_build_object('data', json_build_object('responsibleBodies', json_build_object('nodes', coalesce(json_agg(json_build_object(
  'code', b.code, 'name', b.name, 'assignments', json_build_object('nodes', a.list)) order by b.position, b.id), '[]'))))::text
from (select * from responsible_body order by position, id limit 30) b
cross join lateral (
  select coalesce(json_agg(json_build_object('role', a.role, 'task', case when t.id is null then null else json_build_object(
    'code', t.code, 'title', t.title, 'indicators', json_build_object('nodes', (
      select coalesce(json_agg(json_build_object('code', i.code, 'name', i.name) order by i.position, i.id), '[]')
      from (select i.* from indicator i join task_indicator ti on ti.indicator_id = i.id where ti.task_id = t.id order by i.position, i.id limit 10) i))) end)
    order by a.position, a.id), '[]') as list
  from (select * from assignment a where a.body_id = b.id order by a.position, a.id limit 20) a
  left join task t on t.id = a.task_id
) a`;

/** A roll-up of one indicator: its kept figures for the units of a level within Bắc Kạn, unit by unit, period by period. */
function rollupSql(level: 'DISTRICT' | 'COMMUNE', currentMap: boolean, comparable: boolean): string {
  return `
select json_build_object('data', json_build_object('indicator', json_build_object('rollup', coalesce(json_agg(json_build_object(
  'unit', json_build_object('code', u.code, 'name', u.name), 'period', json_build_object('code', p.code),
  'value', f.value, 'numerator', f.numerator, 'denominator', f.denominator, 'sourceValues', f.source_values${comparable ? ", 'comparable', f.comparable" : ''})
  order by u.id, p.id), '[]'))))::text
from indicator_figure f
join administrative_unit u on u.id = f.unit_id and u.level = '${level}'
join reporting_period p on p.id = f.period_id
where f.indicator_id = (select id from indicator where code = $1) and ${currentMap ? '' : 'not '}f.current_map
  and f.sex is null and f.ethnic_group is null and f.unit_id in ${AREA}`;
}

/** Scenario 7: ten indicators' district figures, in the order the API gives them. */
const ANALYTICS_SQL = `
select json_build_object('data', json_build_object('analytics', json_build_object('rowCount', count(*), 'rows', coalesce(json_agg(json_build_object(
  'indicatorCode', i.code, 'periodCode', p.code, 'unitCode', u.code, 'unitName', u.name, 'value', f.value,
  'numerator', case when i.aggregation = 'RATIO' then f.numerator end, 'denominator', case when i.aggregation = 'RATIO' then f.denominator end,
  'sourceValues', f.source_values)
  order by array_position($1::text[], i.code), p.position, u.position, u.id), '[]'))))::text
from indicator i
join indicator_figure f on f.indicator_id = i.id and not f.current_map and f.sex is null and f.ethnic_group is null
join administrative_unit u on u.id = f.unit_id and u.level = 'DISTRICT'
join reporting_period p on p.id = f.period_id
where i.code = any($1::text[]) and f.unit_id in ${AREA}`;

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

const routes: Record<string, (url: URL) => QueryArrayConfig> = {
  '/dashboard': () => statement('dashboard', DASHBOARD_SQL, ['2031-01-01']),
  '/graph': () => statement('graph', GRAPH_SQL),
  '/rollup': () => statement('rollup', rollupSql('DISTRICT', false, false), ['households-electricity']),
  '/rollup-2026': () => statement('rollup-2026', rollupSql('COMMUNE', true, true), ['households-electricity']),
  '/rollup-communes': () => statement('rollup-communes', rollupSql('COMMUNE', false, true), ['households-electricity']),
  '/values': (url) => statement('values', VALUES_SQL, [Number(url.searchParams.get('after') ?? 0)]),
  '/analytics': () => statement('analytics', ANALYTICS_SQL, [ANALYTICS_INDICATORS]),
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = routes[url.pathname];
  if (!route) {
    res.statusCode = 404;
    return res.end();
  }
  pool
    .query<[string]>(route(url))
    .then(({ rows }) => {
      res.setHeader('content-type', 'application/json');
      res.end(rows[0][0]);
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
