import { parse, type OperationDefinitionNode } from 'graphql';
import { KeptStatements, MAX_KEPT_STATEMENTS, MAX_KEY_CHARS, type KeptStatement } from '../../server/graphql/sql-read/kept-statements';

/**
 * The statements one-statement reads keep (server/graphql/sql-read): by
 * operation, role, day and variables, and never more than a bound, whatever
 * callers send.
 */
const operationOf = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;
const ROLLUP = operationOf('query($code: String!) { indicator(code: $code) { rollup(level: DISTRICT) { value } } }');
const statement = (text: string): KeptStatement => ({ text, values: [], streamed: false });

test('each of the operation, the role, the day and the variables makes a key of its own', () => {
  const kept = new KeptStatements();
  const keys = [
    kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: 'households-electricity' }),
    kept.keyOf(operationOf('query($code: String!) { indicator(code: $code) { code } }'), 'VIEWER', '2026-12-06', { code: 'households-electricity' }),
    kept.keyOf(ROLLUP, 'ADMIN', '2026-12-06', { code: 'households-electricity' }),
    kept.keyOf(ROLLUP, undefined, '2026-12-06', { code: 'households-electricity' }),
    kept.keyOf(ROLLUP, 'VIEWER', '2026-12-07', { code: 'households-electricity' }),
    kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: 'households-housing' }),
  ];
  expect(new Set(keys).size).toBe(keys.length);
  expect(kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: 'households-electricity' })).toBe(keys[0]);
});

test('variables too long, or that JSON cannot write, are not kept by', () => {
  const kept = new KeptStatements();
  expect(kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: 'x'.repeat(MAX_KEY_CHARS) })).toBeUndefined();
  expect(kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: 10n })).toBeUndefined();
});

test('past the bound, the statement used longest ago is dropped first', () => {
  const kept = new KeptStatements();
  const key = (i: number) => kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: `code-${i}` })!;
  for (let i = 0; i < MAX_KEPT_STATEMENTS; i++) kept.set(key(i), statement(`text ${i}`));
  expect(kept.get(key(0))?.text).toBe('text 0');
  kept.set(key(MAX_KEPT_STATEMENTS), null);
  expect(kept.size).toBe(MAX_KEPT_STATEMENTS);
  // 0 was used just now: 1 goes.
  expect(kept.get(key(1))).toBeUndefined();
  expect(kept.get(key(0))?.text).toBe('text 0');
  expect(kept.get(key(MAX_KEPT_STATEMENTS))).toBeNull();
});

test('a statement is replaced only where it still stands', () => {
  const kept = new KeptStatements();
  const key = kept.keyOf(ROLLUP, 'VIEWER', '2026-12-06', { code: 'households-electricity' })!;
  const streamed = statement('as rows');
  kept.set(key, streamed);
  kept.replace(key, streamed, statement('aggregated'));
  kept.replace(key, streamed, statement('aggregated again'));
  expect(kept.get(key)?.text).toBe('aggregated');
});
