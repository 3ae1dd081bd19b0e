/** The four scenarios of issue 5, as GraphQL queries and as the baseline's routes. */
export interface Scenario {
  id: 1 | 2 | 3 | 4;
  name: string;
  graphql: string;
  /** Variables per request; scenario 4 walks through cursors. */
  variables?: (i: number) => Record<string, unknown>;
  baselinePath: (i: number) => string;
}

export const DASHBOARD = `{ indicators(first: 50) { nodes { code name unit
  targets { year comparator value valueMax }
  progress(asOf: "2031-01-01") { status value expectedValue period { code } } } } }`;

export const NESTED_GRAPH = `{ responsibleBodies(first: 30) { nodes { code name
  assignments(first: 20) { nodes { role task { code title indicators(first: 10) { nodes { code name } } } } } } } }`;

export const ROLLUP = `{ indicator(code: "households-electricity") {
  rollup(level: DISTRICT, within: "06") { unit { code name } period { code } value numerator denominator sourceValues } } }`;

export const VALUES_PAGE = `query($after: String) { indicatorValues(first: 100, after: $after) {
  pageInfo { endCursor hasNextPage }
  nodes { id indicatorCode unitCode unitName unitLevel periodCode bodyCode reportStatus sex ethnicGroup value numerator denominator } } }`;

/** A cursor of the values list is the base64url JSON of the row's id. */
export function valueCursor(id: number): string {
  return Buffer.from(JSON.stringify([id])).toString('base64url');
}

export function scenarios(afterIds: number[]): Scenario[] {
  const pick = (i: number) => afterIds[i % afterIds.length];
  return [
    { id: 1, name: 'dashboard: 47 indicators, targets, province progress', graphql: DASHBOARD, baselinePath: () => '/dashboard' },
    { id: 2, name: 'nested graph: bodies > assignments > tasks > indicators', graphql: NESTED_GRAPH, baselinePath: () => '/graph' },
    { id: 3, name: 'one indicator rolled up by district, all periods', graphql: ROLLUP, baselinePath: () => '/rollup' },
    {
      id: 4,
      name: 'BI paging: indicatorValues, 100 a page',
      graphql: VALUES_PAGE,
      variables: (i) => ({ after: valueCursor(pick(i)) }),
      baselinePath: (i) => `/values?after=${pick(i)}`,
    },
  ];
}
