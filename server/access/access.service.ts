import type { EntityManager } from '@mikro-orm/postgresql';
import { notify } from '../database/notifications';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import type { RequestContext } from '../graphql/context';
import { forbidden } from '../graphql/errors';
import type { Outcome } from '../graphql/mutations/outcome';
import { textErrors, userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';
import { ConnectionArgs } from '../graphql/relay/connection';
import { idOfType } from '../graphql/relay/global-id';
import { rootPage } from '../graphql/relay/pages';
import { ApiToken } from './api-token.entity';
import { Role } from './role';
import { generateTokenSecret } from './token-secret';
import { User } from './user.entity';
import type { Viewer } from './viewer';
import { inTransaction } from '../database/transaction';

const LOGIN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

export interface NewUser {
  login: string;
  name: string;
  role: Role;
  bodyCode?: string | null;
}

export async function createUser(tx: EntityManager, input: NewUser): Promise<Outcome<User>> {
  const errors: UserError[] = [];
  if (!LOGIN.test(input.login)) {
    errors.push(userError(UserErrorCode.INVALID, ['login'], 'A login is 2-63 lower-case letters, digits, ".", "_" or "-"'));
  }
  errors.push(...textErrors(input.name, 'name', { required: true, max: MAX_NAME_LENGTH }));
  const body = await bodyForRole(tx, input, errors);
  if (errors.length) return { errors };
  // Two creates of one login at once: the unique index lets one through, the other is told.
  const inserted = await tx.execute<Array<{ id: number }>>(
    'insert into "user" (login, name, role, body_id, created_at) values (?, ?, ?, ?, now()) on conflict (login) do nothing returning id',
    [input.login, input.name.trim(), input.role, body?.id ?? null],
  );
  if (inserted.length === 0) return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['login'], `The login "${input.login}" is taken`)] };
  return { ok: await tx.findOneOrFail(User, { id: inserted[0].id }) };
}

const MAX_NAME_LENGTH = 200;

async function bodyForRole(tx: EntityManager, input: NewUser, errors: UserError[]): Promise<ResponsibleBody | null> {
  if (input.role !== Role.REPORTER) {
    if (input.bodyCode) errors.push(userError(UserErrorCode.INVALID, ['bodyCode'], 'Only a REPORTER is bound to a body'));
    return null;
  }
  if (!input.bodyCode) {
    errors.push(userError(UserErrorCode.VALUE_REQUIRED, ['bodyCode'], 'A REPORTER needs the code of the body it reports for'));
    return null;
  }
  const body = await tx.findOne(ResponsibleBody, { code: input.bodyCode });
  if (!body) errors.push(userError(UserErrorCode.NOT_FOUND, ['bodyCode'], `No body has the code "${input.bodyCode}"`));
  else if (!body.expectedToReport) {
    errors.push(userError(UserErrorCode.NOT_EXPECTED_TO_REPORT, ['bodyCode'], `${body.code} does not report under section V.7`));
  }
  return body;
}

export interface IssuedToken {
  apiToken: ApiToken;
  token: string;
}

/**
 * A new token for `user`. `maker` is the token of the request that asks for
 * it (none from the command line): the new token expires no later than its
 * maker, and is revoked with it, so a leaked token cannot mint a lasting one.
 */
export async function issueToken(
  tx: EntityManager,
  user: User,
  name: string,
  expiresAt: Date | null = null,
  maker: ApiToken | null = null,
  now = new Date(),
): Promise<Outcome<IssuedToken>> {
  const errors = textErrors(name, 'name', { required: true, max: MAX_NAME_LENGTH });
  if (expiresAt && expiresAt <= now) errors.push(userError(UserErrorCode.INVALID, ['expiresAt'], 'expiresAt must be in the future'));
  if (expiresAt && expiresAt.getTime() > MAX_DATE) errors.push(userError(UserErrorCode.INVALID, ['expiresAt'], 'expiresAt is too far in the future'));
  if (errors.length) return { errors };
  const cap = maker?.expiresAt ?? null;
  const expiry = cap && (!expiresAt || expiresAt > cap) ? cap : expiresAt;
  const secret = generateTokenSecret();
  const apiToken = tx.create(ApiToken, {
    user,
    name: name.trim(),
    prefix: secret.prefix,
    secretHash: secret.hash,
    expiresAt: expiry,
    createdBy: maker,
  });
  await tx.flush();
  return { ok: { apiToken, token: secret.token } };
}

