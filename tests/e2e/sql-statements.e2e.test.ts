import { Client } from 'pg';
import { startTestApp, statementsDuring, TestApp, testDatabaseUrl } from '../support/test-app';

/**
 * The statement count of a request depends on the query's depth, not on how
 * many rows come back. The plan has 50 tasks; for a page of 100 this test adds
 * 60 extra tasks (with assignments and indicators) and removes them after.
 */
const EXTRA_TASKS = 60;
const TASKS_WITH_RELATIONS = `query ($first: Int!) {
  tasks(first: $first) {
    totalCount
    nodes {
      code
      parent { code }
      assignments { nodes { role body { code name administrativeUnit { code } } } }
      indicators { nodes { code targets { year value } } }
    }
  }
}`;

let api: TestApp;
let db: Client;

beforeAll(async () => {
  api = await startTestApp();
  db = new Client({ connectionString: testDatabaseUrl() });
  await db.connect();
  await db.query(`
    with new_tasks as (
      insert into task (plan_id, code, kind, title, text, position)
      select (select id from plan limit 1), 'ZZ-TEST.' || n, 'MAIN', 'Nhiệm vụ thử ' || n, 'Nhiệm vụ thử', 100000 + n
      from generate_series(1, ${EXTRA_TASKS}) as n
      returning id)
    insert into assignment (key, plan_id, task_id, body_id, role, duty, source, position)
    select 'ZZ-TEST|' || t.id || '|' || b.code, (select id from plan limit 1), t.id, b.id, case when b.code = 'BDT' then 'LEAD' else 'COORDINATE' end, 'thử', 'INFERRED', 100000
    from new_tasks t cross join responsible_body b where b.code in ('BDT', 'SGDDT', 'UBND-064')`);
  await db.query(`
    insert into task_indicator (task_id, indicator_id)
    select t.id, i.id from task t cross join indicator i
    where t.code like 'ZZ-TEST.%' and i.code in ('em-poverty-rate', 'forest-cover')`);
});

afterAll(async () => {
  await db.query(`delete from task_indicator where task_id in (select id from task where code like 'ZZ-TEST.%')`);
  await db.query(`delete from assignment where task_id in (select id from task where code like 'ZZ-TEST.%')`);
  await db.query(`delete from task where code like 'ZZ-TEST.%'`);
  await db.end();
  await api.close();
});

test('100 tasks with assignments, bodies and indicators take as many statements as 5', async () => {
  const large = await api.graphql(TASKS_WITH_RELATIONS, { first: 100 });
  const small = await api.graphql(TASKS_WITH_RELATIONS, { first: 5 });
  expect(large.errors).toBeUndefined();
  expect(small.errors).toBeUndefined();
  expect(large.data!.tasks.nodes).toHaveLength(100);
  expect(small.data!.tasks.nodes).toHaveLength(5);
  const assignments = large.data!.tasks.nodes.flatMap((t: any) => t.assignments.nodes);
  expect(assignments.length).toBeGreaterThan(200);
  // tasks, their total (counted only when asked), parents, assignments with their bodies (one join), units, indicators, targets.
  expect(large.statements).toBe(7);
  expect(small.statements).toBe(large.statements);
});

test('a deeper query adds statements by depth only', async () => {
  const query = `query ($first: Int!) { responsibleBodies(first: $first) { nodes {
    assignments(first: 10) { nodes { task { code indicators(first: 5) { nodes { code tasks(first: 5) { nodes { code } } } } } } } } } }`;
  const all = await api.graphql(query, { first: 30 });
  const few = await api.graphql(query, { first: 2 });
  expect(all.errors).toBeUndefined();
  expect(all.statements).toBe(few.statements);
  // bodies, assignments with their tasks (one join), indicators, their tasks.
  expect(all.statements).toBe(4);
});

test('a root page reads only its rows: the total is counted only when asked for', async () => {
  const page = await api.graphql(`{ tasks(first: 5) { nodes { code } pageInfo { hasNextPage endCursor } } }`);
  const withTotal = await api.graphql(`{ tasks(first: 5) { totalCount nodes { code } } }`);
  expect(page.data!.tasks.pageInfo.hasNextPage).toBe(true);
  expect(page.statements).toBe(1);
  expect(withTotal.statements).toBe(2);
});

