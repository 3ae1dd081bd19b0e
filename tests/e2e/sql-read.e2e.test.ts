import { Role } from '../../server/access/role';
import { ReportingClient, ValueInput } from '../support/reporting';
import { startTestApp, statementsDuring, TestApp } from '../support/test-app';

/**
 * A query whose every field SQL can read is answered in one statement
 * (server/graphql/sql-read): the same answer, to the byte where numbers are
 * written alike, as the resolvers give on the same database (SQL_READS=off).
 * Chợ Mới's committee (UBND-065) reports 2023-H2 for its communes.
 */
let api: TestApp;
let resolvers: TestApp;
let viewer: string;
let admin: ReportingClient;
let reporter: ReportingClient;
/** Chợ Mới's communes, as of 2023. */
let choMoiCommunes: string[];

beforeAll(async () => {
  api = await startTestApp();
  resolvers = await startTestApp({ sqlReads: false });
  viewer = await api.createUser(Role.VIEWER, 'sql-read-viewer');
  admin = new ReportingClient(api, await api.createUser(Role.ADMIN, 'sql-read-admin'));
  reporter = new ReportingClient(api, await api.createUser(Role.REPORTER, 'sql-read-ubnd-cho-moi', 'UBND-065'));
  const communes = await api.graphql(`{ administrativeUnit(code: "065", asOf: "2023-01-01") { children(first: 100) { nodes { code } } } }`);
  choMoiCommunes = communes.data!.administrativeUnit.children.nodes.map((c: any) => c.code);
  const values: ValueInput[] = choMoiCommunes.flatMap((unitCode, j) => [
    { indicatorCode: 'households-electricity', unitCode, numerator: 70 + j, denominator: 90 },
    { indicatorCode: 'households-housing', unitCode, value: j },
  ]);
  const report = await reporter.setValues(await reporter.createReport('UBND-065', '2023-H2'), values);
  await admin.accept(await reporter.submit(report));
  // The first request of a token also records its use: keep that out of the counts.
  await api.graphql(`{ viewer { login } }`, {}, viewer);
});
afterAll(() => Promise.all([api?.close(), resolvers?.close()]));

/** `token` null: without one. */
async function both(query: string, variables: Record<string, unknown> = {}, token: string | null = viewer) {
  const [read, resolved] = await Promise.all([api.graphql(query, variables, token ?? undefined), resolvers.graphql(query, variables, token ?? undefined)]);
  expect(read.errors).toEqual(resolved.errors);
  expect(read.data).toEqual(resolved.data);
  return { read, resolved };
}

const ROLLUP = `query($code: String!, $within: String, $level: AdministrativeLevel!) { indicator(code: $code) {
  code name aggregation
  rollup(level: $level, within: $within) { unit { code name level validFrom validTo } period { code kind year half } value numerator denominator sourceValues comparable } } }`;

test("Chợ Mới's roll-up by district is one statement, and the resolvers' answer", async () => {
  const { read, resolved } = await both(ROLLUP, { code: 'households-electricity', within: '065', level: 'DISTRICT' });
  const figures = read.data!.indicator.rollup;
  expect(figures.find((f: any) => f.period.code === '2023-H2')).toMatchObject({ unit: { code: '065', level: 'DISTRICT' }, comparable: true });
  expect(figures.find((f: any) => f.period.code === '2023-H2').sourceValues).toBeGreaterThan(0);
  // Token, then the indicator, its figures, their units and periods in one statement; the resolvers read the indicator first.
  expect(read.statements).toBe(2);
  expect(resolved.statements).toBe(3);
});

test('a RATIO figure keeps its numerator and denominator, a SUM figure gives none, as the resolvers do', async () => {
  const ratio = await both(ROLLUP, { code: 'households-electricity', within: '065', level: 'DISTRICT' });
  const sum = await both(ROLLUP, { code: 'households-housing', within: '065', level: 'DISTRICT' });
  const of = (r: any) => r.read.data.indicator.rollup.find((f: any) => f.period.code === '2023-H2');
  expect(of(ratio).numerator).toBeGreaterThan(0);
  expect(of(ratio).value).toBeCloseTo((100 * of(ratio).numerator) / of(ratio).denominator, 6);
  expect(of(sum)).toMatchObject({ numerator: null, denominator: null });
});

