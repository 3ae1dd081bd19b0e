import type { Knex } from '@mikro-orm/postgresql';

/**
 * What a part declares so that a field can be read inside its parent's
 * statement (sql-read.ts): per GraphQL type and field, a function that writes
 * the field's value as a SQL expression: its JSON as text, never NULL
 * (`'null'`). Text joined with `||`, not PostgreSQL's json functions:
 * `json_build_object` costs twice as much per row (bench/README.md).
 */
export type SqlFields = Record<string, Record<string, SqlField>>;

/**
 * The field's value as SQL (JSON text), or undefined when it cannot be read
 * so for these arguments: the whole operation then runs through the resolvers.
 */
export type SqlField = (read: SqlFieldRead) => string | undefined;

/**
 * What a field's read sees of the request: `args`, `today` and, through the
 * fields `@Authorized` lets it reach, the caller's role. The statement
 * written for an operation is kept by those (kept-statements.ts) and written
 * again only when one changes. Whatever else a read would depend on must
 * come in here, and into that key.
 */
export interface SqlFieldRead {
  /** The alias of the row the field is read on: its parent object's (none at the root). */
  parent: string;
  /** The field's arguments, coerced, with their defaults. */
  args: Record<string, unknown>;
  /**
   * The field's own selection as one JSON object (text) over a row of its
   * type aliased `alias`; undefined when part of it cannot be read in SQL.
   * `scope` is what the fields of that selection find in `read.scope`.
   */
  select(alias: string, scope?: unknown): string | undefined;
  /** What the parent's read left for its fields (a connection's page, say). */
  scope: unknown;
  /** A parameter of the statement, `$n::type` (`$n` without a type: PostgreSQL infers it). */
  param(value: unknown, type?: string): string;
  /** A common table expression of the statement (read once however often it is named): its name. */
  with(sql: string): string;
  /** A table alias no other part of the statement uses. */
  alias(name: string): string;
  /**
   * The row of `table` whose id `key` of the row `from` (the parent row by
   * default, or a row joined to it) holds, joined to the parent's rows: a
   * join plans as one step, where a subquery per row is planned and run per
   * row. Its alias; the same join asked twice is made once.
   */
  joinOne(table: string, key: string, from?: string): string;
  /** The joins that the selection over `alias` asked for: written after the FROM item that `alias` names. */
  joins(alias: string): string;
  /**
   * The JSON list (text) of `item` over the rows of `from`, in `order`
   * (`empty`, `'[]'` by default, when there are none), as `jsonList` writes
   * it. A list whose `from` names no row around it (`uncorrelated`) and that
   * no list encloses may instead come as rows of their own, joined in Node
   * (the statement's stream, sql-read.ts).
   */
  list(item: string, from: string, order: string, options?: { empty?: string; uncorrelated?: boolean }): string;
  /** Today in Vietnam (YYYY-MM-DD), as the request's clock has it. */
  today: string;
  /** The pool's knex, to write SQL with (never to run it: the statement runs once, written whole). */
  knex: Knex;
}

/**
 * Where the resolvers must answer after all (a code two plans share, an
 * empty roll-up to explain, a note built in Node), a field's SQL yields this
 * object. No response holds it otherwise: a JSON object's first key follows
 * `{`, and GraphQL names never start with `$`.
 */
export const RESOLVERS_ANSWER_TEXT = '{"$resolvers":true}';
export const RESOLVERS_ANSWER = `'${RESOLVERS_ANSWER_TEXT}'`;

/**
 * What a single object's read leaves for its fields when its row is the one
 * row of a common table expression: a list under it can then name that
 * expression instead of the row, and read uncorrelated.
 */
export interface SingleRowScope {
  singleRow: string;
}

export function singleRowOf(scope: unknown): string | undefined {
  return typeof scope === 'object' && scope !== null && 'singleRow' in scope ? (scope as SingleRowScope).singleRow : undefined;
}

/** A JSON list (text) of `item` over the rows of `from`, in `order`: `[]` when there are none, or `empty` if given. */
export function jsonList(item: string, from: string, order: string, empty = `'[]'`): string {
  return `(select coalesce('[' || string_agg(${item}, ',' order by ${order}) || ']', ${empty}) from ${from})`;
}

/** JSON text of a number, a string, a date... (PostgreSQL's text of numbers is JSON's; strings are quoted and escaped). */
export function jsonNumber(sql: string): string {
  return `coalesce((${sql})::text, 'null')`;
}

export function jsonString(sql: string): string {
  return `coalesce(to_json(${sql})::text, 'null')`;
}

/** A JSON string of the base64url of a text, unpadded, as Node's `base64url` writes it (global IDs, cursors). */
export function jsonBase64url(text: string): string {
  return `'"' || translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/=\\n', '-_') || '"'`;
}

/** A many-to-one relation: the row that the parent's `key` names, joined to the parent's rows; null when the key is. */
export function joinedObject(read: SqlFieldRead, table: string, key: string): string | undefined {
  const row = read.joinOne(table, key);
  const selected = read.select(row);
  return selected && `case when ${row}.id is null then 'null' else ${selected} end`;
}
