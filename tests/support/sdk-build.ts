import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

/** A command's exit code and output. Asynchronous: the embedded test database is served from this process's event loop. */
export function run(command: string, args: string[], cwd = ROOT): Promise<{ code: number | null; output: string }> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Builds sdk/dist as a user's install would hold it. */
export async function buildSdk(): Promise<void> {
  const built = await run('npm', ['run', 'build', '--silent', '-w', 'sdk']);
  if (built.code !== 0) throw new Error(`the SDK does not build:\n${built.output}`);
}
