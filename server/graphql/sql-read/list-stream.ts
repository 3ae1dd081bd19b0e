/**
 * A statement's stream: one list of its answer sent as rows of their own,
 * one item's JSON text a row, and joined in Node. PostgreSQL aggregates
 * hundreds of items into one value (`string_agg`) and sends it far more
 * slowly than it sends them as rows: 1,163 roll-up figures took 6.5 ms
 * aggregated, 3.3 ms as rows (pgbench, bench/README.md).
 *
 * Only a list that no list encloses (so that it is written once) and whose
 * rows name nothing around it can be one: its rows are read at the top of
 * the statement. The statement's `data` holds a mark where the list goes.
 * A short list is aggregated after all, once its kept statement has seen
 * it short (sql-read.ts, MIN_STREAMED_ITEMS).
 */
export interface ListStream {
  item: string;
  from: string;
  order: string;
  /** The list's text when it has no items (SQL: `'[]'`, or the marker that sends the operation to the resolvers). */
  empty: string;
}

/**
 * A character that no JSON text of the statement holds but this mark:
 * `to_json` escapes control characters in strings, and names and numbers
 * have none.
 */
const MARK = '\u0001';
export const STREAM_MARK_SQL = 'chr(1)';

export interface StreamRow {
  part: number;
  t: string;
  empty: string | null;
}

/**
 * The statement: `data` (with its mark) and the empty list's text on a row
 * of part 0, the items on rows of part 1 in their order. The parts are told
 * apart by `part`, not by position: a parallel plan could interleave them,
 * but each branch keeps its own order.
 */
export function streamStatement(ctes: string, data: string, stream: ListStream): string {
  return `${ctes}select 0 as part, ${data} as t, ${stream.empty} as empty
union all
(select 1, ${stream.item}, null from ${stream.from} order by ${stream.order})`;
}

/**
 * The answer's bytes with the list in its place; undefined if the mark is
 * not where one list goes. Bytes, not one string of them all: see RawJson.
 */
export function joinStream(rows: StreamRow[]): Buffer | undefined {
  const data = rows.find((row) => row.part === 0);
  if (!data) return undefined;
  const at = data.t.indexOf(MARK);
  // No mark: the list's parent is null or answered otherwise, and its rows are not shown.
  if (at < 0) return Buffer.from(data.t);
  if (data.t.indexOf(MARK, at + 1) >= 0) return undefined;
  const parts: Buffer[] = [Buffer.from(data.t.slice(0, at))];
  for (const row of rows) {
    if (row.part === 0) continue;
    parts.push(parts.length === 1 ? OPEN : COMMA, Buffer.from(row.t));
  }
  parts.push(parts.length === 1 ? Buffer.from(data.empty!) : CLOSE, Buffer.from(data.t.slice(at + 1)));
  return Buffer.concat(parts);
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');
