import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Selection } from '../graphql/selected-fields';

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

/** The entity's own columns (scalars and many-to-one keys), but those of `skipped` properties. */
export function entityColumns(em: EntityManager, entity: EntityClass<object>, skipped: ReadonlySet<string> = new Set()): string[] {
  const properties = Object.values(em.getMetadata().get(entity.name).properties) as EntityProperty<object>[];
  return properties
    .filter((p) => p.fieldNames?.length === 1 && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE))
    .filter((p) => !skipped.has(p.name))
    .map((p) => p.fieldNames[0]);
}
