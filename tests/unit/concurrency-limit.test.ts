import { ConcurrencyLimit, LeftQueue, QueueFull } from '../../server/http/concurrency-limit';

/** A piece of work that ends when the test says so. */
function held() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('at most `limit` run at once; the others start in arrival order as slots free up', async () => {
  const limit = new ConcurrencyLimit(2, 10);
  const started: number[] = [];
  const jobs = [0, 1, 2, 3].map(() => held());
  const runs = jobs.map((job, i) => limit.run(() => (started.push(i), job.work())));
  await tick();
  expect(started).toEqual([0, 1]);
  expect(limit).toMatchObject({ running: 2, queued: 2 });
  jobs[1].finish();
  await tick();
  expect(started).toEqual([0, 1, 2]);
  jobs[0].finish();
  jobs[2].finish();
  jobs[3].finish();
  await Promise.all(runs);
  expect(started).toEqual([0, 1, 2, 3]);
  expect(limit).toMatchObject({ running: 0, queued: 0 });
});

test('a full queue refuses at once, and a failing request frees its slot', async () => {
  const limit = new ConcurrencyLimit(1, 1);
  const first = held();
  const running = limit.run(first.work);
  const waiting = limit.run(() => Promise.reject(new Error('boom')));
  await expect(limit.run(async () => 'never')).rejects.toBeInstanceOf(QueueFull);
  first.finish();
  await running;
  await expect(waiting).rejects.toThrow('boom');
  await expect(limit.run(async () => 'served')).resolves.toBe('served');
  expect(limit).toMatchObject({ running: 0, queued: 0 });
});

test('the abandon signal is made only for a request that must wait, before run returns, and abandons it', async () => {
  const limit = new ConcurrencyLimit(1, 5);
  const made: AbortController[] = [];
  const signal = () => {
    made.push(new AbortController());
    return made[made.length - 1].signal;
  };
  const first = held();
  const running = limit.run(first.work, signal);
  expect(made).toHaveLength(0);
  const waiting = limit.run(async () => 'never', signal);
  expect(made).toHaveLength(1);
  made[0].abort();
  await expect(waiting).rejects.toBeInstanceOf(LeftQueue);
  first.finish();
  await running;
  expect(limit).toMatchObject({ running: 0, queued: 0 });
});

test('a request abandoned while waiting leaves the queue and never runs', async () => {
  const limit = new ConcurrencyLimit(1, 5);
  const first = held();
  const running = limit.run(first.work);
  const abandon = new AbortController();
  let ran = false;
  const waiting = limit.run(async () => {
    ran = true;
  }, abandon.signal);
  abandon.abort();
  await expect(waiting).rejects.toBeInstanceOf(LeftQueue);
  expect(limit.queued).toBe(0);
  first.finish();
  await running;
  expect(ran).toBe(false);
  expect(limit.running).toBe(0);
});
