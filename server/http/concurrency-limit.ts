/** Thrown when the queue is full: the caller should come back shortly (503 SERVER_BUSY). */
export class QueueFull extends Error {}

/** Thrown for work that was abandoned (its request timed out) before its turn came. */
export class LeftQueue extends Error {}

/**
 * At most `limit` requests execute at once; the rest wait, first come first
 * served, up to `maxQueued`. Node runs JavaScript on one core, so more requests
 * in flight do not finish sooner: each keeps its objects alive longer, and the
 * garbage collector copies them again and again (the benchmark measured a third
 * of the CPU in GC at 32 in flight, and 1.5x the throughput with 4).
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: Array<{ start: () => void; abandon: () => void }> = [];

  constructor(
    readonly limit: number,
    readonly maxQueued: number,
  ) {}

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * `signal`, or a function that makes it: called only for work that must
   * wait: an AbortController for every request was about 2 % of the busy CPU
   * of a short one, profiled at c1 (bench/README.md). It is called before
   * `run` returns.
   */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal | (() => AbortSignal)): Promise<T> {
    if (this.active >= this.limit) await this.waitForTurn(typeof signal === 'function' ? signal() : signal);
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next request: `active` stays the same.
      if (next) next.start();
      else this.active -= 1;
    }
  }

  private waitForTurn(signal: AbortSignal | undefined): Promise<void> {
    if (this.waiting.length >= this.maxQueued) throw new QueueFull(`${this.active} requests are running and ${this.waiting.length} waiting`);
    return new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          signal?.removeEventListener('abort', entry.abandon);
          resolve();
        },
        abandon: () => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new LeftQueue('abandoned while waiting'));
        },
      };
      this.waiting.push(entry);
      signal?.addEventListener('abort', entry.abandon, { once: true });
    });
  }
}
