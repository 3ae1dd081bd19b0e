import { createHash } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { unauthenticated } from '../errors';
import { Node } from '../relay/node';
import { MutationPayload } from './payload';
import { IdempotencyKey } from './idempotency-key.entity';
import { userError, UserErrorCode } from './user-error';
import { inTransaction } from '../../database/transaction';

export interface MutationInput {
  clientMutationId?: string | null;
}

const MAX_KEY_LENGTH = 255;

/** Fields a replay must not repeat: a token's secret is shown once. */
const SECRET_FIELDS = new Set(['token']);

/**
 * Runs a mutation in one transaction. With a `clientMutationId`, the first
 * request records its outcome in the same transaction; a retry with the same
 * key (from the same user) gets that outcome again, with the objects as they
 * are now, and changes nothing. Concurrent retries queue on the key's unique
 * index until the first commits.
 */
export async function runMutation<P extends MutationPayload>(
  ctx: RequestContext,
  mutation: string,
  input: MutationInput,
  create: () => P,
  work: (tx: EntityManager, payload: P) => Promise<void>,
): Promise<P> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated('Mutations need an API token');
  const key = input.clientMutationId ?? null;
  return inTransaction(ctx.em, async (tx) => {
    const payload = create();
    payload.clientMutationId = key;
    if (key === null) {
      await work(tx, payload);
      return payload;
    }
    if (key.length > MAX_KEY_LENGTH) {
      payload.userErrors = [userError(UserErrorCode.TOO_LONG, ['clientMutationId'], `clientMutationId has more than ${MAX_KEY_LENGTH} characters`)];
      return payload;
    }
    const inputHash = hashInput(mutation, input);
    const rows = await tx.execute<Array<{ id: number }>>(
      'insert into idempotency_key (user_id, key, mutation, input_hash, created_at) values (?, ?, ?, ?, now()) ' +
        'on conflict (user_id, key) do nothing returning id',
      [viewer.userId, key, mutation, inputHash],
    );
    if (rows.length === 0) return replay(tx, viewer.userId, key, inputHash, payload);
    await work(tx, payload);
    await tx.execute('update idempotency_key set outcome = ? where id = ?', [JSON.stringify(snapshot(payload)), rows[0].id]);
    return payload;
  });
}

function hashInput(mutation: string, input: MutationInput): string {
  const { clientMutationId: _key, ...rest } = input;
  return createHash('sha256').update(mutation).update('\0').update(stableJson(rest)).digest('hex');
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

async function replay<P extends MutationPayload>(
  tx: EntityManager,
  userId: number,
  key: string,
  inputHash: string,
  payload: P,
): Promise<P> {
  const recorded = await tx.findOneOrFail(IdempotencyKey, { user: userId, key });
  if (recorded.inputHash !== inputHash || !recorded.outcome) {
    payload.userErrors = [
      userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['clientMutationId'], `clientMutationId "${key}" was already used for another request`),
    ];
    return payload;
  }
  for (const [field, value] of Object.entries(recorded.outcome)) {
    (payload as Record<string, unknown>)[field] = await revive(tx, value);
  }
  return payload;
}

interface NodeReference {
  $node: string;
  id: number;
}

/** The payload with its objects replaced by references, reloaded on replay. */
function snapshot(payload: MutationPayload): Record<string, unknown> {
  const outcome: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(payload)) {
    if (field === 'clientMutationId' || SECRET_FIELDS.has(field)) continue;
    outcome[field] = Array.isArray(value) ? value.map(toReference) : toReference(value);
  }
  return outcome;
}

function toReference(value: unknown): unknown {
  return value instanceof Node ? ({ $node: value.constructor.name, id: value.id } satisfies NodeReference) : value;
}

async function revive(tx: EntityManager, value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => revive(tx, item)));
  const reference = value as NodeReference | null;
  if (!reference || typeof reference !== 'object' || typeof reference.$node !== 'string') return value;
  const entity = tx.getMetadata().find(reference.$node)?.class as EntityClass<Node> | undefined;
  return entity ? tx.findOne(entity, { id: reference.id } as never) : null;
}
