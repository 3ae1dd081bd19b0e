/**
 * `npm run bench`: builds (or reuses) the S and L databases, then measures the
 * four scenarios over HTTP against the GraphQL server and the raw-SQL
 * baseline, at concurrency 1 and 32, and a 60 s soak at concurrency 64 on S.
 * Writes bench/results/<date>.md. Needs a PostgreSQL server: DATABASE_URL, or
 * the local one at postgres://postgres@127.0.0.1:5432/postgres.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../server/platform/logger';
import { BenchDatabase, prepareScale } from './generate';
import { Scale, SCALES } from './scales';
import { Scenario, scenarios, DASHBOARD } from './scenarios';
import { AggregateComparison, compareMaintainedAggregate } from './maintained-aggregate';

const ROOT = join(__dirname, '../..');
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCIES = [1, 32];
/** BENCH_SCENARIOS=3,5 runs only those (a quick look); all by default. */
const ONLY_SCENARIOS = (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean).map(Number);
/** The export and the maintained-aggregate comparison (issue 14); BENCH_EXTRAS=0 leaves them out. */
const RUN_EXTRAS = process.env.BENCH_EXTRAS !== '0';
const log = (line: string) => console.log(line);

interface Served {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

function start(script: string, env: Record<string, string>, ready: RegExp): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        url: match[1],
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

function load(options: autocannon.Options): Promise<Measured> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        requests: result.requests.total,
      });
    });
  });
}

/** The run with the median throughput (its latencies with it); failures and requests of all runs. */
function medianRun(runs: Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
  };
}

function graphqlLoad(server: Served, token: string, scenario: Scenario, connections: number, seconds: number): Promise<Measured> {
  let i = 0;
  return load({
    url: server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: scenario.graphql, variables: scenario.variables?.(i++) }) }) }],
  });
}

function baselineLoad(server: Served, scenario: Scenario, connections: number, seconds: number): Promise<Measured> {
  let i = 0;
  return load({
    url: server.url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: scenario.baselinePath(i++) }) }],
  });
}

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

interface Row {
  scenario: Scenario;
  statements: number;
  results: Record<number, { graphql: Measured; baseline: Measured }>;
}

interface ExportMeasure {
  rows: number;
  bytes: number;
  seconds: number;
  rssBefore: number;
  peak: number;
}

interface ScaleReport {
  scale: Scale;
  values: number;
  rows: Row[];
  graphqlPeak: number;
  baselinePeak: number;
  export?: ExportMeasure;
  aggregate?: AggregateComparison;
  soak?: { requests: number; errors: number; rssAt10: number; rssAtEnd: number; samples: number[]; rps: number; p50: number; p99: number };
}

function startGraphql(database: BenchDatabase): Promise<Served> {
  return start(
    'dist/server/main.js',
    { DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_POINTS: '1000000000', DATABASE_POOL_SIZE: '10' },
    /GraphQL \+ GraphiQL: (http:\S+)/,
  );
}

