import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { CatalogueAction, CatalogueChange } from './catalogue-change.entity';

export interface CatalogueEntry {
  action: CatalogueAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  legalBasis?: string | null;
}

/** Adds a history entry to the unit of work: it commits (or not) with the change. */
export function recordCatalogueChange(tx: EntityManager, subject: { type: string; id: number }, actorId: number, entry: CatalogueEntry): void {
  tx.create(CatalogueChange, {
    subjectType: subject.type,
    subjectId: subject.id,
    action: entry.action,
    actor: actorId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    legalBasis: entry.legalBasis ?? null,
  });
}

/** The fields of `changes` that differ from `object`'s: what a history entry keeps, before and after. */
export function changedFields<T extends object>(object: T, changes: Partial<T>): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const current = (object as Record<string, unknown>)[field];
    if (current === value) continue;
    before[field] = current ?? null;
    after[field] = value;
  }
  return Object.keys(after).length ? { before, after } : null;
}

/** Where a new object of the catalogue goes: after every other of its kind. */
export async function nextPosition(tx: EntityManager, entity: EntityClass<{ position: number }>): Promise<number> {
  const table = tx.getMetadata().get(entity.name).tableName;
  const [{ next }] = await tx.execute<Array<{ next: number }>>(`select coalesce(max(position), 0) + 1 as next from "${table}"`);
  return next;
}

/**
 * An administrator's change to an object, applied: its fields, its version
 * moved on, and the history entry (before and after), in one unit of work.
 */
export async function applyCatalogueUpdate<T extends { id: number; version: number }>(
  tx: EntityManager,
  object: T,
  type: string,
  actorId: number,
  changed: { before: Record<string, unknown>; after: Record<string, unknown> },
  legalBasis?: string | null,
): Promise<T> {
  Object.assign(object, changed.after, { version: object.version + 1 });
  recordCatalogueChange(tx, { type, id: object.id }, actorId, { action: CatalogueAction.UPDATED, ...changed, legalBasis: legalBasis?.trim() ?? null });
  await tx.flush();
  return object;
}
