import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, EmbeddedPostgres } from '../../server/database/embedded-postgres';

/**
 * The test run's database: a fresh database on the server DATABASE_URL points
 * to (dropped at the end), or an embedded PGlite in a temporary folder.
 */
export interface TestDatabase {
  url: string;
  kind: 'server' | 'embedded';
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? createServerDatabase(serverUrl) : createEmbeddedDatabase();
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `plan_test_${process.pid}_${Date.now()}`;
  const admin = new URL(serverUrl);
  await withClient(admin.toString(), (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    async dispose() {
      await withClient(admin.toString(), (client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-monitor-test-'));
  let embedded: EmbeddedPostgres;
  try {
    embedded = await startEmbeddedPostgres(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: embedded.url,
    kind: 'embedded',
    async dispose() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
