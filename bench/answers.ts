/**
 * Before anything is timed, the three sides must give the same answer: the
 * API's `data`, the floor's, and the peer's once put in the API's shape
 * (`normalizePeer`). A faster wrong answer measures nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { normalizePeer } from './peer-postgraphile';
import { requestFor, Target } from './load';
import { Scenario } from './scenarios';

async function answerOf(target: Target, scenario: Scenario, i: number, token: string, afterIds: number[]): Promise<unknown> {
  const request = requestFor(target.side, scenario, i, token, afterIds);
  const url = request.path ? new URL(request.path, target.server.url).href : target.server.url;
  const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`scenario ${scenario.id}: the ${target.side} answered HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return target.side === 'peer' ? normalizePeer(scenario.id, body.data) : body.data;
}

/** Where two answers first differ, as a path; null when they are equal. */
export function firstDifference(expected: unknown, actual: unknown, path = 'data'): string | null {
  if (isDeepStrictEqual(expected, actual)) return null;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null) {
    return `${path}: ${JSON.stringify(expected)?.slice(0, 200)} against ${JSON.stringify(actual)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const found = firstDifference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return `${path}: ${Array.isArray(expected) ? 'arrays' : 'objects'} differ`;
}

/** Throws, naming the side and the place, unless every side answers each sample request as the API does. */
export async function checkAnswers(targets: Target[], scenario: Scenario, token: string, afterIds: number[]): Promise<void> {
  const samples = scenario.variables ? 3 : 1;
  for (let i = 0; i < samples; i++) {
    const [api, ...others] = await Promise.all(targets.map((target) => answerOf(target, scenario, i, token, afterIds)));
    for (const [k, other] of others.entries()) {
      const difference = firstDifference(api, other);
      if (difference) throw new Error(`scenario ${scenario.id}, request ${i}: the ${targets[k + 1].side}'s answer differs from the API's at ${difference}`);
    }
  }
}
