/**
 * `npm run user:create -- --role ADMIN --login ban-dan-toc --name "Ban Dân tộc tỉnh" [--body UBND-061] [--expires-in-days 90]`
 * Creates a user with a first API token and prints the token once.
 * Uses DATABASE_URL, or the embedded database under DATA_DIR (stop the server first).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../database/database';
import { ENTITIES } from '../parts';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { createUser, issueToken } from './access.service';
import { Role } from './role';
import { inTransaction } from '../database/transaction';

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      login: { type: 'string' },
      name: { type: 'string' },
      body: { type: 'string' },
      'token-name': { type: 'string', default: 'created with user:create' },
      'expires-in-days': { type: 'string' },
    },
  });
  const role = values.role as Role;
  if (!Object.values(Role).includes(role) || !values.login) {
    throw new Error(`usage: user:create -- --role ${Object.values(Role).join('|')} --login <login> [--name <name>] [--body <body code>] [--expires-in-days <n>]`);
  }
  const days = values['expires-in-days'] === undefined ? null : Number(values['expires-in-days']);
  if (days !== null && !(Number.isInteger(days) && days > 0)) throw new Error('--expires-in-days must be a positive whole number');
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase({ ...config, entities: ENTITIES }, logger);
  try {
    await migrateDatabase(database.orm, logger);
    const token = await inTransaction(database.orm.em.fork(), async (tx) => {
      const user = await createUser(tx, { login: values.login!, name: values.name ?? values.login!, role, bodyCode: values.body });
      if (!user.ok) throw new Error(user.errors.map((e) => `${e.field.slice(1).join('.')}: ${e.message}`).join('\n'));
      const issued = await issueToken(tx, user.ok, values['token-name']!, days === null ? null : new Date(Date.now() + days * DAY_MS));
      if (!issued.ok) throw new Error(issued.errors.map((e) => e.message).join('\n'));
      return issued.ok.token;
    });
    console.log(`Created ${role} "${values.login}". API token (shown once, keep it safe):\n\n  ${token}\n\nSend it as: Authorization: Bearer ${token}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