async function benchScale(scale: Scale): Promise<ScaleReport> {
  const logger = createLogger('warn');
  const database = await prepareScale(scale, SERVER_URL, logger, log);
  log(`scale ${scale.name}: ${database.values.toLocaleString('en')} values`);
  const graphql = await startGraphql(database);
  const baseline = await start('dist/bench/baseline-server.js', { DATABASE_URL: database.url }, /baseline listening on (http:\S+)/);
  const rows: Row[] = [];
  let report: ScaleReport;
  try {
    for (const scenario of scenarios(await cursorIds(database)).filter((s) => ONLY_SCENARIOS.length === 0 || ONLY_SCENARIOS.includes(s.id))) {
      await statementsOf(graphql, database.token, scenario); // the token's first use also records it (once an hour)
      // The fewest of three: as under load, with the token in the cache (its lookup is a statement every TOKEN_CACHE_SECONDS).
      const probes = [];
      for (let i = 0; i < 3; i++) probes.push(await statementsOf(graphql, database.token, scenario));
      if (!probes.every((probe) => probe.ok)) throw new Error(`scenario ${scenario.id} fails on scale ${scale.name}`);
      const row: Row = { scenario, statements: Math.min(...probes.map((probe) => probe.statements)), results: {} };
      for (const connections of CONCURRENCIES) {
        // Both servers warm up first: what is measured is a process whose JIT has settled, as in service.
        await graphqlLoad(graphql, database.token, scenario, connections, WARM_UP_SECONDS);
        await baselineLoad(baseline, scenario, connections, WARM_UP_SECONDS);
        // Rounds alternate between the two servers, so that a slow spell of the machine falls on both.
        const runs: Array<{ graphql: Measured; baseline: Measured }> = [];
        for (let round = 0; round < ROUNDS; round++) {
          runs.push({
            graphql: await graphqlLoad(graphql, database.token, scenario, connections, SECONDS),
            baseline: await baselineLoad(baseline, scenario, connections, SECONDS),
          });
        }
        const g = medianRun(runs.map((r) => r.graphql));
        const b = medianRun(runs.map((r) => r.baseline));
        row.results[connections] = { graphql: g, baseline: b };
        log(`  ${scale.name} #${scenario.id} c${connections}: GraphQL ${g.rps.toFixed(0)} req/s p50 ${g.p50} ms | baseline ${b.rps.toFixed(0)} req/s p50 ${b.p50} ms`);
      }
      rows.push(row);
    }
    report = {
      scale,
      values: database.values,
      rows,
      graphqlPeak: memory(graphql.child.pid!).peak,
      baselinePeak: memory(baseline.child.pid!).peak,
    };
  } finally {
    await graphql.stop();
    await baseline.stop();
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
  const server = await startGraphql(database);
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
  const server = await startGraphql(database);
  try {
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(memory(server.child.pid!).rss), 10_000);
    const result = await graphqlLoad(server, database.token, { id: 1, name: 'soak', graphql: DASHBOARD, baselinePath: () => '/' }, 64, SOAK_SECONDS);
    clearInterval(sampler);
    const rssAtEnd = memory(server.child.pid!).rss;
    return { requests: result.requests, errors: result.errors, rssAt10: samples[0] ?? 0, rssAtEnd, samples, rps: result.rps, p50: result.p50, p99: result.p99 };
  } finally {
    await server.stop();
  }
}

