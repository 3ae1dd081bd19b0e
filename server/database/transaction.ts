import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in one transaction on a fork of `em`: commit (after a flush) when
 * it returns, rollback when it throws. MikroORM's `em.transactional` would do
 * the same through an AsyncLocalStorage; running one turns on Node's promise
 * hooks for the whole process, which costs every later request about a quarter
 * of its CPU (bench/README.md). The fork carries its transaction explicitly.
 */
export async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const tx = em.fork({ clear: false });
  await tx.begin();
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isInTransaction()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}
