import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { EntityClass, EntityName } from '@mikro-orm/core';
import { readRow } from './read-model';
import { prefixedRows } from './joined-rows';
import { runRead } from './direct-statement';

/** A keyset slice of an ordered list: `after`/`before` hold the order values of a row. */
export interface KeysetSlice {
  direction: 'forward' | 'backward';
  size: number;
  after?: readonly unknown[];
  before?: readonly unknown[];
}

export interface PageItem<T> {
  entity: T;
  /** The row's values of the order columns: what its cursor encodes. */
  key: unknown[];
  /** 1-based position of the row in its whole group. */
  index: number;
}

/** A many-to-one relation read in the same statement as the page: its rows go to `take`. */
export interface JoinedRelation {
  table: string;
  /** The page entity's column that holds the related row's id. */
  foreignKey: string;
  columns: readonly string[];
  take: (row: Record<string, unknown>) => void;
}

export interface GroupPage<T> {
  items: PageItem<T>[];
  total: number;
  /** Rows between the cursors, whether or not the page had room for them. */
  inRange: number;
}

/**
 * Pages of one ordered list per group (per parent row), in ONE statement:
 * this is what keeps a nested connection from running a query per parent.
 *
 * `base` selects the entity's columns from alias `e` plus a `_group` column
 * (the parent's key, or a constant for a root list). Window functions number
 * each group's rows and count them, so `totalCount` and `pageInfo` come from
 * the same statement. The first row of every group is always returned (and
 * dropped later when outside the slice) so a group whose rows are all before
 * the cursor still reports its total.
 */
export async function fetchGroupedPages<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  base: Knex.QueryBuilder,
  orderColumns: readonly string[],
  slice: KeysetSlice,
  /** The entity's columns to read (see projection.ts); null: all. */
  columns: readonly string[] | null = null,
  joins: readonly JoinedRelation[] = [],
): Promise<Map<string, GroupPage<T>>> {
  const key = `(${orderColumns.map(quote).join(', ')})`;
  const ascending = orderColumns.map((c) => `${quote(c)} asc`).join(', ');
  const sliceOrder = slice.direction === 'forward' ? ascending : orderColumns.map((c) => `${quote(c)} desc`).join(', ');
  const bounds: string[] = [];
  const boundValues: unknown[] = [];
  if (slice.after) {
    bounds.push(`${key} > (${slice.after.map(() => '?').join(', ')})`);
    boundValues.push(...slice.after);
  }
  if (slice.before) {
    bounds.push(`${key} < (${slice.before.map(() => '?').join(', ')})`);
    boundValues.push(...slice.before);
  }
  const from = base.toSQL();
  // Totals ride on each group's first row only, and the rest carry nulls: fewer fields to decode.
  const sql = `with base as (${from.sql}),
     numbered as (
       select base.*,
              (row_number() over (partition by _group order by ${ascending}))::int as _index,
              (count(*) over (partition by _group))::int as _total,
              (${bounds.length ? bounds.join(' and ') : 'true'}) as _in_range
       from base),
     ranked as (
       select numbered.*,
              row_number() over (partition by _group, _in_range order by ${sliceOrder}) as _rank,
              (count(*) filter (where _in_range) over (partition by _group))::int as _in_range_total
       from numbered)
     select ${selectList(columns, [...orderColumns, '_group', '_index'], 'ranked')},
            (_in_range and _rank <= ?) as _in_page,
            case when _index = 1 then _total end as _total,
            case when _index = 1 then _in_range_total end as _in_range_total${joins.map(joinedColumns).join('')}
     from ranked ${joins.map(joinClause).join(' ')}
     where (_in_range and _rank <= ?) or _index = 1`;
  const rows = await runRead<Record<string, unknown>>(em, { sql, bindings: [...from.bindings, ...boundValues, slice.size, slice.size] });
  joins.forEach((join, at) => prefixedRows(rows, `_j${at}_`, join.columns).forEach(join.take));
  return groupRows(em, entityName, rows, orderColumns);
}

function joinedColumns(join: JoinedRelation, at: number): string {
  return join.columns.map((c) => `, _j${at}.${quote(c)} as ${quote(`_j${at}_${c}`)}`).join('');
}

function joinClause(join: JoinedRelation, at: number): string {
  return `left join ${quote(join.table)} as _j${at} on _j${at}.id = ranked.${quote(join.foreignKey)}`;
}

function groupRows<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  rows: Record<string, unknown>[],
  orderColumns: readonly string[],
): Map<string, GroupPage<T>> {
  const pages = new Map<string, GroupPage<T>>();
  for (const row of rows) {
    const group = String(row._group);
    let page = pages.get(group);
    if (!page) {
      page = { items: [], total: 0, inRange: 0 };
      pages.set(group, page);
    }
    const index = Number(row._index);
    if (index === 1) {
      page.total = Number(row._total);
      page.inRange = Number(row._in_range_total);
    }
    if (!row._in_page) continue;
    const key = orderColumns.map((c) => row[c]);
    page.items.push({ entity: readRow(em, entityName as EntityClass<T>, row), key, index });
  }
  // Rows come in no set order; sorting allocates even when there is nothing to move.
  for (const page of pages.values()) if (!inOrder(page.items)) page.items.sort((a, b) => a.index - b.index);
  return pages;
}

function inOrder(items: ReadonlyArray<{ index: number }>): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1].index > items[i].index) return false;
  return true;
}

/** `*`, or the given columns and the ones the paging itself reads; of `table` when named. */
export function selectList(columns: readonly string[] | null, alsoRead: readonly string[], table?: string): string {
  const of = table ? `${table}.` : '';
  return columns === null ? `${of}*` : [...new Set([...columns, ...alsoRead])].map((c) => of + quote(c)).join(', ');
}

/** An order column, checked and quoted: the only identifiers that reach page SQL from code. */
export function quote(column: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`unsafe order column ${column}`);
  return `"${column}"`;
}
