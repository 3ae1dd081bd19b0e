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

test('a page size that is not a finite number is as large as can be: refused by any cost limit, never NaN', async () => {
  for (const n of [Infinity, NaN]) {
    const result = await measure(parse('query($n: Int) { tasks(first: $n) { nodes { assignments(first: 2) { totalCount } } } }'), { n });
    expect(Number.isFinite(result.cost)).toBe(true);
    expect(result.cost).toBeGreaterThanOrEqual(Number.MAX_SAFE_INTEGER);
  }
});

test('a connection under a fragment on an interface is counted', async () => {
  const result = await measure(parse('{ node(id: "x") { ... on Node { ... on Task { assignments(first: 7) { nodes { role } } } } } }'));
  expect(result.cost).toBe(7);
});

/** Every object in an answer's lists: what the cost counts. */
function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + (item && typeof item === 'object' ? 1 + listItems(item) : 0), 0);
  return value && typeof value === 'object' ? Object.values(value).reduce((sum: number, item) => sum + listItems(item), 0) : 0;
}

const ALL_OPTIONS = { descriptions: true, specifiedByUrl: true, inputValueDeprecation: true, directiveIsRepeatable: true, schemaDescription: true, oneOf: true };

describe('introspection is measured apart', () => {
  test("graphql-js's full introspection query is one introspection of 15 levels, within its field allowance, costing exactly the items its answer lists", async () => {
    const { getIntrospectionQuery, graphql } = await import('graphql');
    const query = getIntrospectionQuery(ALL_OPTIONS);
    const result = await measure(parse(query));
    expect(result.introspection).toEqual({ depth: 15, repeated: false, roots: 1, fields: expect.any(Number) });
    expect(result.introspection.fields).toBeLessThan(500);
    expect(result).toMatchObject({ fields: 0, aliases: 0 });
    const answer = await graphql({ schema: await buildAppSchema(PARTS), source: query });
    // Types, their fields, arguments, input fields, enum values, interfaces, possible types, directives.
    expect(result.cost).toBe(listItems(answer.data));
  });

  test('a list field under itself is flagged, through fragments too', async () => {
    const direct = await measure(parse('{ __schema { types { fields { type { fields { name } } } } } }'));
    expect(direct.introspection.repeated).toBe(true);
    const spread = await measure(parse('{ __type(name: "Task") { ...F } } fragment F on __Type { fields { type { ...G } } } fragment G on __Type { fields { name } }'));
    expect(spread.introspection.repeated).toBe(true);
  });

  test('1,000 aliased `__schema` are 1,000 introspections and 1,000 aliases, measured without expanding the fragment', async () => {
    const T = 'fragment T on __Type { name kind description fields { name args { name } } }';
    const bomb = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __schema { types { ...T } }`).join(' ')} } ${T}`;
    const result = await measure(parse(bomb));
    expect(result.introspection).toMatchObject({ roots: 1000, fields: 1000 * 9 });
    expect(result.aliases).toBe(1000);
  });

  test('aliases of lists under aliases of lists, through fragments, are counted as written out', async () => {
    const ten = (item: (i: number) => string) => Array.from({ length: 10 }, (_, i) => item(i)).join(' ');
    const document = parse(`{ __schema { ...S } }
      fragment S on __Schema { ${ten((i) => `t${i}: types { ...T }`)} }
      fragment T on __Type { name ${ten((i) => `f${i}: fields { ...F }`)} }
      fragment F on __Field { name ${ten((i) => `a${i}: args { name description }`)} }`);
    const result = await measure(document);
    expect(result.aliases).toBe(10 + 10 * 10 + 10 * 10 * 10);
    expect(result.introspection.fields).toBe(1 + 10 * (2 + 10 * (2 + 10 * 3)));
  });

  test("one type asked by name counts the schema's longest lists: at least Query's fields", async () => {
    const result = await measure(parse('{ __type(name: "Query") { fields { name } } }'));
    const schema = await buildAppSchema(PARTS);
    expect(result.cost).toBeGreaterThanOrEqual(Object.keys(schema.getQueryType()!.getFields()).length);
    expect(result.introspection).toMatchObject({ roots: 1, fields: 3 });
  });

  test('the rest of a query with introspection in it is measured as usual, plus the items of the introspection', async () => {
    const result = await measure(parse('{ __schema { types { name } } tasks(first: 100) { nodes { assignments(first: 100) { nodes { role } } } } }'));
    const types = Object.keys((await buildAppSchema(PARTS)).getTypeMap()).length;
    expect(result).toMatchObject({ cost: types + 100 + 100 * 100, introspection: { depth: 3, repeated: false, roots: 1, fields: 3 } });
  });
});
