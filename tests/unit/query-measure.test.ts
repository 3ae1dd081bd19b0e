import 'reflect-metadata';
import { parse } from 'graphql';
import { buildAppSchema } from '../../server/graphql/schema';
import { PARTS } from '../../server/parts';
import { measureOperation } from '../../server/graphql/limits/query-measure';

/** Each fragment spreads the next `width` times: width^levels copies of the last one once expanded. */
function fragmentBomb(levels: number, width: number, last: string) {
  const spreads = (i: number) => Array.from({ length: width }, () => `...F${i + 1}`).join(' ');
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${spreads(i)} }`);
  return parse(['{ ...F0 }', ...fragments, `fragment F${levels} on Query { ${last} }`].join('\n'));
}

function measure(document: ReturnType<typeof parse>, variables = {}) {
  return buildAppSchema(PARTS).then((schema) => {
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return measureOperation(schema, document, operation as never, variables);
  });
}

test('a fragment spread 3^30 times is measured once per definition: the numbers are exact, and computing them is linear', async () => {
  // Expanded, this is 2 * 3^30 (about 4e14) fields: a walk over the expansion would never end.
  const result = await measure(fragmentBomb(30, 3, 'plans(first: 2) { totalCount }'));
  expect(result).toMatchObject({ fields: 2 * 3 ** 30, aliases: 0, depth: 2, cost: 2 * 3 ** 30 });
});

test('a fragment inside a page counts once per item of the page, as if it were written out', async () => {
  const inline = await measure(parse('{ tasks(first: 10) { nodes { assignments(first: 5) { nodes { role } } } } }'));
  const spread = await measure(
    parse('{ tasks(first: 10) { nodes { ...A } } } fragment A on Task { assignments(first: $n) { nodes { role } } }'),
    { n: 5 },
  );
  expect(spread).toEqual(inline);
  expect(inline).toMatchObject({ cost: 10 + 10 * 5, depth: 5, aliases: 0, fields: 5 });
});

test('a connection under a fragment on an interface is counted', async () => {
  const result = await measure(parse('{ node(id: "x") { ... on Node { ... on Task { assignments(first: 7) { nodes { role } } } } } }'));
  expect(result.cost).toBe(7);
});

describe('introspection is measured apart', () => {
  test("graphql-js's full introspection query is 15 levels of introspection and nothing of the rest", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const result = await measure(parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true, schemaDescription: true })));
    expect(result.introspection).toEqual({ depth: expect.any(Number), repeated: false });
    expect(result.introspection.depth).toBeLessThanOrEqual(20);
    expect(result).toMatchObject({ fields: 0, cost: 1 });
  });

  test('a list field under itself is flagged, through fragments too', async () => {
    const direct = await measure(parse('{ __schema { types { fields { type { fields { name } } } } } }'));
    expect(direct.introspection.repeated).toBe(true);
    const spread = await measure(parse('{ __type(name: "Task") { ...F } } fragment F on __Type { fields { type { ...G } } } fragment G on __Type { fields { name } }'));
    expect(spread.introspection.repeated).toBe(true);
  });

  test('the rest of a query with introspection in it is measured as usual', async () => {
    const result = await measure(parse('{ __schema { types { name } } tasks(first: 100) { nodes { assignments(first: 100) { nodes { role } } } } }'));
    expect(result).toMatchObject({ cost: 100 + 100 * 100, introspection: { depth: 3, repeated: false } });
  });
});
