import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { EntityClass, EntityName } from '@mikro-orm/core';
import { readRow } from './read-model';
import { runRead } from './direct-statement';
import { quote, selectList, type KeysetSlice } from './grouped-page';

export interface RootPage<T> {
  items: Array<{ entity: T; key: unknown[] }>;
  /** Rows beyond the page, in the direction of travel. */
  hasMore: boolean;
}

/**
 * One page of a root list by keyset: `where key > after order by key limit n + 1`.
 * It reads only the page (through the order columns' index), so its cost does
 * not grow with the table; the total is counted apart, only when asked for.
 */
export async function fetchRootPage<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  base: Knex.QueryBuilder,
  orderColumns: readonly string[],
  slice: KeysetSlice,
  /** The entity's columns to read (see projection.ts); null: all. */
  columns: readonly string[] | null = null,
): Promise<RootPage<T>> {
  const key = `(${orderColumns.map(quote).join(', ')})`;
  const direction = slice.direction === 'forward' ? 'asc' : 'desc';
  const bounds: string[] = [];
  const values: unknown[] = [];
  if (slice.after) {
    bounds.push(`${key} > (${slice.after.map(() => '?').join(', ')})`);
    values.push(...slice.after);
  }
  if (slice.before) {
    bounds.push(`${key} < (${slice.before.map(() => '?').join(', ')})`);
    values.push(...slice.before);
  }
  const from = base.toSQL();
  const sql = `with base as (${from.sql}) select ${selectList(columns, orderColumns)} from base where ${bounds.length ? bounds.join(' and ') : 'true'}
     order by ${orderColumns.map((c) => `${quote(c)} ${direction}`).join(', ')} limit ?`;
  const rows = await runRead<Record<string, unknown>>(em, { sql, bindings: [...from.bindings, ...values, slice.size + 1] });
  const page = rows.slice(0, slice.size);
  if (slice.direction === 'backward') page.reverse();
  return {
    hasMore: rows.length > slice.size,
    items: page.map((row) => ({ entity: readRow(em, entityName as EntityClass<T>, row), key: orderColumns.map((c) => row[c]) })),
  };
}

export async function countRows(em: EntityManager, base: Knex.QueryBuilder): Promise<number> {
  const from = base.toSQL();
  const rows = await runRead<{ count: string | number }>(em, { sql: `select count(*) as count from (${from.sql}) as base`, bindings: from.bindings });
  return Number(rows[0].count);
}
