import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * GraphiQL, served entirely from node_modules: the province's networks may be
 * offline, so the page loads nothing from a CDN.
 */
const GRAPHIQL_ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  '/graphiql/react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/graphiql/react-dom.production.min.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  '/graphiql/graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

export interface StaticAsset {
  body: Buffer;
  type: string;
}

/**
 * A monospace font that covers Vietnamese, for the editors and the results.
 * GraphiQL's own Fira Code has no glyphs for Vietnamese letters with two
 * marks (ố, ệ): Chromium then draws the base letter in it and the tone mark
 * in another font, beside it ("sô´" for "số").
 */
const MONO_FONT = { pkg: '@fontsource/roboto-mono', subsets: ['latin', 'latin-ext', 'vietnamese'], weights: ['400', '700'] };

/** Reads the files once, at start: a missing package fails the start, not a page load. */
export function loadGraphiqlAssets(): Map<string, StaticAsset> {
  const assets = new Map(
    Object.entries(GRAPHIQL_ASSETS).map(([path, asset]) => [
      path,
      { body: readFileSync(join(packageRoot(asset.pkg), asset.file)), type: asset.type },
    ]),
  );
  const fontRoot = packageRoot(MONO_FONT.pkg);
  const faces: string[] = [];
  for (const weight of MONO_FONT.weights) {
    // fontsource's own CSS for the weight holds each subset's unicode-range: keep the subsets needed, served from here.
    for (const block of readFileSync(join(fontRoot, `${weight}.css`), 'utf8').split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([\w-]+\.woff2)\)/.exec(block)?.[1];
      if (!file || !MONO_FONT.subsets.some((subset) => file === `roboto-mono-${subset}-${weight}-normal.woff2`)) continue;
      assets.set(`/graphiql/fonts/${file}`, { body: readFileSync(join(fontRoot, 'files', file)), type: 'font/woff2' });
      const range = /unicode-range:([^;]+);/.exec(block)![1].trim();
      faces.push(`@font-face{font-family:"Roboto Mono";font-style:normal;font-weight:${weight};font-display:swap;src:url(/graphiql/fonts/${file}) format("woff2");unicode-range:${range}}`);
    }
  }
  faces.push('.graphiql-container{--font-family-mono:"Roboto Mono","Fira Code",monospace}');
  assets.set('/graphiql/fonts.css', { body: Buffer.from(faces.join('\n')), type: 'text/css' });
  return assets;
}

/** These packages' `exports` hide their UMD builds and fonts from require.resolve; their folder has them. */
function packageRoot(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!isPackageFolder(dir, pkg) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function isPackageFolder(dir: string, pkg: string): boolean {
  const manifest = join(dir, 'package.json');
  return existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg;
}

const EXAMPLE_QUERY = `# The plan's indicators with their 2025 targets.
query Targets2025 {
  indicators(filter: { horizonYear: 2025 }, first: 10) {
    totalCount
    nodes {
      code
      name
      unit
      targets { year comparator value valueMax text }
    }
  }
}
`;

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>GraphiQL: Bắc Kạn ethnic-affairs plan monitor</title>
  <link rel="stylesheet" href="/graphiql/graphiql.min.css">
  <link rel="stylesheet" href="/graphiql/fonts.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL...</div>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)}, shouldPersistHeaders: true })
    );
  </script>
</body>
</html>`;
}
