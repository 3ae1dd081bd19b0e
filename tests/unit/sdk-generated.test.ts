import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

test('the SDK\'s generated types match schema/schema.graphql (run `npm run codegen` after `npm run schema:emit`)', () => {
  // The codegen CLI is ESM inside: run it as users do, in its dry-run mode.
  const cli = join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');
  const result = spawnSync(process.execPath, [cli, '--config', 'codegen.yml', '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stdout + result.stderr).not.toContain('stale files');
  expect(result.status).toBe(0);
}, 60_000);
