/**
 * The peer: PostGraphile v5 over the same database (bench/peers/postgraphile/,
 * its own install). For each scenario, the GraphQL a PostGraphile client sends
 * for the same answer, and `normalizePeer`, which maps the peer's `data` to the
 * shape and values our API returns as `data`, so that API, peer and floor can
 * be checked deep-equal (row order included). Nothing here imports PostGraphile.
 *
 * What PostGraphile cannot express by itself is in peers/postgraphile/peer.sql,
 * in the schema bench_peer: the province's consolidated series (a computed
 * column), a task's indicators in catalogue order (a computed column), one
 * function per roll-up scenario and one for the analytics.
 */
import { createHash } from 'node:crypto';
import { Comparator, MeasureKind } from '../server/indicators/indicator.enums';
import { assessProgress, Observation, TargetRule } from '../server/reporting/progress/progress-rule';
import { ANALYTICS_INDICATORS, valueCursor } from './scenarios';

export interface PeerQuery {
  query: string;
  /** Variables per request, as the scenario's own (scenario 4 walks through the same ids). */
  variables?: (i: number, afterIds: number[]) => Record<string, unknown>;
}

/** The day scenario 1 judges progress on, as our DASHBOARD query asks. */
const AS_OF = '2031-01-01';

/**
 * Scenario 4 pages with PostGraphile's own keyset cursor on the primary key.
 * Chosen over a function `values_after(after int)` because this is how a
 * PostGraphile client pages, and it is the same plan as our API's (`id > $1
 * order by id limit 101` on the primary key index); a set-returning function
 * would be called and read through `row_number()`, a different statement.
 * A v5 cursor is base64(JSON [digest, ...order values]); the digest is the
 * first 10 hex digits of the SHA-256 of the JSON list of the ORDER BY
 * fragments PostGraphile compiles, here `__indicator_value__."id"` for
 * `orderBy: PRIMARY_KEY_ASC` (@dataplan/pg `getOrderByDigest`). A cursor whose
 * digest does not match is refused with an error, and the bench's answer
 * check (answers.ts) compares the peer's page with the API's before timing,
 * so a change in a later PostGraphile cannot go unnoticed.
 */
const VALUE_ORDER_DIGEST = createHash('sha256').update(JSON.stringify(['__indicator_value__."id"'])).digest('hex').slice(0, 10);

/** The peer's cursor for the row after which a page starts (our API's `valueCursor(id)`). */
export function peerValueCursor(id: number): string {
  return Buffer.from(JSON.stringify([VALUE_ORDER_DIGEST, id])).toString('base64');
}

const PEER_DASHBOARD = `{ allIndicators(first: 50, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { code name unit measureKind
  targetsByIndicatorId(orderBy: YEAR_ASC) { nodes { year comparator value valueMax baselineValue baselineYear validFrom } }
  provinceSeries(province: "06", asOf: "${AS_OF}") { nodes { value reportByReportId { reportingPeriodByPeriodId { code endDate } } } } } } }`;

const PEER_NESTED_GRAPH = `{ allResponsibleBodies(first: 30, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { code name
  assignmentsByBodyId(first: 20, orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { role
    taskByTaskId { code title indicators(first: 10) { nodes { code name } } } } } } } }`;

const PEER_ROLLUP = `{ benchPeerRollupDistricts(indicatorCode: "households-electricity", within: "06") {
  nodes { unitCode unitName periodCode value numerator denominator sourceValues } } }`;

const PEER_VALUES_PAGE = `query($after: Cursor) { allIndicatorValues(first: 100, after: $after, orderBy: PRIMARY_KEY_ASC) {
  pageInfo { hasNextPage }
  nodes { rowId sex ethnicGroup value numerator denominator
    indicatorByIndicatorId { code }
    administrativeUnitByAdministrativeUnitId { code name level }
    reportByReportId { status reportingPeriodByPeriodId { code } responsibleBodyByBodyId { code } } } } }`;

const PEER_ROLLUP_2026 = `{ benchPeerRollupCommunes(indicatorCode: "households-electricity", within: "06", onCurrentMap: true) {
  nodes { unitCode unitName periodCode value numerator denominator sourceValues comparable } } }`;

const PEER_ROLLUP_COMMUNES = `{ benchPeerRollupCommunes(indicatorCode: "households-electricity", within: "06", onCurrentMap: false) {
  nodes { unitCode unitName periodCode value numerator denominator sourceValues comparable } } }`;

