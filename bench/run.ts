/**
 * `npm run bench`: builds (or reuses) the S and L databases, then measures the
 * four scenarios over HTTP against the GraphQL server and the raw-SQL
 * baseline, at concurrency 1 and 32, and a 60 s soak at concurrency 64 on S.
 * Writes bench/results/<date>.md. Needs a PostgreSQL server: DATABASE_URL, or
 * the local one at postgres://postgres@127.0.0.1:5432/postgres.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../server/platform/logger';
import { BenchDatabase, prepareScale } from './generate';
import { Scale, SCALES } from './scales';
import { Scenario, scenarios, DASHBOARD } from './scenarios';
import { AggregateComparison, compareMaintainedAggregate } from './maintained-aggregate';
import { checkAnswers } from './answers';
import { loadOn, medianRun, Measured, Side, SIDES, Target } from './load';
import { markdown } from './report';
import { memory, ROOT, Served, startFloor, startGraphql, startPeer } from './servers';
import { CONCURRENCIES, ONLY_SCENARIOS, ROUNDS, RUN_EXTRAS, SECONDS, SERVER_URL, SOAK_SECONDS, WARM_UP_SECONDS } from './settings';

const log = (line: string) => console.log(line);

async function statementsOf(server: Served, token: string, scenario: Scenario): Promise<{ statements: number; ok: boolean }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-sql-statements': 'count' },
    body: JSON.stringify({ query: scenario.graphql, variables: scenario.variables?.(0) }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) console.error(JSON.stringify(body.errors).slice(0, 500));
  return { statements: Number(response.headers.get('x-sql-statements')), ok: response.ok && !body.errors };
}

async function cursorIds(database: BenchDatabase): Promise<number[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query('select min(id) as min, max(id) as max from indicator_value');
  await client.end();
  const min = Number(rows[0].min);
  const max = Number(rows[0].max);
  return Array.from({ length: 200 }, (_, k) => Math.floor(min + ((max - min - 200) * k) / 200));
}

export interface Row {
  scenario: Scenario;
  statements: number;
  results: Record<number, Record<Side, Measured>>;
}

export interface ExportMeasure {
  rows: number;
  bytes: number;
  seconds: number;
  rssBefore: number;
  peak: number;
}

export interface ScaleReport {
  scale: Scale;
  values: number;
  rows: Row[];
  /** Peak RSS of each side's server, MB. */
  peaks: Record<Side, number>;
  export?: ExportMeasure;
  aggregate?: AggregateComparison;
  soak?: { requests: number; errors: number; rssAt10: number; rssAtEnd: number; samples: number[]; rps: number; p50: number; p99: number };
}

async function startSides(database: BenchDatabase): Promise<Target[]> {
  const targets: Target[] = [];
  try {
    targets.push({ side: 'graphql', server: await startGraphql(database.url) });
    targets.push({ side: 'peer', server: await startPeer(database.url, log) });
    targets.push({ side: 'floor', server: await startFloor(database.url) });
    return targets;
  } catch (error) {
    await Promise.all(targets.map((t) => t.server.stop()));
    throw error;
  }
}

async function benchScenario(targets: Target[], scenario: Scenario, database: BenchDatabase, afterIds: number[], scale: Scale): Promise<Row> {
  const graphql = targets[0].server;
  await statementsOf(graphql, database.token, scenario); // the token's first use also records it (once an hour)
  // The fewest of three: as under load, with the token in the cache (its lookup is a statement every TOKEN_CACHE_SECONDS).
  const probes = [];
  for (let i = 0; i < 3; i++) probes.push(await statementsOf(graphql, database.token, scenario));
  if (!probes.every((probe) => probe.ok)) throw new Error(`scenario ${scenario.id} fails on scale ${scale.name}`);
  await checkAnswers(targets, scenario, database.token, afterIds);
  const row: Row = { scenario, statements: Math.min(...probes.map((probe) => probe.statements)), results: {} };
  for (const connections of CONCURRENCIES) {
    // Every server warms up first: what is measured is a process whose JIT has settled, as in service.
    for (const target of targets) await loadOn(target, scenario, database.token, afterIds, connections, WARM_UP_SECONDS);
    // Rounds go round the servers, so that a slow spell of the machine falls on each.
    const runs: Array<Record<Side, Measured>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const run = {} as Record<Side, Measured>;
      for (const target of targets) run[target.side] = await loadOn(target, scenario, database.token, afterIds, connections, SECONDS);
      runs.push(run);
    }
    row.results[connections] = Object.fromEntries(SIDES.map((side) => [side, medianRun(runs.map((r) => r[side]))])) as Record<Side, Measured>;
    const line = SIDES.map((side) => `${side} ${row.results[connections][side].rps.toFixed(0)} req/s p50 ${row.results[connections][side].p50} ms`).join(' | ');
    log(`  ${scale.name} #${scenario.id} c${connections}: ${line}`);
  }
  return row;
}

