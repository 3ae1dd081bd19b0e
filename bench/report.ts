/** bench/results/<date>.md: the tables of a run, and issue 16's targets checked against them. */
import { cpus, totalmem } from 'node:os';
import { Side } from './load';
import type { Row, ScaleReport } from './run';
import { CONCURRENCIES, ROUNDS, SECONDS, SERVER_URL, SOAK_SECONDS, WARM_UP_SECONDS } from './settings';

const ratio = (a: number, b: number) => (a / b).toFixed(2);

function scenarioTable(report: ScaleReport): string[] {
  const lines = [
    '| scenario | conc. | API req/s | p50 ms | p99 ms | SQL/req | PostGraphile req/s | p50 ms | p99 ms | floor req/s | p50 ms | p99 ms | API / PostGraphile | API / floor |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of report.rows) {
    for (const c of CONCURRENCIES) {
      const { graphql: g, peer: p, floor: f } = row.results[c];
      lines.push(
        `| ${row.scenario.id}. ${row.scenario.name} | ${c} | ${g.rps.toFixed(0)} | ${g.p50} | ${g.p99} | ${row.statements} | ${p.rps.toFixed(0)} | ${p.p50} | ${p.p99} | ` +
          `${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${ratio(g.rps, p.rps)} | ${ratio(g.rps, f.rps)} |`,
      );
    }
  }
  return lines;
}

/** Issue 16: throughput >= 1.0x PostGraphile everywhere, >= 0.5x the floor on 1-3, p99 at c32 and peak RSS no worse than PostGraphile's. */
function targetChecks(report: ScaleReport): string[] {
  const misses: string[] = [];
  const check = (row: Row, c: number) => {
    const { graphql: g, peer: p, floor: f } = row.results[c];
    const at = `${row.scenario.id} c${c}`;
    if (g.rps < p.rps) misses.push(`${at}: ${ratio(g.rps, p.rps)}x PostGraphile`);
    if (row.scenario.id <= 3 && g.rps < 0.5 * f.rps) misses.push(`${at}: ${ratio(g.rps, f.rps)}x the floor`);
    if (c === 32 && g.p99 > p.p99) misses.push(`${at}: p99 ${g.p99} ms against PostGraphile's ${p.p99} ms`);
  };
  for (const row of report.rows) for (const c of CONCURRENCIES) check(row, c);
  if (report.peaks.graphql > report.peaks.peer) misses.push(`peak RSS ${report.peaks.graphql.toFixed(0)} MB against PostGraphile's ${report.peaks.peer.toFixed(0)} MB`);
  return [misses.length ? `Issue 16's targets missed at scale ${report.scale.name} (${misses.length}): ${misses.join('; ')}.` : `Issue 16's targets: all met at scale ${report.scale.name}.`];
}

export function markdown(reports: ScaleReport[]): string {
  const lines = [
    `# Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${cpus().length} CPU (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}. ` +
      `PostgreSQL: ${SERVER_URL.replace(/:[^:@/]+@/, ':***@')}. Three servers on one database: the API, its peer PostGraphile v5 (bench/peers/postgraphile) and the SQL floor (bench/baseline-server.ts), their answers checked equal before timing. Per scenario and concurrency: a ${WARM_UP_SECONDS} s warm-up of each server, then ${ROUNDS} rounds of ${SECONDS} s going round them; ` +
      `each figure is from the run with the median throughput (failures count all runs). SQL/req is with the caller's token cached, as under load. autocannon runs on the same machine.`,
    '',
  ];
  for (const report of reports) {
    lines.push(`## Scale ${report.scale.name}: ${report.scale.description}, ${report.values.toLocaleString('en')} values`, '');
    lines.push(...scenarioTable(report), '');
    const carried = report.rows.find((r) => r.scenario.id === 5);
    for (const plain of report.rows.filter((r) => r.scenario.id === 3 || r.scenario.id === 6)) {
      if (!carried) break;
      const ratio = (side: Side) => ({
        p50: carried.results[1][side].p50 / Math.max(plain.results[1][side].p50, 0.5),
        rps: plain.results[32][side].rps / carried.results[32][side].rps,
      });
      const g = ratio('graphql');
      const b = ratio('floor');
      lines.push(
        '',
        `Roll-up on the 2026 map (5) against ${plain.scenario.id === 3 ? 'the plain roll-up by district (3)' : 'the plain roll-up by commune (6)'}: ` +
          `GraphQL p50 at c1 x${g.p50.toFixed(2)}, throughput at c32 x${g.rps.toFixed(2)}; floor x${b.p50.toFixed(2)} and x${b.rps.toFixed(2)} (issue 11: at most 1.5 each).`,
      );
    }
    const failed = report.rows.flatMap((r) => CONCURRENCIES.map((c) => r.results[c].graphql.errors)).reduce((a, b) => a + b, 0);
    const peaks = report.peaks;
    lines.push('', `Peak RSS: API ${peaks.graphql.toFixed(0)} MB, PostGraphile ${peaks.peer.toFixed(0)} MB, floor ${peaks.floor.toFixed(0)} MB. Failed API requests: ${failed}.`, '');
    lines.push(...targetChecks(report), '');
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

