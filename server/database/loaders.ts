import DataLoader from 'dataloader';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { EntityClass, EntityProperty } from '@mikro-orm/core';
import { fetchGroupedPages, GroupPage, JoinedRelation, KeysetSlice, quote } from './grouped-page';
import { runPrepared, statementKey } from './direct-statement';
import { readRow, readRows } from './read-model';
import { columnsToRead, entityColumns } from './projection';
import type { Selection } from '../graphql/selected-fields';

/** Per-request DataLoaders, created on first use and keyed by what they load. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** What the operation selects, once known (set before execution): rows then skip unselected long texts. */
  selection?: Selection;

  /** `em` is forked when a loader first needs it: a request answered otherwise never does. */
  constructor(private readonly emOf: () => EntityManager) {}

  get em(): EntityManager {
    return this.emOf();
  }

  /** The columns of `entity` this request reads; null: all. */
  columnsOf(entity: EntityClass<object>): string[] | null {
    return columnsToRead(this.em, entity, this.selection);
  }

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Rows of one entity by primary key: one `where id in (...)` per batch. */
  byId<T extends { id: number }>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.get(`${entity.name}#id`, () =>
      new DataLoader<number, T | null>(async (ids) => {
        const rows = await this.rowsWhereIn(entity, 'id', ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  /** Hands a row read alongside another query to the entity's `byId` loader, which then needs no statement for it. */
  prime<T extends { id: number }>(entity: EntityClass<T>, row: Record<string, unknown>): T {
    const read = readRow(this.em, entity, row);
    this.byId(entity).prime(read.id, read);
    return read;
  }

  /** Rows of one entity by a unique column (codes): one `where col in (...)` per batch. */
  byUnique<T extends object, K extends string | number>(
    entity: EntityClass<T>,
    property: keyof T & string,
  ): DataLoader<K, T | null> {
    return this.get(`${entity.name}#${property}`, () =>
      new DataLoader<K, T | null>(async (keys) => {
        const rows = await this.rowsWhereIn(entity, property, keys);
        const byKey = new Map(rows.map((row) => [row[property] as unknown as K, row]));
        return keys.map((key) => byKey.get(key) ?? null);
      }),
    );
  }

  /** Every row with each value of a column that is unique only within a scope (a code within its plan). */
  byShared<T extends object, K extends string | number>(entity: EntityClass<T>, property: keyof T & string): DataLoader<K, T[]> {
    return this.get(`${entity.name}#${property}[]`, () =>
      new DataLoader<K, T[]>(async (keys) => {
        const rows = await this.rowsWhereIn(entity, property, keys);
        return keys.map((key) => rows.filter((row) => (row[property] as unknown) === key));
      }),
    );
  }

  /**
   * Read-only rows by one column, through the light read model. Outside a
   * transaction, a prepared statement (the keys as one array parameter): the
   * lookups by id and code of every request are then planned once per
   * connection, not each time.
   */
  private async rowsWhereIn<T extends object>(entity: EntityClass<T>, property: string, keys: readonly unknown[]): Promise<T[]> {
    const meta = this.em.getMetadata().get(entity.name);
    const column = meta.properties[property as never].fieldNames[0];
    const columns = this.columnsOf(entity);
    if (this.em.getTransactionContext()) {
      return readRows(this.em, entity, this.em.getKnex().select(columns ?? '*').from(meta.tableName).whereIn(column, [...keys] as never[]));
    }
    const list = columns ? columns.map(quote).join(', ') : '*';
    const text = `select ${list} from ${quote(meta.tableName)} where ${quote(column)} = any($1)`;
    const rows = await runPrepared<Record<string, unknown>>(this.em, `rows-${statementKey(text)}`, text, [[...keys]]);
    return rows.map((row) => readRow(this.em, entity, row));
  }

  /**
   * One page per parent key, all parents of a batch in one statement. `name`
   * must identify the relation and every argument that shapes the query.
   * `related`: many-to-one relations of `entity` read in the same statement
   * when the operation selects them, their rows handed to the `byId` loader
   * (an assignment's task costs no statement of its own).
   */
  groupedPages<T extends object>(
    name: string,
    entity: EntityClass<T>,
    slice: KeysetSlice,
    orderColumns: readonly string[],
    base: (knex: Knex, keys: readonly (number | string)[]) => Knex.QueryBuilder,
    related: readonly string[] = [],
  ): DataLoader<number | string, GroupPage<T> | undefined> {
    return this.get(`${name}#${JSON.stringify(slice)}`, () =>
      new DataLoader<number | string, GroupPage<T> | undefined>(async (keys) => {
        const query = base(this.em.getKnex(), keys);
        const joins = this.joinsFor(entity as EntityClass<object>, related);
        const pages = await fetchGroupedPages(this.em, entity, query, orderColumns, slice, this.columnsOf(entity), joins);
        return keys.map((key) => pages.get(String(key)));
      }),
    );
  }

  private joinsFor(entity: EntityClass<object>, related: readonly string[]): JoinedRelation[] {
    const selected = this.selection?.get(entity.name);
    if (!selected) return [];
    const meta = this.em.getMetadata().get(entity.name);
    return related
      .filter((property) => selected.has(property))
      .map((property) => {
        const prop = meta.properties[property as never] as EntityProperty<object>;
        const target = prop.targetMeta!.class as EntityClass<{ id: number }>;
        return {
          table: prop.targetMeta!.tableName,
          foreignKey: prop.fieldNames[0],
          columns: this.columnsOf(target) ?? entityColumns(this.em, target),
          take: (row: Record<string, unknown>) => this.prime(target, row),
        };
      });
  }
}
