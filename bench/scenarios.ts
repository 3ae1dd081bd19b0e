/** The scenarios of issues 5 and 11, as GraphQL queries and as the baseline's routes. */
export interface Scenario {
  id: 1 | 2 | 3 | 4 | 5 | 6 | 7;
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

/** Scenario 3 on the map after 1 July 2025: every period's figures carried onto the 37 new communes. */
export const ROLLUP_2026 = `{ indicator(code: "households-electricity") {
  rollup(level: COMMUNE, within: "06", geographyAsOf: "2026-01-01") { unit { code name } period { code } value numerator denominator sourceValues comparable } } }`;

/** Scenario 5's level without the crosswalk: each period on its own map, its communes. What the crosswalk itself costs is 5 against 6. */
export const ROLLUP_COMMUNES = `{ indicator(code: "households-electricity") {
  rollup(level: COMMUNE, within: "06") { unit { code name } period { code } value numerator denominator sourceValues comparable } } }`;

/** Ten indicators reported by the communes, SUM and RATIO (issue 14's analytics scenario). */
export const ANALYTICS_INDICATORS = [
  'villages-hard-surfaced-road',
  'households-electricity',
  'villages-community-house',
  'villages-arts-club',
  'em-hygienic-water',
  'em-television-radio',
  'households-resettled',
  'households-production-land',
  'households-residential-land',
  'households-housing',
];

/** 10 indicators x all periods x every district of the plan's area, built on the fly. */
export const ANALYTICS = `{ analytics(input: { indicators: ${JSON.stringify(ANALYTICS_INDICATORS)}, level: DISTRICT, within: "06" }) {
  rowCount rows { indicatorCode periodCode unitCode unitName value numerator denominator sourceValues } } }`;

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
    { id: 5, name: 'scenario 3 on the 2026 map: every period on the new communes', graphql: ROLLUP_2026, baselinePath: () => '/rollup-2026' },
    { id: 6, name: 'by commune, each period on its own map', graphql: ROLLUP_COMMUNES, baselinePath: () => '/rollup-communes' },
    { id: 7, name: 'analytics: 10 indicators x all periods x every district', graphql: ANALYTICS, baselinePath: () => '/analytics' },
  ];
}
