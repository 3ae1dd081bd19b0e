import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

/** Reads the files once, at start: a missing package fails the start, not a page load. */
export function loadGraphiqlAssets(): Map<string, StaticAsset> {
  return new Map(
    Object.entries(GRAPHIQL_ASSETS).map(([path, asset]) => [
      path,
      { body: readFileSync(join(packageRoot(asset.pkg), asset.file)), type: asset.type },
    ]),
  );
}

/** These packages' `exports` hide their UMD builds from require.resolve; their folder has them. */
function packageRoot(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (basename(dir) !== pkg && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
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
