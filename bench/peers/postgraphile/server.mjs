// The bench's peer: PostGraphile v5 (Amber preset + @graphile/pg-aggregates)
// over the bench database, served by grafserv's node adaptor. Plain ESM, no
// build step; its dependencies are this folder's own (see README.md).
//
//   DATABASE_URL=postgres://... PORT=0 node bench/peers/postgraphile/server.mjs
//
// Prints exactly one line once it listens:
//   postgraphile listening on http://127.0.0.1:<port>/graphql
// and exits 0 on SIGTERM after closing the server and its pool.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

// PostGraphile 5 declares node >= 22; on Node 20 the one missing piece it
// uses is Promise.withResolvers (V8 12.2 / Node 22). Only where it is absent.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

// Gra*fast* reads GRAPHILE_ENV (else NODE_ENV) when it loads: production mode
// (no development-only checks) unless the caller asked otherwise. Set before
// the dynamic imports below, which is why they are dynamic.
process.env.GRAPHILE_ENV ??= 'production';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}

const [{ default: pg }, { postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }, { jsonPgSmartTags }, { PgAggregatesPreset }] =
  await Promise.all([
    import('pg'),
    import('postgraphile'),
    import('postgraphile/presets/amber'),
    import('postgraphile/adaptors/pg'),
    import('postgraphile/grafserv/node'),
    import('postgraphile/utils'),
    import('@graphile/pg-aggregates'),
  ]);

// The functions PostGraphile cannot express by itself (peer.sql): applied
// before the schema is introspected, so that they appear in it. Idempotent.
{
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(await readFile(new URL('./peer.sql', import.meta.url), 'utf8'));
  } finally {
    await client.end();
  }
}

const pgService = makePgService({
  connectionString,
  schemas: ['public', 'bench_peer'],
  poolConfig: { max: 10 },
  // No subscriptions: no LISTEN client.
  pubsub: false,
});

// PostGraphile 5 orders a table only by indexed columns; the catalogue's
// order (position, then id) is not indexed and the bench adds no index, so the
// three lists the scenarios page through in that order are allowed to order by
// it, with smart tags kept here rather than in comments on the API's tables.
const CatalogueOrderPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: Object.fromEntries(
      ['indicator', 'responsible_body', 'assignment'].map((table) => [table, { attribute: { position: { tags: { behavior: '+orderBy' } } } }]),
    ),
  },
});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset],
  plugins: [CatalogueOrderPlugin],
  pgServices: [pgService],
  grafserv: {
    host: '127.0.0.1',
    graphqlPath: '/graphql',
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    graphqlOverGET: false,
    websockets: false,
    watch: false,
  },
  grafast: {
    explain: false,
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
// Build the schema before listening: the first request does not wait for it.
await pgl.getSchema();

const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server, false);
server.listen({ host: '127.0.0.1', port: Number(process.env.PORT || 0) }, () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`postgraphile listening on http://127.0.0.1:${port}/graphql`);
});

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    // The instance releases its grafserv; the service's pool is ours to end.
    pgl
      .release()
      .then(() => pgService.release())
      .then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
  });
  // Keep-alive sockets left open by a load generator would hold close() back.
  server.closeIdleConnections();
});