/** Year 9999: PostgreSQL's timestamptz goes further, JavaScript dates and clients do not always. */
const MAX_DATE = Date.UTC(9999, 11, 31);

export function makerOf(tx: EntityManager, viewer: Viewer): Promise<ApiToken> {
  return tx.findOneOrFail(ApiToken, { id: viewer.tokenId });
}

/** Whose token a caller may create or revoke: its own, or anyone's for an ADMIN. */
export async function userForToken(tx: EntityManager, viewer: Viewer, userGlobalId?: string | null): Promise<Outcome<User>> {
  const id = userGlobalId ? idOfType('User', userGlobalId) : viewer.userId;
  if (id !== viewer.userId && viewer.role !== Role.ADMIN) throw forbidden('Only an ADMIN manages the tokens of other users');
  const user = id === null ? null : await tx.findOne(User, { id });
  if (!user) return { errors: [userError(UserErrorCode.NOT_FOUND, ['userId'], 'No user has this ID')] };
  return { ok: user };
}

export async function revokeToken(tx: EntityManager, viewer: Viewer, tokenGlobalId: string): Promise<Outcome<ApiToken>> {
  const id = idOfType('ApiToken', tokenGlobalId);
  const token = id === null ? null : await tx.findOne(ApiToken, { id });
  if (!token) return { errors: [userError(UserErrorCode.NOT_FOUND, ['tokenId'], 'No token has this ID')] };
  if (token.user.id !== viewer.userId && viewer.role !== Role.ADMIN) throw forbidden('Only an ADMIN revokes the tokens of other users');
  // The token and every token made from it, however deep.
  await tx.execute(
    `with recursive made as (
       select id from api_token where id = ?
       union select t.id from api_token t join made m on t.created_by_id = m.id)
     update api_token set revoked_at = coalesce(revoked_at, now()) where id in (select id from made)`,
    [token.id],
  );
  await tx.refresh(token);
  await notify(tx, TOKEN_REVOKED_CHANNEL, String(token.id));
  return { ok: token };
}

/** Heard by every server instance on the database, at the revocation's commit: each empties its token cache. */
export const TOKEN_REVOKED_CHANNEL = 'api_token_revoked';

export function findUser(ctx: RequestContext, id: number | null | undefined): Promise<User | null> {
  return id == null ? Promise.resolve(null) : ctx.loaders.byId(User).load(id);
}

export function listUsers(ctx: RequestContext, args: ConnectionArgs) {
  return rootPage(ctx, User, args, (knex) => knex('user as e').select('e.*'), ['id']);
}

export function tokensOf(ctx: RequestContext, user: User): Promise<ApiToken[]> {
  const viewer = ctx.viewer;
  if (!viewer || (viewer.userId !== user.id && viewer.role !== Role.ADMIN)) {
    throw forbidden('Only the user and an ADMIN see a user\'s tokens');
  }
  return ctx.em.find(ApiToken, { user: user.id }, { orderBy: { id: 'asc' } });
}

/**
 * The embedded default has nobody to run `user:create`: on first start it
 * makes a local administrator and returns its token, to be printed once.
 */
export async function createFirstAdministrator(em: EntityManager, login: string, name: string): Promise<IssuedToken | null> {
  if ((await em.count(User)) > 0) return null;
  return inTransaction(em, async (tx) => {
    const created = await createUser(tx, { login, name, role: Role.ADMIN });
    if (!created.ok) throw new Error(created.errors.map((e) => e.message).join('; '));
    const issued = await issueToken(tx, created.ok, 'first start');
    if (!issued.ok) throw new Error(issued.errors.map((e) => e.message).join('; '));
    return issued.ok;
  });
}
