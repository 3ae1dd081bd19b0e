// Builds dist/ before a command that runs it, when TypeScript is installed. In
// production (`npm ci && npm run build && npm prune --omit=dev`) it is not:
// the dist/ built before the prune is used as it is.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// npm runs scripts in the package's folder.
const root = process.cwd();

function typescriptCompiler() {
  try {
    return require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    return undefined;
  }
}

const tsc = typescriptCompiler();
if (tsc) {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} else if (!existsSync(join(root, 'dist', 'server', 'main.js'))) {
  console.error('dist/ is not built and TypeScript is not installed: run `npm ci && npm run build` first (then `npm prune --omit=dev` for production).');
  process.exit(1);
}
