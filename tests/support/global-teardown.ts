import type { TestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as Record<string, unknown>).__TEST_DATABASE__ as TestDatabase | undefined;
  await database?.dispose();
}
