/**
 * The floor: each scenario's answer from ONE hand-written SQL statement
 * through `pg`, served by a bare node:http handler. Run as its own process.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { Comparator, MeasureKind } from '../server/indicators/indicator.enums';
import { assessProgress, Observation, TargetRule } from '../server/reporting/progress/progress-rule';
import { ANALYTICS_INDICATORS } from './scenarios';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const DASHBOARD_SQL = `
select i.code, i.name, i.unit, i.measure_kind,
  coalesce((select json_agg(json_build_object('year', t.year, 'comparator', t.comparator, 'value', t.value::float8,
     'valueMax', t.value_max::float8, 'baselineValue', t.baseline_value::float8, 'baselineYear', t.baseline_year) order by t.year)
   from target t where t.indicator_id = i.id), '[]') as targets,
  coalesce((select json_agg(json_build_object('value', v.value::float8, 'date', p.end_date, 'period', p.code) order by p.position)
   from indicator_value v join report r on r.id = v.report_id join reporting_period p on p.id = r.period_id
   where r.kind = 'CONSOLIDATED' and v.indicator_id = i.id
     -- Bắc Kạn (06) and, from 1 July 2025, the unit of the very same area (19): the series goes on.
     and v.administrative_unit_id in (select same.covering_unit_id from administrative_unit_cover same
       join administrative_unit_cover back on back.unit_id = same.covering_unit_id and back.covering_unit_id = same.unit_id and back.exact
       where same.exact and same.unit_id = (select id from administrative_unit where code = '06' and level = 'PROVINCE'))
     and v.sex is null and v.ethnic_group is null and v.value is not null and p.end_date <= '2031-01-01'), '[]') as observations
from indicator i order by i.position, i.id limit 50`;

const GRAPH_SQL = `
select b.code, b.name, coalesce((
  select json_agg(json_build_object('role', a.role, 'task', case when t.id is null then null else json_build_object('code', t.code, 'title', t.title,
    'indicators', coalesce((select json_agg(json_build_object('code', i.code, 'name', i.name) order by i.position, i.id)
      from (select i.* from indicator i join task_indicator ti on ti.indicator_id = i.id where ti.task_id = t.id order by i.position, i.id limit 10) i), '[]')) end)
    order by a.position, a.id)
  from (select * from assignment a where a.body_id = b.id order by a.position, a.id limit 20) a left join task t on t.id = a.task_id), '[]') as assignments
from responsible_body b order by b.position, b.id limit 30`;

const ROLLUP_SQL = `
with province as (select id from administrative_unit where code = '06' and level = 'PROVINCE'),
source as (
  select v.value, v.numerator, v.denominator, r.period_id, case u.level when 'DISTRICT' then u.id else u.parent_id end as district_id
  from indicator_value v join report r on r.id = v.report_id join administrative_unit u on u.id = v.administrative_unit_id
  where v.indicator_id = (select id from indicator where code = 'households-electricity') and r.kind = 'BODY' and r.status = 'ACCEPTED'
    and v.sex is null and v.ethnic_group is null
    and u.id in (select d.id from administrative_unit d where d.parent_id = (select id from province)
                 union all select c.id from administrative_unit c join administrative_unit d on d.id = c.parent_id where d.parent_id = (select id from province)))
select d.code, d.name, p.code as period, round(sum(s.numerator) * 100.0 / nullif(sum(s.denominator), 0), 4)::float8 as value,
  sum(s.numerator)::float8 as numerator, sum(s.denominator)::float8 as denominator, count(*) as source_values
from source s join administrative_unit d on d.id = s.district_id and d.level = 'DISTRICT' join reporting_period p on p.id = s.period_id
group by d.id, d.code, d.name, p.id, p.code order by d.id, p.id`;

/** Each commune's values as reported, on its own map, within Bắc Kạn's area (either map). */
const ROLLUP_COMMUNES_SQL = `
select u.code, u.name, p.code as period, round(sum(v.numerator) * 100.0 / nullif(sum(v.denominator), 0), 4)::float8 as value,
  sum(v.numerator)::float8 as numerator, sum(v.denominator)::float8 as denominator, count(*) as source_values, true as comparable
from indicator_value v
join report r on r.id = v.report_id and r.kind = 'BODY' and r.status = 'ACCEPTED'
join administrative_unit u on u.id = v.administrative_unit_id and u.level = 'COMMUNE'
join reporting_period p on p.id = r.period_id
where v.indicator_id = (select id from indicator where code = 'households-electricity') and v.sex is null and v.ethnic_group is null
  and u.id in (select unit_id from administrative_unit_cover where exact and covering_unit_id = (select id from administrative_unit where code = '06' and level = 'PROVINCE'))
group by u.id, u.code, u.name, p.id, p.code order by u.id, p.id`;

