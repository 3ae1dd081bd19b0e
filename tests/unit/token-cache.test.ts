import { Role } from '../../server/access/role';
import { TokenCache, TokenState } from '../../server/access/token-cache';

const token = (id: number): TokenState => ({
  id,
  prefix: `bkea_${id}`,
  revoked: false,
  expiresAt: null,
  lastUsedAt: null,
  viewer: { userId: id, role: Role.VIEWER, bodyId: null, tokenId: id },
});
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

test('an entry lives for the cache lifetime, and the oldest leaves first when the cache is full', () => {
  const cache = new TokenCache(1_000, 2);
  cache.set('a', token(1), at(0), 0);
  cache.set('b', token(2), at(10), 0);
  expect(cache.get('a', at(999))?.id).toBe(1);
  expect(cache.get('a', at(1_000))).toBeUndefined();
  cache.set('c', token(3), at(20), 0);
  cache.set('d', token(4), at(30), 0);
  expect(cache.get('b', at(40))).toBeUndefined();
  expect([cache.get('c', at(40))?.id, cache.get('d', at(40))?.id]).toEqual([3, 4]);
});

test('with a lifetime of 0 nothing is kept', () => {
  const cache = new TokenCache(0);
  cache.set('a', token(1), at(0), 0);
  expect(cache.get('a', at(0))).toBeUndefined();
});

test('a lookup that started before a revocation emptied the cache is not kept', () => {
  const cache = new TokenCache(1_000);
  const before = cache.generation;
  cache.clear(); // the revocation commits while the lookup is under way
  cache.set('a', token(1), at(0), before);
  expect(cache.get('a', at(0))).toBeUndefined();
  cache.set('a', token(1), at(0), cache.generation);
  expect(cache.get('a', at(0))?.id).toBe(1);
});