const PEER_ANALYTICS = `{ benchPeerAnalyticsDistricts(indicatorCodes: ${JSON.stringify(ANALYTICS_INDICATORS)}, within: "06") {
  nodes { indicatorCode periodCode unitCode unitName value numerator denominator sourceValues } } }`;

/** The peer's query per scenario (bench/scenarios.ts). */
export const PEER_QUERIES: Record<number, PeerQuery> = {
  1: { query: PEER_DASHBOARD },
  2: { query: PEER_NESTED_GRAPH },
  3: { query: PEER_ROLLUP },
  4: { query: PEER_VALUES_PAGE, variables: (i, afterIds) => ({ after: peerValueCursor(afterIds[i % afterIds.length]) }) },
  5: { query: PEER_ROLLUP_2026 },
  6: { query: PEER_ROLLUP_COMMUNES },
  7: { query: PEER_ANALYTICS },
};

// ---------------------------------------------------------------------------
// The peer's answers, as PostGraphile returns them. BigFloat (numeric) and
// BigInt (bigint) come as strings; Int, Boolean and String as themselves.

type Decimal = string | null;

interface Nodes<T> {
  nodes: T[];
}

interface PeerTarget {
  year: number;
  comparator: string;
  value: string;
  valueMax: Decimal;
  baselineValue: Decimal;
  baselineYear: number | null;
  validFrom: string | null;
}

interface PeerIndicator {
  code: string;
  name: string;
  unit: string;
  measureKind: string;
  targetsByIndicatorId: Nodes<PeerTarget>;
  provinceSeries: Nodes<{ value: string; reportByReportId: { reportingPeriodByPeriodId: { code: string; endDate: string } } }>;
}

interface PeerBody {
  code: string;
  name: string;
  assignmentsByBodyId: Nodes<{
    role: string;
    taskByTaskId: { code: string; title: string; indicators: Nodes<{ code: string; name: string }> } | null;
  }>;
}

interface PeerFigure {
  unitCode: string;
  unitName: string;
  periodCode: string;
  value: Decimal;
  numerator: Decimal;
  denominator: Decimal;
  sourceValues: number;
  comparable?: boolean;
}

interface PeerValue {
  rowId: number;
  sex: string | null;
  ethnicGroup: string | null;
  value: Decimal;
  numerator: Decimal;
  denominator: Decimal;
  indicatorByIndicatorId: { code: string };
  administrativeUnitByAdministrativeUnitId: { code: string; name: string; level: string };
  reportByReportId: { status: string; reportingPeriodByPeriodId: { code: string }; responsibleBodyByBodyId: { code: string } };
}

interface PeerAnalyticsRow {
  indicatorCode: string;
  periodCode: string;
  unitCode: string;
  unitName: string;
  value: Decimal;
  numerator: Decimal;
  denominator: Decimal;
  sourceValues: number;
}

/** A decimal as our API gives it: a float (JavaScript's nearest double to the exact value), or null. */
function num(value: Decimal): number | null {
  return value === null ? null : Number(value);
}

/** Today in Vietnam, as our API's `today` (targets without `asOf` are those in force today). */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function inForce(target: PeerTarget, day: string): boolean {
  return target.validFrom === null || target.validFrom <= day;
}

function dashboard(data: { allIndicators: Nodes<PeerIndicator> }) {
  const today = vietnamToday();
  return {
    indicators: {
      nodes: data.allIndicators.nodes.map((indicator) => {
        const targets = indicator.targetsByIndicatorId.nodes;
        const observations: Array<Observation & { period: string }> = indicator.provinceSeries.nodes.map((v) => ({
          value: Number(v.value),
          date: v.reportByReportId.reportingPeriodByPeriodId.endDate,
          period: v.reportByReportId.reportingPeriodByPeriodId.code,
        }));
        const latest = observations[observations.length - 1];
        // As our API: the province is judged by every target in force at its latest figure's date
        // (or `asOf` without one). Target revisions are not read: the bench database has none.
        const judgedOn = latest?.date ?? AS_OF;
        const rules: TargetRule[] = targets
          .filter((t) => inForce(t, judgedOn))
          .map((t) => ({
            year: t.year,
            comparator: t.comparator as Comparator,
            value: Number(t.value),
            valueMax: num(t.valueMax),
            baselineValue: num(t.baselineValue),
            baselineYear: t.baselineYear,
          }));
        const assessed = assessProgress(indicator.measureKind as MeasureKind, rules, observations, AS_OF);
        return {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          targets: targets
            .filter((t) => inForce(t, today))
            .map((t) => ({ year: t.year, comparator: t.comparator, value: Number(t.value), valueMax: num(t.valueMax) })),
          progress: {
            status: assessed.status,
            value: latest?.value ?? null,
            // Our API rounds the expected value to 4 decimals (progress.service.ts).
            expectedValue: assessed.expected === null ? null : Math.round(assessed.expected * 10_000) / 10_000,
            period: latest ? { code: latest.period } : null,
          },
        };
      }),
    },
  };
}

