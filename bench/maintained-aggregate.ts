/**
 * Issue 14's question: does a maintained aggregate (figures kept, updated in
 * the transaction that accepts a report) make analytics at least 2x faster at
 * L? Measured on the bench database, in SQL alone (no HTTP): scenario 7's
 * figures built from the values (compute_indicator_figures), against the same
 * figures read from the kept ones (indicator_figures, as the API reads them);
 * and what keeping them costs: building every one, and one acceptance.
 */
import { Client } from 'pg';
import { ANALYTICS_INDICATORS } from './scenarios';

export interface AggregateComparison {
  onTheFlyMs: number;
  keptMs: number;
  buildMs: number;
  keptRows: number;
  perAcceptanceMs: number;
}

const ARGUMENTS = `$1::int[], 'ACCEPTED', array['DISTRICT'], null, null, null, array['06'], current_date, null, false, false`;

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

/** A write timed inside a transaction that is rolled back: the bench database stays as built. */
async function rolledBackMs(client: Client, text: string, values: unknown[] = []): Promise<number> {
  await client.query('begin');
  try {
    const started = process.hrtime.bigint();
    await client.query(text, values);
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    await client.query('rollback');
  }
}

export async function compareMaintainedAggregate(url: string): Promise<AggregateComparison> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const ids = (await client.query('select id from indicator where code = any($1)', [ANALYTICS_INDICATORS])).rows.map((r) => r.id as number);
    const onTheFlyMs = await medianMs(client, { name: 'on-the-fly', text: `select * from compute_indicator_figures(${ARGUMENTS})`, values: [ids] });
    const keptMs = await medianMs(client, { name: 'kept', text: `select * from indicator_figures(${ARGUMENTS})`, values: [ids] });
    const keptRows = Number((await client.query('select count(*) from indicator_figure')).rows[0].count);
    const buildMs = await rolledBackMs(client, 'select rebuild_indicator_figures()');
    // One district committee's accepted report: its period's figures of its communes, its district and the province.
    const [report] = (await client.query(`select r.id from report r join responsible_body b on b.id = r.body_id where r.kind = 'BODY' and r.status = 'ACCEPTED' and b.kind = 'DISTRICT_PEOPLES_COMMITTEE' order by r.id limit 1`)).rows;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await rolledBackMs(client, 'select refresh_indicator_figures($1)', [report.id]));
    const perAcceptanceMs = times.sort((a, b) => a - b)[2];
    return { onTheFlyMs, keptMs, buildMs, keptRows, perAcceptanceMs };
  } finally {
    await client.end();
  }
}
