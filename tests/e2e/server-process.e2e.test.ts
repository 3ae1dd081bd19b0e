import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUrl } from '../support/test-app';

const ROOT = join(__dirname, '../..');

function startServer(
  env: Record<string, string>,
  command: string[] = [process.execPath, 'dist/server/main.js'],
): { child: ChildProcess; output: () => string; stdout: () => string } {
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, stdout: () => stdout };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** `output`: the process's output so far, shown when the wait times out (a start that hangs says where). */
async function waitFor(predicate: () => boolean, what: string, timeoutMs = 30_000, output?: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${output ? `; its output so far:\n${output().slice(-3000)}` : ''}`);
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

/**
 * POSTs `body` and reads the answer as a slow client does: one chunk, then
 * nothing for a while (`onFirstChunk` runs then), then the rest.
 */
function slowPost(url: string, body: string, onFirstChunk: () => Promise<void>): Promise<{ status: number; declared: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.once('data', (first: Buffer) => {
        chunks.push(first);
        response.pause();
        onFirstChunk().then(() => {
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.resume();
        }, reject);
      });
      response.on('end', () => resolve({ status: response.statusCode!, declared: Number(response.headers['content-length']), text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

test('SIGTERM while a 20 MB answer is still being written: the client gets all of it, then the server exits 0', async () => {
  const server = startServer({ DATABASE_URL: testDatabaseUrl(), PORT: '0', LOG_LEVEL: 'info', MAX_BATCH_SIZE: '100' });
  const exit = exited(server.child);
  await waitFor(() => /GraphQL \+ GraphiQL: (http:\S+)/.test(server.output()), 'the server to print its URL');
  const url = /GraphQL \+ GraphiQL: (http:\S+)/.exec(server.output())![1];
  // A hundred full introspections: more than the kernel's buffers on both ends hold, so most of it waits in the server.
  const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: getIntrospectionQuery({ descriptions: true }) })));
  const answer = await slowPost(url, batch, async () => {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  expect(answer.status).toBe(200);
  expect(answer.declared).toBeGreaterThan(20_000_000);
  expect(Buffer.byteLength(answer.text)).toBe(answer.declared);
  expect(JSON.parse(answer.text)).toHaveLength(100);
  expect(await exit).toBe(0);
}, 90_000);

test('`npm start` is the server itself to signals: SIGTERM to npm drains the request in flight and exits 0', async () => {
  const npm = startServer({ DATABASE_URL: testDatabaseUrl(), PORT: '0', LOG_LEVEL: 'info' }, ['npm', 'start', '--silent']);
  const exit = exited(npm.child);
  await waitFor(() => /GraphQL \+ GraphiQL: (http:\S+)/.test(npm.output()), 'npm start to print the URL', 90_000);
  const url = /GraphQL \+ GraphiQL: (http:\S+)/.exec(npm.output())![1];
  const inFlight = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ tasks(first: 100) { nodes { assignments { nodes { body { code } } } } } }' }),
  });
  await new Promise((r) => setTimeout(r, 5));
  npm.child.kill('SIGTERM');
  expect((await inFlight).status).toBe(200);
  expect(await exit).toBe(0);
  expect(npm.output()).toContain('"msg":"stopped"');
  // Nothing is left serving: the port is closed.
  await expect(fetch(url.replace('/graphql', '/healthz'))).rejects.toThrow();
}, 120_000);

test('invalid configuration stops the start with every problem named', async () => {
  const server = startServer({ PORT: 'x', LOG_LEVEL: 'loud' });
  expect(await exited(server.child)).toBe(2);
  expect(server.output()).toContain('PORT must be an integer');
  expect(server.output()).toContain('LOG_LEVEL must be one of');
});

async function viewerLogin(url: string, token: string): Promise<string | undefined> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { login role } }' }),
  });
  return ((await response.json()) as any).data?.viewer?.login;
}

// Not \b: a token may end in "-", and there is no word boundary between "-" and the line's end (1 token in 64 hung the test).
const TOKEN = /(?<![A-Za-z0-9_-])(bkea_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/;

test('the embedded default makes a local administrator on first start and prints its token once', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plan-monitor-first-start-'));
  try {
    const first = startServer({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' });
    await waitFor(() => TOKEN.test(first.output()) && /GraphQL \+ GraphiQL: (http:\S+)/.test(first.output()), 'the first start to print a token', 60_000, first.output);
    const url = /GraphQL \+ GraphiQL: (http:\S+)/.exec(first.output())![1];
    const token = TOKEN.exec(first.output())![1];
    // Shown to the person on stderr, never in the JSON log stream on stdout.
    expect(first.stdout()).not.toContain(token);
    expect(await viewerLogin(url, token)).toBe('local-admin');
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);

    const second = startServer({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' });
    await waitFor(() => /GraphQL \+ GraphiQL: (http:\S+)/.test(second.output()), 'the second start', 60_000);
    expect(second.output()).not.toMatch(TOKEN);
    const secondUrl = /GraphQL \+ GraphiQL: (http:\S+)/.exec(second.output())![1];
    expect(await viewerLogin(secondUrl, token)).toBe('local-admin');
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);

test("the embedded database's data folder is this user's alone (0700): made so, or narrowed with a warning when others could enter", async () => {
  const parent = mkdtempSync(join(tmpdir(), 'plan-monitor-data-mode-'));
  const made = join(parent, 'made', 'pglite');
  const open = join(parent, 'open');
  mkdirSync(open);
  chmodSync(open, 0o755);
  try {
    for (const dataDir of [made, open]) {
      const server = startServer({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' });
      await waitFor(() => /GraphQL \+ GraphiQL: (http:\S+)/.test(server.output()), 'the embedded start', 60_000);
      server.child.kill('SIGTERM');
      expect(await exited(server.child)).toBe(0);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const warned = server.stdout().includes('was open to other users (mode 755)');
      expect(warned).toBe(dataDir === open);
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}, 120_000);

/** Asynchronous on purpose: the embedded test database is served from this process's event loop. */
function runUserCreate(...args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['dist/server/access/cli.js', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return exited(child).then((code) => ({ code, output }));
}

test('the embedded database listens on no TCP port, and its socket refuses another user', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plan-monitor-socket-'));
  const server = startServer({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
  try {
    await waitFor(() => /on the Unix socket in (\S+?)["\n]/.test(server.output()) && /GraphQL \+ GraphiQL/.test(server.output()), 'the embedded start', 60_000);
    const socketDir = /on the Unix socket in (\S+?)["\n]/.exec(server.output())![1];
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    // The only TCP port this process listens on is the HTTP one.
    const httpPort = Number(/GraphQL \+ GraphiQL: http:\/\/[^:]+:(\d+)/.exec(server.output())![1]);
    expect(listeningPorts(server.child.pid!)).toEqual([httpPort]);
    if (process.getuid?.() !== 0) return; // checking another user's access needs root to become one
    // A bare socket connection: the probe needs no module, so it runs whatever folder the project is in.
    const socketFile = readdirSync(socketDir).find((name) => name.startsWith('.s.PGSQL.'));
    expect(socketFile).toBeDefined();
    const probe = `require('node:net').connect(${JSON.stringify(join(socketDir, socketFile!))}).on('connect', function () { console.log('connected'); this.destroy(); }).on('error', (e) => console.log(e.code))`;
    const asOwner = execFileSync(process.execPath, ['-e', probe], { cwd: '/', encoding: 'utf8' });
    expect(asOwner.trim()).toBe('connected');
    const refused = execFileSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', probe], { cwd: '/', encoding: 'utf8' });
    expect(refused.trim()).toBe('EACCES');
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 90_000);

/** The TCP ports a process listens on, from /proc (Linux). */
function listeningPorts(pid: number): number[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const match = /^socket:\[(\d+)\]$/.exec(target);
        return match ? [match[1]] : [];
      } catch {
        return [];
      }
    }),
  );
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // State 0A is LISTEN; field 9 is the socket's inode.
      if (fields[3] === '0A' && inodes.has(fields[9])) ports.push(parseInt(fields[1].split(':')[1], 16));
    }
  }
  return [...new Set(ports)];
}

test('`npm run user:create` makes a user and prints a token that works', async () => {
  const created = await runUserCreate('--role', 'SUPERVISOR', '--login', 'cli-mttq', '--name', 'Ủy ban MTTQ tỉnh');
  expect(created.code).toBe(0);
  const token = TOKEN.exec(created.output)![1];
  const server = startServer({ DATABASE_URL: testDatabaseUrl(), PORT: '0', LOG_LEVEL: 'warn' });
  try {
    await waitFor(() => /GraphQL \+ GraphiQL: (http:\S+)/.test(server.output()), 'the server to print its URL');
    expect(await viewerLogin(/GraphQL \+ GraphiQL: (http:\S+)/.exec(server.output())![1], token)).toBe('cli-mttq');
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
  const refused = await runUserCreate('--role', 'REPORTER', '--login', 'cli-no-body');
  expect(refused.code).toBe(1);
  expect(refused.output).toContain('A REPORTER needs the code of the body');
}, 60_000);

/**
 * The project as `npm ci && npm run build && npm prune --omit=dev` leaves it,
 * made of links: package.json, scripts/ and the built dist/, and a
 * node_modules with every package but TypeScript (and no .bin/tsc).
 */
function productionInstall(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-monitor-production-'));
  for (const name of ['package.json', 'scripts', 'dist']) symlinkSync(join(ROOT, name), join(dir, name));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== 'typescript' && name !== '.bin') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

test('in production, without the development dependencies, `npm run user:create` runs the built dist/', async () => {
  const dir = productionInstall();
  try {
    // No node_modules/.bin of this checkout on the PATH: `tsc` is found nowhere.
    const path = (process.env.PATH ?? '').split(':').filter((entry) => !entry.includes('node_modules')).join(':');
    const child = spawn('npm', ['run', '--silent', 'user:create', '--', '--role', 'VIEWER', '--login', 'cli-production'], {
      cwd: dir,
      env: { PATH: path, HOME: process.env.HOME ?? '', DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    expect(await exited(child)).toBe(0);
    expect(output).toMatch(TOKEN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
