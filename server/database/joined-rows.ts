import { quote } from './grouped-page';

/*
 * Rows of a related table read in the same statement as the rows that point
 * to them (a figure's unit, an assignment's task), under a column prefix, and
 * then handed to that table's loader: one statement instead of two.
 */

/**
 * Select-list entries for `table`'s columns as `prefix` + column, filled on the
 * first row of each `partition` only: the rows after it carry nulls, which cost
 * nothing to decode.
 */
export function onFirstRowOf(partition: string, table: string, prefix: string, columns: readonly string[]): string {
  return columns
    .map((c) => `, case when row_number() over (partition by ${partition}) = 1 then ${table}.${quote(c)} end as ${quote(`${prefix}${c}`)}`)
    .join('');
}

/**
 * The rows of a related table read in the same statement under a column
 * prefix (`u_id`, `u_code`...), unprefixed: one per distinct id.
 */
export function prefixedRows(rows: readonly Record<string, unknown>[], prefix: string, columns: readonly string[]): Record<string, unknown>[] {
  const id = `${prefix}id`;
  const fields = columns.map((column) => [column, `${prefix}${column}`] as const);
  const related: Record<string, unknown>[] = [];
  const seen = new Set<unknown>();
  for (const row of rows) {
    if (row[id] == null || seen.has(row[id])) continue;
    seen.add(row[id]);
    const values: Record<string, unknown> = {};
    for (const [column, field] of fields) values[column] = row[field];
    related.push(values);
  }
  return related;
}