function markdown(reports: ScaleReport[]): string {
  const lines = [
    `# Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}. ` +
      `PostgreSQL: ${SERVER_URL.replace(/:[^:@/]+@/, ':***@')}. Per scenario and concurrency: a ${WARM_UP_SECONDS} s warm-up of both servers, then ${ROUNDS} rounds of ${SECONDS} s alternating between them; ` +
      `each figure is from the run with the median throughput (failures count all runs). SQL/req is with the caller's token cached, as under load. autocannon runs on the same machine.`,
    '',
  ];
  for (const report of reports) {
    lines.push(`## Scale ${report.scale.name}: ${report.scale.description}, ${report.values.toLocaleString('en')} values`, '');
    lines.push('| scenario | conc. | GraphQL req/s | p50 ms | p99 ms | SQL/req | baseline req/s | p50 ms | p99 ms | GraphQL / baseline |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of report.rows) {
      for (const c of CONCURRENCIES) {
        const { graphql: g, baseline: b } = row.results[c];
        lines.push(
          `| ${row.scenario.id}. ${row.scenario.name} | ${c} | ${g.rps.toFixed(0)} | ${g.p50} | ${g.p99} | ${row.statements} | ${b.rps.toFixed(0)} | ${b.p50} | ${b.p99} | ${(g.rps / b.rps).toFixed(2)} |`,
        );
      }
    }
    const carried = report.rows.find((r) => r.scenario.id === 5);
    for (const plain of report.rows.filter((r) => r.scenario.id === 3 || r.scenario.id === 6)) {
      if (!carried) break;
      const ratio = (side: 'graphql' | 'baseline') => ({
        p50: carried.results[1][side].p50 / Math.max(plain.results[1][side].p50, 0.5),
        rps: plain.results[32][side].rps / carried.results[32][side].rps,
      });
      const g = ratio('graphql');
      const b = ratio('baseline');
      lines.push(
        '',
        `Roll-up on the 2026 map (5) against ${plain.scenario.id === 3 ? 'the plain roll-up by district (3)' : 'the plain roll-up by commune (6)'}: ` +
          `GraphQL p50 at c1 x${g.p50.toFixed(2)}, throughput at c32 x${g.rps.toFixed(2)}; baseline x${b.p50.toFixed(2)} and x${b.rps.toFixed(2)} (issue 11: at most 1.5 each).`,
      );
    }
    const failed = report.rows.flatMap((r) => CONCURRENCIES.map((c) => r.results[c].graphql.errors)).reduce((a, b) => a + b, 0);
    lines.push('', `Peak RSS: GraphQL server ${report.graphqlPeak.toFixed(0)} MB, baseline ${report.baselinePeak.toFixed(0)} MB. Failed GraphQL requests: ${failed}.`, '');
    if (report.export) {
      const e = report.export;
      lines.push(
        `Export of every value as CSV (GET /export/indicator-values.csv, on a server started for it): ${e.rows.toLocaleString('en')} rows, ` +
          `${(e.bytes / 2 ** 20).toFixed(0)} MB in ${e.seconds.toFixed(1)} s: ${Math.round(e.rows / e.seconds).toLocaleString('en')} rows/s; ` +
          `server RSS ${e.rssBefore.toFixed(0)} MB before, peak ${e.peak.toFixed(0)} MB.`,
        '',
      );
    }
    if (report.aggregate) {
      const a = report.aggregate;
      lines.push(
        `Maintained aggregate (SQL only, median of 30): scenario 7's figures built from the values ${a.onTheFlyMs.toFixed(1)} ms, read from the kept figures ` +
          `${a.keptMs.toFixed(1)} ms (x${(a.onTheFlyMs / a.keptMs).toFixed(1)}); building every kept figure (${a.keptRows.toLocaleString('en')}, each period's own map and the current one, every breakdown) ` +
          `${(a.buildMs / 1000).toFixed(1)} s; one acceptance (a district committee's report) ${a.perAcceptanceMs.toFixed(1)} ms.`,
        '',
      );
    }
    if (report.soak) {
      const s = report.soak;
      lines.push(
        `Soak: ${SOAK_SECONDS} s at concurrency 64 (scenario 1): ${s.requests.toLocaleString('en')} requests, ${s.errors} failed, ${s.rps.toFixed(0)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms; ` +
          `RSS ${s.rssAt10.toFixed(0)} MB after 10 s, ${s.rssAtEnd.toFixed(0)} MB at the end (x${(s.rssAtEnd / s.rssAt10).toFixed(2)}); ` +
          `every 10 s: ${s.samples.map((mb) => mb.toFixed(0)).join(', ')} MB.`,
        '',
      );
    }
  }
  if (reports.length === 2) {
    lines.push('## L against S (p50 at concurrency 32)', '', '| scenario | S p50 ms | L p50 ms | L / S |', '|---|---|---|---|');
    for (const [i, row] of reports[0].rows.entries()) {
      const s = row.results[32].graphql.p50;
      const l = reports[1].rows[i].results[32].graphql.p50;
      lines.push(`| ${row.scenario.id} | ${s} | ${l} | ${(l / Math.max(s, 0.5)).toFixed(2)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => a === 'S' || a === 'L') as Array<'S' | 'L'>;
  const reports: ScaleReport[] = [];
  for (const name of only.length ? only : (['S', 'L'] as const)) reports.push(await benchScale(SCALES[name]));
  const text = markdown(reports);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = join(ROOT, 'bench/results', `${new Date().toISOString().slice(0, 10)}.md`);
  writeFileSync(file, text + '\n');
  console.log('\n' + text + `\nwritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
