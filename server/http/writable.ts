import type { ServerResponse } from 'node:http';

/**
 * Resolves when the response can take more, or can never take anything again:
 * a client that leaves while the socket is full closes it, and no 'drain'
 * comes after a close. Waiting for 'drain' alone would hold the export (its
 * pooled connection, its slot) for ever.
 */
export function untilWritable(res: ServerResponse): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
