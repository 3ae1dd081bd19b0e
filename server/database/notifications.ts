import { Client } from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../platform/logger';

/**
 * Sends a PostgreSQL notification. Inside a transaction it is delivered at
 * commit, and only then: listeners never hear of a change that was rolled back.
 */
export async function notify(tx: EntityManager, channel: string, payload = ''): Promise<void> {
  await tx.execute('select pg_notify(?, ?)', [channel, payload]);
}

export interface Listener {
  close(): Promise<void>;
}

const RECONNECT_MS = 1_000;

/**
 * Listens on a channel with a connection of its own (a pooled one could not
 * hold LISTEN), and connects again when the connection is lost. While it is
 * lost, `onLost` lets the caller stop trusting what it would have heard.
 */
export function listen(url: string, channel: string, logger: Logger, handlers: { onMessage: (payload: string) => void; onLost: () => void }): Listener {
  let client: Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (closed) return;
    const next = new Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onMessage(message.payload ?? '');
    });
    next.on('error', (error) => {
      logger.warn({ err: error, channel }, 'lost the notification connection: connecting again');
      handlers.onLost();
      next.end().catch(() => undefined);
      if (client === next) client = undefined;
      timer = setTimeout(connect, RECONNECT_MS).unref();
    });
    try {
      await next.connect();
      await next.query(`listen "${channel.replace(/"/g, '""')}"`);
      client = next;
    } catch (error) {
      logger.warn({ err: error, channel }, 'could not listen for notifications: trying again');
      handlers.onLost();
      await next.end().catch(() => undefined);
      timer = setTimeout(connect, RECONNECT_MS).unref();
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}

/**
 * Runs `work` holding a PostgreSQL advisory lock, on a connection of its
 * own: instances that start together migrate and seed one after the other,
 * and the later ones find nothing left to do.
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}