test('the statement count is sent only to a request that asks for it with X-SQL-Statements: count', async () => {
  const query = JSON.stringify({ query: '{ tasks(first: 5) { nodes { code } } }' });
  const ask = (headers: Record<string, string>) =>
    fetch(api.app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });
  const plain = await ask({});
  const counted = await ask({ 'x-sql-statements': 'count' });
  expect(plain.status).toBe(200);
  expect(plain.headers.get('x-sql-statements')).toBeNull();
  expect(counted.headers.get('x-sql-statements')).toBe('1');
});

describe('long texts are read only when the query selects them', () => {
  async function sqlOf(query: string, variables?: Record<string, unknown>) {
    const { texts, result: response } = await statementsDuring(api, () => api.graphql(query, variables));
    expect(response.errors).toBeUndefined();
    return { data: response.data!, sql: texts.join('\n') };
  }

  test("a list of assignments without `duty` does not read it; with it, every duty is there", async () => {
    const lean = await sqlOf(`{ responsibleBodies(first: 3) { nodes { code assignments(first: 5) { nodes { role task { code } } } } } }`);
    // One statement (sql-read) names only the selected columns; PostgreSQL never reads the long texts it does not name.
    expect(lean.sql).toMatch(/"role"/);
    expect(lean.sql).toMatch(/"code"/);
    expect(lean.sql).not.toMatch(/duty/);
    expect(lean.sql).not.toMatch(/"text"/);
    const full = await sqlOf(`{ responsibleBodies(first: 3) { nodes { code assignments(first: 5) { nodes { role duty task { code text } } } } } }`);
    const assignments = full.data.responsibleBodies.nodes.flatMap((b: any) => b.assignments.nodes);
    expect(assignments.length).toBeGreaterThan(0);
    for (const assignment of assignments) {
      expect(assignment.duty).toEqual(expect.any(String));
      if (assignment.task) expect(assignment.task.text).toEqual(expect.any(String));
    }
  });

  test('a field asked for through a fragment on an interface or another operation part counts', async () => {
    const first = await sqlOf(`{ tasks(first: 1) { nodes { id code } } }`);
    const id = first.data.tasks.nodes[0].id;
    const viaNode = await sqlOf(`query($id: ID!) { node(id: $id) { ... on Task { text } } tasks(first: 1) { nodes { code } } }`, { id });
    expect(viaNode.data.node.text).toEqual(expect.any(String));
    const viaFragment = await sqlOf(`{ tasks(first: 1) { nodes { ...long } } } fragment long on Task { code text }`);
    expect(viaFragment.data.tasks.nodes[0].text).toEqual(expect.any(String));
  });
});

test('in a batch, whose operations share their loaders, every operation gets the long texts it asks for', async () => {
  const ask = (query: string) => ({ query });
  const response = await fetch(api.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([ask('{ tasks(first: 3) { nodes { code text } } }'), ask('{ tasks(first: 3) { nodes { code } } }')]),
  });
  const [full, lean] = (await response.json()) as any[];
  expect(lean.errors).toBeUndefined();
  expect(full.errors).toBeUndefined();
  for (const task of full.data.tasks.nodes) expect(task.text).toEqual(expect.any(String));
});

/*
 * Reads are prepared statements named by their text. When another instance
 * migrates the database under a running one, a prepared `select *` may no
 * longer match its table ("cached plan must not change result type"): the
 * read must still answer, and the name is prepared afresh.
 */
test('a read prepared before a column is added to its table still answers, then and after', async () => {
  const query = '{ reportingPeriods(first: 3) { nodes { code } } }';
  const ask = async () => {
    const response = await api.graphql(query);
    expect(response.errors).toBeUndefined();
    return response.data!.reportingPeriods.nodes.map((p: { code: string }) => p.code);
  };
  const before = [];
  for (let i = 0; i < 6; i++) before.push(await ask());
  await db.query('alter table reporting_period add column upgrade_probe int');
  try {
    for (let i = 0; i < 6; i++) expect(await ask()).toEqual(before[0]);
  } finally {
    await db.query('alter table reporting_period drop column upgrade_probe');
  }
  expect(await ask()).toEqual(before[0]);
});
