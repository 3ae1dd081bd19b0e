/** Load on one server with autocannon, and each side's request for a scenario. */
import autocannon from 'autocannon';
import { PEER_QUERIES } from './peer-postgraphile';
import { Scenario } from './scenarios';
import { Served } from './servers';

/** The API, its peer PostGraphile, and the SQL floor. */
export type Side = 'graphql' | 'peer' | 'floor';
export const SIDES: readonly Side[] = ['graphql', 'peer', 'floor'];

export interface Target {
  side: Side;
  server: Served;
}

export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

export interface SideRequest {
  method: 'GET' | 'POST';
  path?: string;
  body?: string;
  headers: Record<string, string>;
}

/** The i-th request of a scenario as each side takes it (scenario 4 walks through cursors). */
export function requestFor(side: Side, scenario: Scenario, i: number, token: string, afterIds: number[]): SideRequest {
  if (side === 'floor') return { method: 'GET', path: scenario.baselinePath(i), headers: {} };
  const json = { 'content-type': 'application/json' };
  if (side === 'peer') {
    const peer = PEER_QUERIES[scenario.id];
    return { method: 'POST', body: JSON.stringify({ query: peer.query, variables: peer.variables?.(i, afterIds) }), headers: json };
  }
  return { method: 'POST', body: JSON.stringify({ query: scenario.graphql, variables: scenario.variables?.(i) }), headers: { ...json, authorization: `Bearer ${token}` } };
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

export function loadOn(target: Target, scenario: Scenario, token: string, afterIds: number[], connections: number, seconds: number): Promise<Measured> {
  let i = 0;
  const first = requestFor(target.side, scenario, 0, token, afterIds);
  return load({
    url: target.server.url,
    connections,
    duration: seconds,
    method: first.method,
    headers: first.headers,
    requests: [
      {
        setupRequest: (request) => {
          const next = requestFor(target.side, scenario, i++, token, afterIds);
          return { ...request, ...(next.path ? { path: next.path } : {}), ...(next.body ? { body: next.body } : {}) };
        },
      },
    ],
  });
}

/** The run with the median throughput (its latencies with it); failures and requests of all runs. */
export function medianRun(runs: Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
  };
}
