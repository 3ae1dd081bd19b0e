/** The three servers the bench measures, each its own process: the API, its peer PostGraphile, and the SQL floor. */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
const PEER_DIR = join(ROOT, 'bench/peers/postgraphile');

export interface Served {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export function start(script: string, env: Record<string, string>, ready: RegExp): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        url: match[1],
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export function startGraphql(databaseUrl: string): Promise<Served> {
  return start(
    'dist/server/main.js',
    { DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_POINTS: '1000000000', DATABASE_POOL_SIZE: '10' },
    /GraphQL \+ GraphiQL: (http:\S+)/,
  );
}

export function startFloor(databaseUrl: string): Promise<Served> {
  return start('dist/bench/baseline-server.js', { DATABASE_URL: databaseUrl }, /baseline listening on (http:\S+)/);
}

/**
 * PostGraphile v5 from its own folder and lock file, installed there on first
 * use: never by the root `npm ci`, so the product does not depend on it.
 */
export function startPeer(databaseUrl: string, log: (line: string) => void): Promise<Served> {
  if (!existsSync(join(PEER_DIR, 'node_modules'))) {
    log('  installing the peer (bench/peers/postgraphile: npm ci)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', PEER_DIR], { stdio: 'inherit' });
  }
  return start('bench/peers/postgraphile/server.mjs', { DATABASE_URL: databaseUrl, PORT: '0' }, /postgraphile listening on (http:\S+)/);
}