async function benchScale(scale: Scale): Promise<ScaleReport> {
  const logger = createLogger('warn');
  const database = await prepareScale(scale, SERVER_URL, logger, log);
  log(`scale ${scale.name}: ${database.values.toLocaleString('en')} values`);
  const targets = await startSides(database);
  const rows: Row[] = [];
  let report: ScaleReport;
  try {
    const afterIds = await cursorIds(database);
    for (const scenario of scenarios(afterIds).filter((s) => ONLY_SCENARIOS.length === 0 || ONLY_SCENARIOS.includes(s.id))) {
      rows.push(await benchScenario(targets, scenario, database, afterIds, scale));
    }
    const peaks = Object.fromEntries(targets.map((t) => [t.side, memory(t.server.child.pid!).peak])) as Record<Side, number>;
    report = { scale, values: database.values, rows, peaks };
  } finally {
    await Promise.all(targets.map((t) => t.server.stop()));
  }
  if (scale.name === 'S') report.soak = await soak(database);
  if (RUN_EXTRAS) {
    report.export = await measureExport(database);
    report.aggregate = await compareMaintainedAggregate(database.url);
  }
  return report;
}

/**
 * Every value as CSV (GET /export/indicator-values.csv), once, from a server
 * started for it: rows a second, and the server's memory before and at its
 * peak (a cursor's batches should keep it flat).
 */
async function measureExport(database: BenchDatabase): Promise<ExportMeasure> {
  log('  export: every value as CSV, on a server started for it');
  const server = await startGraphql(database.url);
  try {
    const base = server.url.replace(/\/graphql$/, '');
    const rssBefore = memory(server.child.pid!).rss;
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}/export/indicator-values.csv`, { headers: { authorization: `Bearer ${database.token}` } });
    if (!response.ok || !response.body) throw new Error(`export failed: HTTP ${response.status} ${await response.text()}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const measured = { rows: lines - 1, bytes, seconds, rssBefore, peak: memory(server.child.pid!).peak };
    log(`  export: ${measured.rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s, peak RSS ${measured.peak.toFixed(0)} MB`);
    return measured;
  } finally {
    await server.stop();
  }
}

/**
 * 60 s at concurrency 64 on a server started for it: no failed request, and
 * memory that settles. (On the server that had just run the scenarios, the RSS
 * at 10 s depended on where the heap stood after them: x1.01 in one run, x1.31
 * in the next, below that process's earlier peak both times.)
 */
async function soak(database: BenchDatabase): Promise<NonNullable<ScaleReport['soak']>> {
  log(`  soak: ${SOAK_SECONDS} s at concurrency 64 (dashboard), on a server started for it`);
  const server = await startGraphql(database.url);
  try {
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(memory(server.child.pid!).rss), 10_000);
    const result = await loadOn({ side: 'graphql', server }, { id: 1, name: 'soak', graphql: DASHBOARD, baselinePath: () => '/' }, database.token, [], 64, SOAK_SECONDS);
    clearInterval(sampler);
    const rssAtEnd = memory(server.child.pid!).rss;
    return { requests: result.requests, errors: result.errors, rssAt10: samples[0] ?? 0, rssAtEnd, samples, rps: result.rps, p50: result.p50, p99: result.p99 };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => a === 'S' || a === 'L') as Array<'S' | 'L'>;
  const reports: ScaleReport[] = [];
  for (const name of only.length ? only : (['S', 'L'] as const)) reports.push(await benchScale(SCALES[name]));
  const text = markdown(reports);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  // A second run on a day gets its time in the name: it never overwrites the first.
  const day = new Date().toISOString().slice(0, 10);
  const first = join(ROOT, 'bench/results', `${day}.md`);
  const file = existsSync(first) ? join(ROOT, 'bench/results', `${day}-${new Date().toISOString().slice(11, 16).replace(':', '')}.md`) : first;
  writeFileSync(file, text + '\n');
  console.log('\n' + text + `\nwritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
