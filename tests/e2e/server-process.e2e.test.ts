import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { testDatabaseUrl } from '../support/test-app';

const ROOT = join(__dirname, '../..');

function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(() => {
  // What `npm start` runs first: the compiled server is what is tested here.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
}, 120_000);

test('the built server serves, then drains and exits 0 on SIGTERM', async () => {
  const server = startServer({ DATABASE_URL: testDatabaseUrl(), PORT: '0', LOG_LEVEL: 'info' });
  const exit = exited(server.child);
  await waitFor(() => /GraphQL \+ GraphiQL: (http:\S+)/.test(server.output()), 'the server to print its URL');
  const url = /GraphQL \+ GraphiQL: (http:\S+)/.exec(server.output())![1];
  expect(server.output()).toContain('using PostgreSQL server at');
  const inFlight = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ tasks(first: 100) { nodes { assignments { nodes { body { code } } } } } }' }),
  });
  await new Promise((r) => setTimeout(r, 5));
  server.child.kill('SIGTERM');
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(((await response.json()) as any).data.tasks.nodes.length).toBeGreaterThan(0);
  expect(await exit).toBe(0);
  expect(server.output()).toContain('"msg":"stopped"');
}, 60_000);

test('invalid configuration stops the start with every problem named', async () => {
  const server = startServer({ PORT: 'x', LOG_LEVEL: 'loud' });
  expect(await exited(server.child)).toBe(2);
  expect(server.output()).toContain('PORT must be an integer');
  expect(server.output()).toContain('LOG_LEVEL must be one of');
});
