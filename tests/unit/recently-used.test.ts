import { RecentlyUsed } from '../../server/platform/recently-used';

/** The bounded map that kept statements and kept answers live in (server/platform/recently-used.ts). */

test('past its bound it drops the entry used least recently, a read counting as a use', () => {
  const kept = new RecentlyUsed<string, string>(3);
  kept.set('2023-H1', 'a');
  kept.set('2023-H2', 'b');
  kept.set('2024-H1', 'c');
  expect(kept.get('2023-H1')).toBe('a');
  kept.set('2024-H2', 'd');
  expect(kept.size).toBe(3);
  expect(kept.get('2023-H2')).toBeUndefined();
  expect(['2023-H1', '2024-H1', '2024-H2'].map((key) => kept.get(key))).toEqual(['a', 'c', 'd']);
});

test('a null is kept as a value, and setting a key again replaces it without growing', () => {
  const kept = new RecentlyUsed<string, string | null>(2);
  kept.set('resolvers answer', null);
  kept.set('resolvers answer', null);
  kept.set('statement', 'select 1');
  expect(kept.size).toBe(2);
  expect(kept.get('resolvers answer')).toBeNull();
});

test('replace takes the place of the value it was given only, and keeps its place in the order', () => {
  const kept = new RecentlyUsed<string, string>(2);
  kept.set('rollup', 'rows');
  kept.set('values', 'page');
  kept.replace('rollup', 'something else', 'aggregated');
  expect(kept.get('rollup')).toBe('rows');
  kept.set('values', 'page');
  kept.replace('rollup', 'rows', 'aggregated');
  // Still the least recently used: the next entry drops it.
  kept.set('analytics', 'rows');
  expect(kept.get('rollup')).toBeUndefined();
  expect(kept.get('values')).toBe('page');
});

test('delete forgets an entry', () => {
  const kept = new RecentlyUsed<string, string>(2);
  kept.set('answer', 'kept');
  kept.delete('answer');
  expect(kept.get('answer')).toBeUndefined();
  expect(kept.size).toBe(0);
});
