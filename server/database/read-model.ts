import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { runRead } from './direct-statement';

/**
 * Rows as read-only objects of the entity's class, without MikroORM's unit of
 * work: GraphQL reads never change them, and registering hundreds of entities
 * per request was the largest share of a read's CPU (see bench/README.md).
 * A many-to-one relation becomes `{ id }`, which is all the read path uses;
 * writes load managed entities through their transaction instead.
 */
interface Plan {
  /** The entity's prototype, with MikroORM's accessors shadowed by plain data properties. */
  prototype: object;
  columns: Array<{ name: string; column: string; convert?: (value: unknown) => unknown; relation: boolean }>;
}

const plans = new WeakMap<object, Plan>();

function planOf(em: EntityManager, entity: EntityClass<object>): Plan {
  let plan = plans.get(entity);
  if (plan) return plan;
  const meta = em.getMetadata().get(entity.name) as EntityMetadata<object>;
  const platform = em.getPlatform();
  const columns = Object.values(meta.properties as Record<string, EntityProperty<object>>)
    .filter((prop) => prop.fieldNames?.length === 1 && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE))
    .map((prop) => ({
      name: prop.name,
      column: prop.fieldNames[0],
      relation: prop.kind === ReferenceKind.MANY_TO_ONE,
      convert: prop.customType
        ? (value: unknown) => prop.customType!.convertToJSValue(value, platform)
        : prop.runtimeType === 'Date'
          ? (value: unknown) => (value instanceof Date ? value : platform.parseDate(value as string))
          : undefined,
    }));
  // Assigning to a property that the chain holds as a writable data property makes an own
  // property: MikroORM's setters (which wrap relations in references) are never called.
  const shadows: PropertyDescriptorMap = {};
  for (const { name } of columns) shadows[name] = { value: undefined, writable: true, configurable: true, enumerable: false };
  plan = { prototype: Object.create(entity.prototype, shadows), columns };
  plans.set(entity, plan);
  return plan;
}

/** The entity's own columns (scalars and many-to-one keys), with the properties they fill. */
export function readableColumns(em: EntityManager, entity: EntityClass<object>): ReadonlyArray<{ name: string; column: string }> {
  return planOf(em, entity).columns;
}

/** Columns that are not the entity's (e.g. a page's `_group`) are ignored. */
export function readRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const plan = planOf(em, entity);
  const object = Object.create(plan.prototype) as Record<string, unknown>;
  // The same properties in the same order for every row: V8 gives them all one shape.
  for (const { name, column, convert, relation } of plan.columns) {
    const value = row[column];
    if (value === undefined) continue;
    object[name] = relation ? (value === null ? null : { id: value }) : value === null || !convert ? value : convert(value);
  }
  return object as T;
}

/** Runs a query and reads its rows as `entity` (see readRow). */
export async function readRows<T extends object>(em: EntityManager, entity: EntityClass<T>, query: Knex.QueryBuilder): Promise<T[]> {
  const rows = await runRead<Record<string, unknown>>(em, query);
  return rows.map((row) => readRow(em, entity, row));
}
