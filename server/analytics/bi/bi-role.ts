import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A PostgreSQL role name we write unquoted in logs and docs: lower case, digits, underscores. */
const LOGIN = /^[a-z_][a-z0-9_]{0,62}$/;

export interface BiRole {
  login: string;
  password: string;
  created: boolean;
}

/**
 * A login role for BI tools that may read the `bi` schema's views and
 * nothing else: no table of the API (users, tokens, audit) is granted, and
 * the views run with their owner's rights. Made again (a new password) when
 * it exists.
 */
export async function createBiRole(em: EntityManager, login: string, password = randomBytes(18).toString('base64url')): Promise<BiRole> {
  if (!LOGIN.test(login)) throw new Error(`"${login}" is not a role name: lower-case letters, digits and _, starting with a letter or _`);
  const connection = em.getConnection();
  const [{ exists }] = await connection.execute<Array<{ exists: boolean }>>('select exists (select 1 from pg_roles where rolname = ?) as exists', [login]);
  const [{ sql }] = await connection.execute<Array<{ sql: string }>>(
    `select format(${exists ? "'alter role %I with login password %L'" : "'create role %I with login password %L'"}, ?::text, ?::text) as sql`,
    [login, password],
  );
  await connection.execute(sql);
  for (const grant of [
    'grant usage on schema bi to %I',
    'grant select on all tables in schema bi to %I',
    // Views added by later migrations (run by the same owner) are readable too.
    'alter default privileges in schema bi grant select on tables to %I',
    'grant execute on function bi.figures(int[], text, text[], date, boolean, boolean) to %I',
    'alter role %I set search_path = bi',
  ]) {
    const [{ sql: statement }] = await connection.execute<Array<{ sql: string }>>(`select format('${grant}', ?::text) as sql`, [login]);
    await connection.execute(statement);
  }
  return { login, password, created: !exists };
}
