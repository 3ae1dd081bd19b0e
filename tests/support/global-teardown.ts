import type { TestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const databases = (globalThis as Record<string, unknown>).__TEST_DATABASES__ as TestDatabase[] | undefined;
  await Promise.all((databases ?? []).map((database) => database.dispose()));
}
