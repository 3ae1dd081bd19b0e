/**
 * Issue 14's question: would a maintained aggregate (figures stored, updated
 * in the transaction that accepts a report) make analytics at least 2x
 * faster at L? Measured on the bench database, in SQL alone (no HTTP): the
 * analytics scenario's figures built on the fly, against the same rows read
 * from a table of every figure; and what keeping that table current would
 * cost an acceptance.
 */
import { Client } from 'pg';
import { ANALYTICS_INDICATORS } from './scenarios';

export interface AggregateComparison {
  onTheFlyMs: number;
  storedMs: number;
  buildMs: number;
  storedRows: number;
  perAcceptanceMs: number;
}

const FIGURES = `indicator_figures($1::int[], 'ACCEPTED', $2::text[], null, null, null, $3::text[], current_date, null, false, false)`;

async function medianMs(client: Client, query: { text: string; values: unknown[]; name?: string }, runs = 30): Promise<number> {
  for (let i = 0; i < 5; i++) await client.query(query);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await client.query(query);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function compareMaintainedAggregate(url: string): Promise<AggregateComparison> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const ids = (await client.query('select id from indicator where code = any($1)', [ANALYTICS_INDICATORS])).rows.map((r) => r.id as number);
    const all = (await client.query('select id from indicator')).rows.map((r) => r.id as number);
    const onTheFlyMs = await medianMs(client, { name: 'on-the-fly', text: `select * from ${FIGURES}`, values: [ids, ['DISTRICT'], ['06']] });
    // Every figure of every indicator at every level, on each period's own map, totals and breakdowns alike.
    const started = process.hrtime.bigint();
    await client.query('drop table if exists pg_temp.figure_aggregate');
    await client.query(
      `create temp table figure_aggregate as
       select f.*, u.level
       from (values (false, false), (true, false), (false, true), (true, true)) b(by_sex, by_ethnic)
       cross join lateral indicator_figures($1::int[], 'ACCEPTED', array['PROVINCE','DISTRICT','COMMUNE'], null, null, null, null, current_date, null, b.by_sex, b.by_ethnic) f
       join administrative_unit u on u.id = f.unit_id`,
      [all],
    );
    await client.query('create index on figure_aggregate (indicator_id, level, unit_id)');
    await client.query('analyze figure_aggregate');
    const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
    const storedRows = Number((await client.query('select count(*) from figure_aggregate')).rows[0].count);
    const storedMs = await medianMs(client, {
      name: 'stored',
      text: `select a.* from figure_aggregate a
        where a.indicator_id = any($1) and a.level = 'DISTRICT' and a.sex is null and a.ethnic_group is null
          and a.unit_id in (select unit_id from administrative_unit_cover where exact and covering_unit_id = (select id from administrative_unit where code = '06' and level = 'PROVINCE'))`,
      values: [ids],
    });
    // Accepting one district committee's report changes the figures of its district and its province, every indicator.
    const district = (await client.query(`select code from administrative_unit where level = 'DISTRICT' order by id limit 1`)).rows[0].code as string;
    const perAcceptanceMs = await medianMs(client, { name: 'per-acceptance', text: `select * from ${FIGURES}`, values: [all, ['DISTRICT', 'PROVINCE'], [district]] });
    return { onTheFlyMs, storedMs, buildMs, storedRows, perAcceptanceMs };
  } finally {
    await client.end();
  }
}