/** Every period's commune values carried onto the communes in force on 2026-01-01, through the unit cover. */
const ROLLUP_2026_SQL = `
select x.code, x.name, p.code as period, round(sum(v.numerator) * 100.0 / nullif(sum(v.denominator), 0), 4)::float8 as value,
  sum(v.numerator)::float8 as numerator, sum(v.denominator)::float8 as denominator, count(*) as source_values, true as comparable
from indicator_value v
join report r on r.id = v.report_id and r.kind = 'BODY' and r.status = 'ACCEPTED'
join administrative_unit u on u.id = v.administrative_unit_id and u.level = 'COMMUNE'
join administrative_unit_cover c on c.unit_id = u.id and c.exact and c.covering_level = 'COMMUNE'
  and (c.covering_valid_from is null or c.covering_valid_from <= '2026-01-01') and (c.covering_valid_to is null or c.covering_valid_to >= '2026-01-01')
join administrative_unit x on x.id = c.covering_unit_id
join reporting_period p on p.id = r.period_id
where v.indicator_id = (select id from indicator where code = 'households-electricity') and v.sex is null and v.ethnic_group is null
  and x.id in (select unit_id from administrative_unit_cover where exact and covering_unit_id = (select id from administrative_unit where code = '06' and level = 'PROVINCE'))
group by x.id, x.code, x.name, p.id, p.code order by x.id, p.id`;

/** Scenario 7: the ten indicators' district figures, SUM adding and RATIO dividing summed parts, in one GROUP BY. */
const ANALYTICS_SQL = `
select i.code as "indicatorCode", p.code as "periodCode", d.code as "unitCode", d.name as "unitName",
  (case when i.aggregation = 'RATIO' then round(sum(v.numerator) * 100.0 / nullif(sum(v.denominator), 0), 4) else sum(v.value) end)::float8 as value,
  (case when i.aggregation = 'RATIO' then sum(v.numerator) end)::float8 as numerator,
  (case when i.aggregation = 'RATIO' then sum(v.denominator) end)::float8 as denominator, count(*)::int as "sourceValues"
from indicator_value v
join indicator i on i.id = v.indicator_id
join report r on r.id = v.report_id and r.kind = 'BODY' and r.status = 'ACCEPTED'
join reporting_period p on p.id = r.period_id
join administrative_unit u on u.id = v.administrative_unit_id
join administrative_unit d on d.id = case u.level when 'DISTRICT' then u.id else u.parent_id end and d.level = 'DISTRICT'
where i.code = any($1) and v.sex is null and v.ethnic_group is null
  and u.id in (select unit_id from administrative_unit_cover where exact and covering_unit_id = (select id from administrative_unit where code = '06' and level = 'PROVINCE'))
group by i.id, i.code, i.aggregation, p.id, p.code, p.position, d.id, d.code, d.name, d.position
order by array_position($1, i.code), p.position, d.position, d.id`;

const VALUES_SQL = `
select v.id, i.code as indicator_code, u.code as unit_code, u.name as unit_name, u.level as unit_level, p.code as period_code,
  b.code as body_code, r.status as report_status, v.sex, v.ethnic_group, v.value::float8, v.numerator::float8, v.denominator::float8
from indicator_value v join indicator i on i.id = v.indicator_id join administrative_unit u on u.id = v.administrative_unit_id
join report r on r.id = v.report_id join reporting_period p on p.id = r.period_id join responsible_body b on b.id = r.body_id
where v.id > $1 order by v.id limit 101`;

async function dashboard() {
  const { rows } = await pool.query(DASHBOARD_SQL);
  return rows.map((row) => {
    const targets = row.targets as TargetRule[];
    const observations = (row.observations as Array<Observation & { period: string }>).map((o) => ({ ...o, date: String(o.date).slice(0, 10) }));
    const assessed = assessProgress(row.measure_kind as MeasureKind, targets.map((t) => ({ ...t, comparator: t.comparator as Comparator })), observations, '2031-01-01');
    const latest = observations[observations.length - 1];
    return {
      code: row.code,
      name: row.name,
      unit: row.unit,
      targets,
      progress: { status: assessed.status, value: latest?.value ?? null, expectedValue: assessed.expected, period: latest ? { code: latest.period } : null },
    };
  });
}

async function values(after: number) {
  const { rows } = await pool.query(VALUES_SQL, [after]);
  return { hasNextPage: rows.length > 100, nodes: rows.slice(0, 100) };
}

const routes: Record<string, (url: URL) => Promise<unknown>> = {
  '/dashboard': () => dashboard(),
  '/graph': async () => (await pool.query(GRAPH_SQL)).rows,
  '/rollup': async () => (await pool.query(ROLLUP_SQL)).rows,
  '/rollup-2026': async () => (await pool.query(ROLLUP_2026_SQL)).rows,
  '/rollup-communes': async () => (await pool.query(ROLLUP_COMMUNES_SQL)).rows,
  '/values': (url) => values(Number(url.searchParams.get('after') ?? 0)),
  '/analytics': async () => {
    const { rows } = await pool.query({ name: 'analytics', text: ANALYTICS_SQL, values: [ANALYTICS_INDICATORS] });
    return { rowCount: rows.length, rows };
  },
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = routes[url.pathname];
  if (!route) {
    res.statusCode = 404;
    return res.end();
  }
  route(url)
    .then((data) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data }));
    })
    .catch((error: Error) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: error.message }));
    });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`baseline listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
