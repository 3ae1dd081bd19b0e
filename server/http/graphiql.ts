import { readFileSync } from 'node:fs';

/**
 * GraphiQL, served entirely from node_modules: the province's networks may be
 * offline, so the page loads nothing from a CDN.
 */
export const GRAPHIQL_ASSETS: Record<string, { file: string; type: string }> = {
  '/graphiql/react.production.min.js': { file: 'react/umd/react.production.min.js', type: 'text/javascript' },
  '/graphiql/react-dom.production.min.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.min.js': { file: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  '/graphiql/graphiql.min.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export function readGraphiqlAsset(path: string): { body: Buffer; type: string } | undefined {
  const asset = GRAPHIQL_ASSETS[path];
  if (!asset) return undefined;
  let body = cache.get(path);
  if (!body) {
    body = readFileSync(require.resolve(asset.file));
    cache.set(path, body);
  }
  return { body, type: asset.type };
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
