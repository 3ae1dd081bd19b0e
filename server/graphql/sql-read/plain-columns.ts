import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, isEnumType, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { jsonNumber, jsonString } from './sql-fields';

type Storage = ReturnType<typeof getMetadataStorage>;
/** A plain field's value as SQL (JSON text) over a row alias. */
export type ColumnRead = (alias: string) => string;

/**
 * The fields that are an entity's own column, served as they are: declared
 * with `@Field` on a property that MikroORM maps to one column, with no field
 * resolver and no getter. Each one's json is what the resolvers' answer
 * serialises to; where that is not sure (timestamps, ids, enums whose values
 * differ from their names), the field is not plain and the resolvers read it.
 */
export class PlainColumns {
  private readonly reads = new Map<string, ColumnRead | null>();

  constructor(private readonly storage: Storage = getMetadataStorage()) {}

  /** `em` is asked for only the first time a field is looked up. */
  of(em: () => EntityManager, type: GraphQLObjectType, fieldName: string): ColumnRead | undefined {
    const key = `${type.name}.${fieldName}`;
    let read = this.reads.get(key);
    if (read === undefined) this.reads.set(key, (read = this.find(em(), type, fieldName) ?? null));
    return read ?? undefined;
  }

  private find(em: EntityManager, type: GraphQLObjectType, fieldName: string): ColumnRead | undefined {
    const target = this.storage.objectTypes.find((objectType) => objectType.name === type.name)?.target;
    if (!target || this.hasResolver(target, fieldName)) return undefined;
    const field = this.fieldOf(target, fieldName);
    if (!field || field.roles || isGetter(target, field.name)) return undefined;
    const meta = em.getMetadata().find(target.name) as EntityMetadata<object> | undefined;
    const prop = meta?.properties[field.name as never] as EntityProperty<object> | undefined;
    if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.fieldNames?.length !== 1) return undefined;
    const column = prop.fieldNames[0];
    const json = jsonOf(getNamedType(type.getFields()[fieldName].type), (prop.columnTypes?.[0] ?? '').toLowerCase());
    return json ? (alias) => json(`${alias}."${column}"`) : undefined;
  }

  private hasResolver(target: Function, fieldName: string): boolean {
    return this.storage.fieldResolvers.some((resolver) => resolver.schemaName === fieldName && inChain(target, resolver.getObjectType?.()));
  }

  private fieldOf(target: Function, fieldName: string) {
    return this.storage.fields.find((field) => field.schemaName === fieldName && inChain(target, field.target));
  }
}

/** How a column of this SQL type becomes the JSON the GraphQL type serialises to; undefined where they may differ. */
function jsonOf(type: GraphQLNamedType, columnType: string): ((column: string) => string) | undefined {
  const as = (...types: string[]) => types.some((t) => columnType === t || columnType.startsWith(`${t}(`));
  switch (type.name) {
    case 'String':
      return as('text', 'varchar', 'character varying') ? jsonString : undefined;
    case 'Int':
      return as('int', 'integer', 'int4', 'smallint') ? jsonNumber : undefined;
    case 'Boolean':
      return as('boolean', 'bool') ? jsonNumber : undefined;
    case 'Float':
      return as('numeric', 'double precision', 'float8', 'real', 'integer', 'int') ? jsonNumber : undefined;
    case 'Date':
      return as('date') ? jsonString : undefined;
    default:
      if (isEnumType(type) && as('text', 'varchar', 'character varying') && type.getValues().every((value) => value.value === value.name)) return jsonString;
      return undefined;
  }
}

/** Whether `target` is `ancestor` or inherits from it. */
function inChain(target: Function, ancestor: unknown): boolean {
  for (let current: unknown = target; typeof current === 'function'; current = Object.getPrototypeOf(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

function isGetter(target: Function, name: string): boolean {
  for (let proto = target.prototype; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.get !== undefined;
  }
  return false;
}
