import { startTestApp, TestApp } from '../support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

const COMMUNES = `query ($first: Int, $after: String, $last: Int, $before: String) {
  administrativeUnits(filter: { level: COMMUNE, asOf: "2024-01-01" }, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { code } }
    nodes { code }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function page(variables: Record<string, unknown>) {
  const response = await api.graphql(COMMUNES, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.administrativeUnits;
}

test('paging forward through all 108 communes in pages of 7 loses and repeats nothing', async () => {
  const seen: string[] = [];
  let after: string | undefined;
  let pages = 0;
  for (;;) {
    const { nodes, edges, pageInfo, totalCount } = await page({ first: 7, after });
    expect(totalCount).toBe(108);
    expect(edges.map((e: any) => e.node.code)).toEqual(nodes.map((n: any) => n.code));
    seen.push(...nodes.map((n: any) => n.code));
    pages++;
    expect(pageInfo.hasPreviousPage).toBe(pages > 1);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(pages).toBe(Math.ceil(108 / 7));
  expect(seen).toHaveLength(108);
  expect(new Set(seen).size).toBe(108);
});

test('paging backward with last/before gives the same list in the same order', async () => {
  const firstHundred = await page({ first: 100 });
  const all = firstHundred.nodes.concat((await page({ first: 100, after: firstHundred.pageInfo.endCursor })).nodes);
  expect(all).toHaveLength(108);
  const seen: string[] = [];
  let before: string | undefined;
  for (;;) {
    const { nodes, pageInfo } = await page({ last: 10, before });
    seen.unshift(...nodes.map((n: any) => n.code));
    if (!pageInfo.hasPreviousPage) break;
    before = pageInfo.startCursor;
  }
  expect(seen).toEqual(all.map((n: any) => n.code));
});

test('after and before together bound a window', async () => {
  const first10 = await page({ first: 10 });
  const window = await page({ after: first10.edges[2].cursor, before: first10.edges[6].cursor });
  expect(window.nodes).toEqual(first10.nodes.slice(3, 6));
  expect(window.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
});

test('first: 0 returns no edges but still the total', async () => {
  const empty = await page({ first: 0 });
  expect(empty).toMatchObject({ totalCount: 108, nodes: [], pageInfo: { startCursor: null, endCursor: null, hasNextPage: true } });
});

test.each([
  [{ first: 101 }, '`first` must be between 0 and 100 (got 101).'],
  [{ last: 500 }, '`last` must be between 0 and 100 (got 500).'],
  [{ first: -1 }, '`first` must be between 0 and 100 (got -1).'],
  [{ first: 5, last: 5 }, 'Pass either `first` or `last`, not both.'],
])('%j is refused with BAD_USER_INPUT', async (variables, message) => {
  const response = await api.graphql(COMMUNES, variables);
  expect(response.data?.administrativeUnits ?? null).toBeNull();
  expect(response.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
});

test('a nested connection refuses more than 100 too', async () => {
  const response = await api.graphql(`{ tasks(first: 1) { nodes { assignments(first: 1000) { totalCount } } } }`);
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test.each(['not-a-cursor', 'WyJ4Il0', Buffer.from('[1,2,3]').toString('base64url'), ''])(
  'a cursor that is not one of this list (%s) is BAD_USER_INPUT',
  async (after) => {
    const response = await api.graphql(COMMUNES, { first: 5, after });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.status).toBe(200);
  },
);

test('nested connections page independently per parent', async () => {
  const response = await api.graphql(`{ administrativeUnits(filter: { level: DISTRICT }, first: 3) {
    nodes { code children(first: 2) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } } } }`);
  const districts = response.data!.administrativeUnits.nodes;
  expect(districts.map((d: any) => [d.code, d.children.totalCount, d.children.nodes.length])).toEqual([
    ['058', 8, 2],
    ['060', 10, 2],
    ['061', 15, 2],
  ]);
  const next = await api.graphql(`query ($after: String) { administrativeUnit(code: "060", asOf: "2024-01-01") { children(first: 2, after: $after) { nodes { code } } } }`, {
    after: districts[1].children.pageInfo.endCursor,
  });
  const firstTwo = districts[1].children.nodes.map((n: any) => n.code);
  const nextTwo = next.data!.administrativeUnit.children.nodes.map((n: any) => n.code);
  expect(nextTwo).toHaveLength(2);
  expect(nextTwo.some((code: string) => firstTwo.includes(code))).toBe(false);
});
