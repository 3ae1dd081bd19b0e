import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The package's type declarations for contrib modules are ESM-only; the CommonJS build is there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };

export interface EmbeddedPostgres {
  /** A postgres:// URL that MikroORM's normal driver connects to. */
  url: string;
  dataDir: string;
  /** The folder (mode 0700) that holds the database's Unix socket. */
  socketDir: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in this process and serves
 * it on a Unix socket, so the application talks to it through the same `pg`
 * driver it uses for a real server: one code path for both.
 *
 * PGlite has no authentication: whoever reaches its socket reads everything,
 * the API tokens' table included. So it listens on no TCP port at all, only
 * on a socket in a fresh folder that only this user may enter (mkdtemp makes
 * it 0700; the socket's path must stay short, which a data folder's may not).
 *
 * The same holds for its files, which PGlite writes readable and writable by
 * anyone (0666): the data folder is made 0700, so that no other local user
 * can read or change them (api_token among them).
 *
 * PGlite runs one backend: queries from several connections are queued and run
 * one at a time in the same session. Fine for a single local instance; a real
 * deployment sets DATABASE_URL.
 */
export async function startEmbeddedPostgres(dataDir: string, warn: (message: string) => void = () => undefined): Promise<EmbeddedPostgres> {
  const widerMode = makePrivateFolder(dataDir);
  if (widerMode !== undefined) {
    warn(`The data folder ${dataDir} was open to other users (mode ${widerMode.toString(8)}): it is now 0700, readable by this user only`);
  }
  const db = await PGlite.create(dataDir, { extensions: { unaccent } });
  const socketDir = mkdtempSync(join(tmpdir(), 'plan-monitor-db-'));
  const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432'), maxConnections: 16 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    dataDir,
    socketDir,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

/** Creates the folder 0700, or makes an existing one so; returns its former mode when that let others in. */
function makePrivateFolder(dir: string): number | undefined {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  chmodSync(dir, 0o700);
  return mode;
}
