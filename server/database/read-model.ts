import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Rows as read-only objects of the entity's class, without MikroORM's unit of
 * work: GraphQL reads never change them, and registering hundreds of entities
 * per request was the largest share of a read's CPU (see bench/README.md).
 * A many-to-one relation becomes `{ id }`, which is all the read path uses;
 * writes load managed entities through their transaction instead.
 */
interface Plan {
  prototype: object;
  columns: Array<{ name: string; column: string; convert?: (value: unknown) => unknown; relation: boolean }>;
}

const plans = new WeakMap<object, Plan>();

function planOf(em: EntityManager, entity: EntityClass<object>): Plan {
  let plan = plans.get(entity);
  if (plan) return plan;
  const meta = em.getMetadata().get(entity.name) as EntityMetadata<object>;
  const platform = em.getPlatform();
  plan = {
    prototype: entity.prototype,
    columns: Object.values(meta.properties as Record<string, EntityProperty<object>>)
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
      })),
  };
  plans.set(entity, plan);
  return plan;
}

export function readRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const plan = planOf(em, entity);
  const properties: PropertyDescriptorMap = {};
  for (const { name, column, convert, relation } of plan.columns) {
    const value = row[column];
    if (value === undefined) continue;
    const read = relation ? (value === null ? null : { id: value }) : value === null || !convert ? value : convert(value);
    // Own data properties: MikroORM's accessors on the prototype would wrap relations in references.
    properties[name] = { value: read, writable: true, enumerable: true, configurable: true };
  }
  return Object.create(plan.prototype, properties) as T;
}