test('aliases, fragments and __typename are read in SQL too', async () => {
  const query = `query { first: indicator(code: "households-housing") { ...Named rollup(level: PROVINCE) { __typename figure: value period { code } } }
    missing: indicator(code: "no-such-indicator") { code } }
    fragment Named on Indicator { __typename code label: name }`;
  const { read } = await both(query);
  expect(read.data!.missing).toBeNull();
  expect(read.data!.first).toMatchObject({ __typename: 'Indicator', code: 'households-housing' });
  expect(read.statements).toBe(2);
});

test('what SQL does not read goes to the resolvers whole: a computed field, a directive, another status', async () => {
  const computed = await both(`{ indicator(code: "households-housing") { code progress { status } } }`);
  const directive = await both(`query($yes: Boolean!) { indicator(code: "households-housing") { code name @include(if: $yes) } }`, { yes: false });
  const submitted = await both(`{ indicator(code: "households-housing") { rollup(level: DISTRICT, reportStatus: SUBMITTED) { value } } }`);
  for (const { read, resolved } of [computed, directive, submitted]) expect(read.statements).toBe(resolved.statements);
  expect(directive.read.data!.indicator).toEqual({ code: 'households-housing' });
});

/** Requests answered from a kept statement without GraphQL so far (kept-answers.ts). */
async function keptSoFar(app: TestApp): Promise<number> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  return Number(/^graphql_kept_answers_total (\d+)$/m.exec(text)![1]);
}

