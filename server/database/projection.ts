import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Selection } from '../graphql/selected-fields';
import { readableColumns } from './read-model';

/** An entity whose long texts are read only when a query asks for them. */
export interface WithDetails {
  /** Properties (GraphQL fields of the same name) that a list seldom shows. */
  readonly detailProperties?: readonly string[];
}

/**
 * The columns to read for `entity`, or null for all of them: every column but
 * the detail properties the operation never selects on the entity's type.
 * Decoding long Vietnamese texts nobody asked for was a fifth of the nested
 * graph's CPU (bench/README.md).
 */
export function columnsToRead(em: EntityManager, entity: EntityClass<object>, selection: Selection | undefined): string[] | null {
  const details = (entity as WithDetails).detailProperties;
  if (!selection || !details?.length) return null;
  const selected = selection.get(entity.name);
  const skipped = new Set(details.filter((property) => !selected?.has(property)));
  if (skipped.size === 0) return null;
  return entityColumns(em, entity, skipped);
}

/** The entity's own columns (those readRow fills), but those of `skipped` properties. */
export function entityColumns(em: EntityManager, entity: EntityClass<object>, skipped: ReadonlySet<string> = new Set()): string[] {
  return readableColumns(em, entity)
    .filter(({ name }) => !skipped.has(name))
    .map(({ column }) => column);
}