function nestedGraph(data: { allResponsibleBodies: Nodes<PeerBody> }) {
  return {
    responsibleBodies: {
      nodes: data.allResponsibleBodies.nodes.map((body) => ({
        code: body.code,
        name: body.name,
        assignments: {
          nodes: body.assignmentsByBodyId.nodes.map((a) => ({
            role: a.role,
            task: a.taskByTaskId
              ? {
                  code: a.taskByTaskId.code,
                  title: a.taskByTaskId.title,
                  indicators: { nodes: a.taskByTaskId.indicators.nodes.map((i) => ({ code: i.code, name: i.name })) },
                }
              : null,
          })),
        },
      })),
    },
  };
}

function rollup(figures: PeerFigure[], withComparable: boolean) {
  return {
    indicator: {
      rollup: figures.map((f) => ({
        unit: { code: f.unitCode, name: f.unitName },
        period: { code: f.periodCode },
        value: num(f.value),
        numerator: num(f.numerator),
        denominator: num(f.denominator),
        sourceValues: f.sourceValues,
        ...(withComparable ? { comparable: f.comparable } : {}),
      })),
    },
  };
}

function valuesPage(data: { allIndicatorValues: { pageInfo: { hasNextPage: boolean }; nodes: PeerValue[] } }) {
  const nodes = data.allIndicatorValues.nodes;
  const last = nodes[nodes.length - 1];
  return {
    indicatorValues: {
      // Our API's end cursor is its own encoding of the last row's id.
      pageInfo: { endCursor: last ? valueCursor(last.rowId) : null, hasNextPage: data.allIndicatorValues.pageInfo.hasNextPage },
      nodes: nodes.map((v) => ({
        // Our API's global ID: base64url (no padding) of "IndicatorValue:<id>".
        id: Buffer.from(`IndicatorValue:${v.rowId}`).toString('base64url'),
        indicatorCode: v.indicatorByIndicatorId.code,
        unitCode: v.administrativeUnitByAdministrativeUnitId.code,
        unitName: v.administrativeUnitByAdministrativeUnitId.name,
        unitLevel: v.administrativeUnitByAdministrativeUnitId.level,
        periodCode: v.reportByReportId.reportingPeriodByPeriodId.code,
        bodyCode: v.reportByReportId.responsibleBodyByBodyId.code,
        reportStatus: v.reportByReportId.status,
        sex: v.sex,
        ethnicGroup: v.ethnicGroup,
        value: num(v.value),
        numerator: num(v.numerator),
        denominator: num(v.denominator),
      })),
    },
  };
}

function analytics(data: { benchPeerAnalyticsDistricts: Nodes<PeerAnalyticsRow> }) {
  const rows = data.benchPeerAnalyticsDistricts.nodes.map((r) => ({
    indicatorCode: r.indicatorCode,
    periodCode: r.periodCode,
    unitCode: r.unitCode,
    unitName: r.unitName,
    value: num(r.value),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
    sourceValues: r.sourceValues,
  }));
  // Our API's rowCount is the number of rows it returns: counted here, not asked of the peer
  // (a `totalCount` would cost the peer a second count of the same set).
  return { analytics: { rowCount: rows.length, rows } };
}

/** The peer's `data` for a scenario, in exactly the shape and values of our API's `data`. */
export function normalizePeer(scenarioId: number, data: unknown): unknown {
  const d = data as any;
  switch (scenarioId) {
    case 1:
      return dashboard(d);
    case 2:
      return nestedGraph(d);
    case 3:
      return rollup(d.benchPeerRollupDistricts.nodes, false);
    case 4:
      return valuesPage(d);
    case 5:
      return rollup(d.benchPeerRollupCommunes.nodes, true);
    case 6:
      return rollup(d.benchPeerRollupCommunes.nodes, true);
    case 7:
      return analytics(d);
    default:
      throw new Error(`no peer query for scenario ${scenarioId}`);
  }
}