/** Whether one of the statements sends a list as rows of their own (list-stream.ts). */
const asRows = (texts: string[]) => texts.some((sql) => /union all\s*\(select 1,/.test(sql));

test("Chợ Mới's roll-up by commune is one statement, its figures sent as rows of their own, then, asked again, aggregated by PostgreSQL", async () => {
  const variables = { code: 'households-electricity', within: '065', level: 'COMMUNE' };
  const asks: Array<{ texts: string[]; read: Awaited<ReturnType<typeof both>>['read'] }> = [];
  for (let i = 0; i < 3; i++) {
    const { texts, result } = await statementsDuring(api, () => both(ROLLUP, variables));
    asks.push({ texts, read: result.read });
  }
  const figures = asks[0].read.data!.indicator.rollup;
  expect(figures.filter((f: any) => f.period.code === '2023-H2').length).toBeGreaterThan(10);
  expect(figures.every((f: any) => f.unit.level === 'COMMUNE')).toBe(true);
  for (const { read } of asks) {
    expect(read.data).toEqual(asks[0].read.data);
    expect(read.statements).toBe(2);
  }
  // Written once and kept: asked again, its few figures are aggregated from then on.
  expect(asks.map(({ texts }) => asRows(texts))).toEqual([true, true, false]);
  expect(asks[2].texts.some((sql) => /string_agg/.test(sql))).toBe(true);
});

test('a statement kept for a caller with a token is not the answer to one without, nor the other way round', async () => {
  const variables = { code: 'households-housing', within: '065', level: 'COMMUNE' };
  const withToken = await both(ROLLUP, variables);
  const without = await both(ROLLUP, variables, null);
  const again = await both(ROLLUP, variables);
  const withoutAgain = await both(ROLLUP, variables, null);
  expect(withToken.read.data!.indicator.code).toBe('households-housing');
  expect(again.read.data).toEqual(withToken.read.data);
  for (const refused of [without, withoutAgain]) expect(refused.read.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('a second roll-up in the same query is written inside the statement, and both are as the resolvers give them', async () => {
  const { read } = await both(`{ indicator(code: "households-electricity") {
    communes: rollup(level: COMMUNE, within: "065") { unit { code } period { code } value }
    districts: rollup(level: DISTRICT, within: "065") { unit { code } period { code } value numerator } } }`);
  expect(read.data!.indicator.communes.length).toBeGreaterThan(read.data!.indicator.districts.length);
  expect(read.statements).toBe(2);
});

test('a roll-up by commune with no figure to show, or under no indicator, answers as the resolvers do', async () => {
  // No accepted figure of this indicator in Chợ Mới's communes: the resolvers explain the empty list.
  const empty = await both(`{ indicator(code: "em-poverty-rate") { code rollup(level: COMMUNE, within: "065") { value } } }`);
  const missing = await both(`{ indicator(code: "no-such-indicator") { rollup(level: COMMUNE, within: "065") { value } } }`);
  expect(missing.read.data!.indicator).toBeNull();
  // No indicator, so no place for the figures: the statement's answer stands, and its streamed rows are not shown.
  expect(missing.read.statements).toBe(2);
  expect(empty.read.statements).toBe(empty.resolved.statements + 1);
});

test('a roll-up without a token is refused as the resolvers refuse it', async () => {
  const { read } = await both(ROLLUP, { code: 'households-housing', within: '065', level: 'DISTRICT' }, null);
  expect(read.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('a statement kept for the day is written again the next: from 1 July 2025 Đồng Tâm\'s code names Chợ Mới commune', async () => {
  let now = new Date('2025-06-30T12:00:00Z');
  const clock = () => now;
  const [reads, resolving] = await Promise.all([startTestApp({ clock }), startTestApp({ clock, sqlReads: false })]);
  try {
    const token = await reads.createUser(Role.VIEWER, 'sql-read-day-viewer');
    const ask = async () => {
      const variables = { code: 'households-electricity', within: '02086', level: 'COMMUNE' };
      const { texts, result } = await statementsDuring(reads, () => Promise.all([reads.graphql(ROLLUP, variables, token), resolving.graphql(ROLLUP, variables, token)]));
      const [read, resolved] = result;
      expect(read.data).toEqual(resolved.data);
      expect(read.errors).toEqual(resolved.errors);
      return { units: read.data!.indicator.rollup.map((f: any) => `${f.unit.name} ${f.period.code}`), asRows: asRows(texts) };
    };
    // The roll-up within a code reads that code's unit on today's map: on 30 June 2025 the town of Đồng Tâm...
    const june = [await ask(), await ask(), await ask()];
    for (const { units } of june) expect(units).toEqual(['Thị trấn Đồng Tâm 2023-H2']);
    expect(june.map((answer) => answer.asRows)).toEqual([true, true, false]);
    // ...the next day Chợ Mới commune, made of it, Như Cố and Quảng Chu: a statement written afresh.
    now = new Date('2025-07-01T12:00:00Z');
    const keptInJune = await keptSoFar(reads);
    expect(keptInJune).toBe(1);
    const july = await ask();
    // June's kept answer (the third ask) is not July's.
    expect(await keptSoFar(reads)).toBe(keptInJune);
    expect(july.units).toEqual(['Thị trấn Đồng Tâm 2023-H2', 'Xã Như Cố 2023-H2', 'Xã Quảng Chu 2023-H2']);
    expect(july.asRows).toBe(true);
  } finally {
    await Promise.all([reads.close(), resolving.close()]);
  }
});

test('a roll-up within a code no unit has is still explained as bad input', async () => {
  const { read } = await both(ROLLUP, { code: 'households-housing', within: '999', level: 'DISTRICT' });
  expect(read.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'within' } });
});

const VALUES = `query($first: Int, $after: String) { indicatorValues(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id __typename indicatorCode indicatorName unitCode unitName unitLevel periodCode bodyCode reportStatus sex ethnicGroup value numerator denominator } } } }`;

test('a BI page of values with its indicators, units, reports, periods and bodies is one statement, page after page', async () => {
  const first = await both(VALUES, { first: 20 });
  const page = first.read.data!.indicatorValues;
  expect(page.edges).toHaveLength(20);
  expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  const second = await both(VALUES, { first: 20, after: page.pageInfo.endCursor });
  expect(second.read.data!.indicatorValues.pageInfo.hasPreviousPage).toBe(true);
  expect(second.read.data!.indicatorValues.edges[0].cursor).not.toBe(page.pageInfo.endCursor);
  // Token, then the page, its total and every value's related rows in one statement; the resolvers read them one by one.
  expect(first.read.statements).toBe(2);
  expect(first.resolved.statements).toBeGreaterThanOrEqual(7);
});

test('an empty page still says where it sits, and the end of the list has no next page', async () => {
  const empty = await both(VALUES, { first: 0 });
  expect(empty.read.data!.indicatorValues.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  const total = empty.read.data!.indicatorValues.totalCount;
  const end = await both(`query { indicatorValues(last: 1) { edges { cursor } } }`);
  const tail = await both(VALUES, { first: 5, after: end.read.data!.indicatorValues.edges[0].cursor });
  expect(tail.read.data!.indicatorValues).toMatchObject({ totalCount: total, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
});

test('a cursor or a size the API refuses is refused as the resolvers refuse it', async () => {
  const badCursor = await both(VALUES, { first: 5, after: 'not-a-cursor' });
  expect(badCursor.read.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  const tooMany = await both(VALUES, { first: 101 });
  expect(tooMany.read.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
});

const BODIES = `query($after: String) { responsibleBodies(first: 30, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id code name kind assignments(first: 20) { edges { cursor node { role key task { code title indicators(first: 10) { nodes { code name unit } } } } } } } } }`;

test('bodies with their duties, tasks and indicators are one statement, nested lists paged per parent', async () => {
  const first = await both(BODIES);
  const bodies = first.read.data!.responsibleBodies.nodes;
  expect(bodies).toHaveLength(30);
  const withDuties = bodies.filter((b: any) => b.assignments.edges.length > 0);
  expect(withDuties.length).toBeGreaterThan(5);
  expect(withDuties.some((b: any) => b.assignments.edges.some((e: any) => e.node.task === null))).toBe(true);
  expect(withDuties.some((b: any) => b.assignments.edges.some((e: any) => e.node.task?.indicators.nodes.length > 0))).toBe(true);
  // Token, then bodies, duties, tasks and indicators in one statement; the resolvers read one list per depth.
  expect(first.read.statements).toBe(2);
  expect(first.resolved.statements).toBe(4);
  await both(BODIES, { after: first.read.data!.responsibleBodies.pageInfo.endCursor });
});

test("a nested list's page info or total, and a filtered list, are the resolvers' to read", async () => {
  const nestedTotal = await both(`{ responsibleBodies(first: 3) { nodes { assignments(first: 1) { totalCount pageInfo { hasNextPage } } } } }`);
  const filtered = await both(`{ responsibleBodies(first: 3, filter: { kind: DEPARTMENT }) { nodes { code } } }`);
  expect(nestedTotal.read.statements).toBe(nestedTotal.resolved.statements);
  expect(filtered.read.statements).toBe(filtered.resolved.statements);
  expect(filtered.read.data!.responsibleBodies.nodes.length).toBeGreaterThan(0);
});

const ANALYTICS = `query($input: AnalyticsInput!) { analytics(input: $input) {
  rowCount rows { indicatorCode indicatorName periodCode unitCode unitName unitLevel parentUnitCode parentUnitName sex ethnicGroup value numerator denominator sourceValues comparable } } }`;

test("analytics of Chợ Mới's communes, and of every district, are one statement each, in the resolvers' order", async () => {
  const communes = await both(ANALYTICS, { input: { indicators: ['households-housing', 'households-electricity'], level: 'COMMUNE', within: '065', periods: ['2023-H2'] } });
  const rows = communes.read.data!.analytics.rows;
  expect(rows.length).toBeGreaterThan(2);
  expect(rows[0]).toMatchObject({ indicatorCode: 'households-housing', parentUnitCode: '065', unitLevel: 'COMMUNE', numerator: null });
  expect(rows[rows.length - 1]).toMatchObject({ indicatorCode: 'households-electricity' });
  expect(rows[rows.length - 1].numerator).toBeGreaterThan(0);
  const districts = await both(ANALYTICS, { input: { indicators: ['households-electricity', 'households-housing'], level: 'DISTRICT', within: '06' } });
  expect(districts.read.data!.analytics.rowCount).toBe(districts.read.data!.analytics.rows.length);
  // The resolvers read the figures, then their indicators, units and periods, then the units' parents: five statements for one
  // (the cost limit's count of the communes in Chợ Mới comes before, on either path).
  for (const { read, resolved } of [communes, districts]) expect(read.statements).toBe(resolved.statements - 4);
  expect(districts.read.statements).toBe(2);
});

test('analytics that must explain themselves (a code that names nothing, a breakdown without figures) go to the resolvers', async () => {
  const unknown = await both(ANALYTICS, { input: { indicators: ['households-housing', 'no-such-indicator'] } });
  expect(unknown.read.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'indicators' } });
  const tooMany = await both(ANALYTICS, { input: { indicators: ['households-housing'], periods: Array.from({ length: 31 }, (_, i) => `p${i}`) } });
  expect(tooMany.read.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const bySex = await both(ANALYTICS, { input: { indicators: ['households-housing'], level: 'COMMUNE', within: '065', breakdown: ['SEX'] } });
  expect(bySex.read.statements).toBe(bySex.resolved.statements + 1);
});

describe('kept answers: a request asked again is answered from its kept statement, without GraphQL', () => {
  // Asked by no test before these: no statement is kept for them yet.
  const BAC_KAN_DISTRICTS = { code: 'households-electricity', within: '06', level: 'DISTRICT' };
  const BAC_KAN_HOUSING = { code: 'households-housing', within: '06', level: 'DISTRICT' };

  /** The request as a client sends it, with the answer's bytes and headers. */
  async function ask(app: TestApp, variables: Record<string, unknown>, token: string | null, accept = 'application/json') {
    const response = await fetch(app.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: ROLLUP, variables }),
    });
    return { status: response.status, headers: Object.fromEntries(response.headers), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** What differs from one answer to the next whoever answers: the request's ID, and where the budget stands. */
  const stable = (headers: Record<string, string>) => {
    const { 'x-request-id': id, 'x-ratelimit-remaining': remaining, 'x-ratelimit-used': used, date, ...rest } = headers;
    return rest;
  };

  test("Bắc Kạn's roll-up by district asked four times: the third and fourth answers are kept ones, byte for byte and header for header GraphQL's", async () => {
    const token = await api.createUser(Role.VIEWER, 'kept-answer-viewer');
    const before = await keptSoFar(api);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask(api, BAC_KAN_DISTRICTS, token));
    // The first writes the statement, the second finds it kept and keeps the answer; the next two are answered from it.
    expect((await keptSoFar(api)) - before).toBe(2);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.bytes.equals(answers[0].bytes)).toBe(true);
      expect(stable(answer.headers)).toEqual(stable(answers[0].headers));
    }
    expect(JSON.parse(answers[0].bytes.toString()).data.indicator.rollup.length).toBeGreaterThan(0);
    // Each is charged what GraphQL charged, once.
    const used = answers.map((answer) => Number(answer.headers['x-ratelimit-used']));
    const cost = Number(answers[0].headers['x-query-cost']);
    expect(used.slice(1).map((u, i) => u - used[i])).toEqual([cost, cost, cost]);
  });

  test('a kept answer is its own request\'s: another Accept, other variables, another role are answered by GraphQL', async () => {
    const viewerToken = await api.createUser(Role.VIEWER, 'kept-answer-viewer-2');
    const adminToken = await api.createUser(Role.ADMIN, 'kept-answer-admin');
    for (let i = 0; i < 3; i++) await ask(api, BAC_KAN_HOUSING, viewerToken);
    const before = await keptSoFar(api);
    const otherAccept = await ask(api, BAC_KAN_HOUSING, viewerToken, 'application/graphql-response+json');
    const otherVariables = await ask(api, { ...BAC_KAN_HOUSING, within: '065' }, viewerToken);
    const otherRole = await ask(api, BAC_KAN_HOUSING, adminToken);
    expect(await keptSoFar(api)).toBe(before);
    // Asked again, the same request is: the count shows the test can see a kept answer.
    await ask(api, BAC_KAN_HOUSING, viewerToken);
    expect(await keptSoFar(api)).toBe(before + 1);
    expect(otherAccept.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(JSON.parse(otherVariables.bytes.toString()).data.indicator.rollup.every((f: any) => f.unit.code === '065')).toBe(true);
    expect(otherRole.status).toBe(200);
  });

  test('a caller whose budget is spent is refused by the kept path as GraphQL refuses, charged once', async () => {
    const limited = await startTestApp({ limits: { rateLimitPoints: 4 } });
    try {
      const token = await limited.createUser(Role.VIEWER, 'kept-answer-limited');
      const before = await keptSoFar(limited);
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await ask(limited, BAC_KAN_DISTRICTS, token));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429, 429]);
      // The third and fourth were kept answers; the fifth and sixth, refused, went back to GraphQL.
      expect((await keptSoFar(limited)) - before).toBe(2);
      expect(answers.map((a) => Number(a.headers['x-ratelimit-used']))).toEqual([1, 2, 3, 4, 5, 6]);
      const refusal = JSON.parse(answers[4].bytes.toString());
      expect(refusal.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(answers[4].headers['retry-after'])).toBeGreaterThan(0);
      expect(answers[5].bytes.toString()).toBe(answers[4].bytes.toString());
    } finally {
      await limited.close();
    }
  });

  test('a kept answer reads the rows again: a report accepted after it was kept is in its next answer', async () => {
    const token = await api.createUser(Role.VIEWER, 'kept-answer-viewer-3');
    const periodsOf = (answer: { bytes: Buffer }) => JSON.parse(answer.bytes.toString()).data.indicator.rollup.map((f: any) => f.period.code);
    const choMoi = { code: 'households-electricity', within: '065', level: 'DISTRICT' };
    await ask(api, choMoi, token);
    const kept = await ask(api, choMoi, token);
    expect(periodsOf(kept)).not.toContain('2024-H1');
    const values = choMoiCommunes.map((unitCode) => ({ indicatorCode: 'households-electricity', unitCode, numerator: 80, denominator: 90 }));
    await admin.accept(await reporter.submit(await reporter.setValues(await reporter.createReport('UBND-065', '2024-H1'), values)));
    const before = await keptSoFar(api);
    const after = await ask(api, choMoi, token);
    expect((await keptSoFar(api)) - before).toBe(1);
    expect(periodsOf(after)).toEqual([...periodsOf(kept), '2024-H1']);
  });

  test('never kept: a GET, a batch, a request with extensions, and variables GraphQL refuses (1e400)', async () => {
    const token = await api.createUser(Role.VIEWER, 'kept-answer-viewer-4');
    const before = await keptSoFar(api);
    const post = (body: string) => fetch(api.app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const get = () =>
      fetch(`${api.app.url}?query=${encodeURIComponent(ROLLUP)}&variables=${encodeURIComponent(JSON.stringify(BAC_KAN_HOUSING))}`, { headers: { authorization: `Bearer ${token}` } });
    const batch = JSON.stringify([{ query: ROLLUP, variables: BAC_KAN_HOUSING }]);
    const withExtensions = JSON.stringify({ query: ROLLUP, variables: BAC_KAN_HOUSING, extensions: {} });
    for (let i = 0; i < 3; i++) {
      for (const response of [await get(), await post(batch), await post(withExtensions)]) expect(response.status).toBe(200);
    }
    expect(await keptSoFar(api)).toBe(before);
    // `within: null` is kept (a roll-up of the whole country), then the same text with a number no double holds must still be refused.
    const whole = JSON.stringify({ query: ROLLUP, variables: { ...BAC_KAN_HOUSING, within: null } });
    for (let i = 0; i < 3; i++) expect((await post(whole)).status).toBe(200);
    expect(await keptSoFar(api)).toBe(before + 1);
    const tooLarge = await post(whole.replace('"within":null', '"within":1e400'));
    expect(tooLarge.status).toBe(400);
    expect(((await tooLarge.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
