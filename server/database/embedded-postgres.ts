import { mkdirSync } from 'node:fs';
import { Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The package's type declarations for contrib modules are ESM-only; the CommonJS build is there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };

export interface EmbeddedPostgres {
  /** A postgres:// URL that MikroORM's normal driver connects to. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in this process and serves
 * it on a loopback port, so the application talks to it through the same
 * `pg` driver it uses for a real server: one code path for both.
 *
 * PGlite runs one backend: queries from several connections are queued and run
 * one at a time in the same session. Fine for a single local instance; a real
 * deployment sets DATABASE_URL.
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
  await server.start();
  const [host, boundPort] = splitHostPort(server.getServerConn());
  return {
    url: `postgres://postgres@${host}:${boundPort}/postgres`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

function splitHostPort(conn: string): [string, string] {
  const at = conn.lastIndexOf(':');
  return [conn.slice(0, at), conn.slice(at + 1)];
}
