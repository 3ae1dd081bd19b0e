import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import type { ConnectionArgs } from '../relay/connection';
import { toKeysetSlice } from '../relay/paginate';
import { jsonBase64url, jsonList, jsonNumber, type SqlFieldRead, type SqlFields } from './sql-fields';

/** A list's rows as knex writes them: SQL with `?` placeholders, and their values. */
export interface ListBase {
  sql: string;
  bindings: readonly unknown[];
}

/** What a connection's fields (nodes, edges, pageInfo, totalCount) read from. */
interface ConnectionScope {
  /** The page's rows and one more, if there is one (a CTE's name, or a subquery on the parent's row). */
  page: string;
  size: number;
  order: readonly string[];
  afterCursor: boolean;
  /** The whole list (for totalCount); null for a nested list, whose page info and total are the resolvers'. */
  base: string | null;
}

/** Stands for the parent's key in a nested list's SQL: the statement puts the parent row's id in its place. */
export const PARENT_KEY = '\u0000parent-key';

/**
 * A root list (`rootPage`'s) as a connection inside the statement: one page by
 * keyset after the cursor, in the list's order. Forward pages only; `last`
 * and `before`, and a cursor or size the API refuses, are the resolvers'.
 */
export function rootConnection(read: SqlFieldRead, base: ListBase, order: readonly string[]): string | undefined {
  const page = pageOf(read, base, order);
  if (!page) return undefined;
  const scope: ConnectionScope = { ...page, page: read.with(page.sql), base: page.base };
  return read.select(read.alias('connection'), scope);
}

/**
 * A parent's list (`nestedPage`'s) as a connection: its page read for each
 * parent row, as a subquery on it. `base` is the list's SQL for one parent
 * whose key is `PARENT_KEY`. Its nodes and edges only: a selection with its
 * page info or total is the resolvers'.
 */
export function nestedConnection(read: SqlFieldRead, base: ListBase, order: readonly string[]): string | undefined {
  const page = pageOf(read, base, order);
  if (!page) return undefined;
  const scope: ConnectionScope = { ...page, page: `(${page.sql})`, base: null };
  return read.select(read.alias('connection'), scope);
}

function pageOf(read: SqlFieldRead, base: ListBase, order: readonly string[]) {
  let slice;
  try {
    slice = toKeysetSlice(read.args as ConnectionArgs, order.length);
  } catch {
    return undefined;
  }
  if (slice.direction !== 'forward' || slice.before) return undefined;
  const baseSql = withParameters(read, base);
  const after = slice.after ? `where (${orderBy('b', order)}) > (${slice.after.map((value) => read.param(value, 'int')).join(', ')})` : '';
  const sql = `select b.* from (${baseSql}) b ${after} order by ${orderBy('b', order)} limit ${sizeLiteral(slice.size + 1)}`;
  return { sql, size: slice.size, order, afterCursor: slice.after != null, base: baseSql };
}

/** knex's `?` placeholders as the statement's parameters (the parent's key as its row's id). */
function withParameters(read: SqlFieldRead, base: ListBase): string {
  let i = 0;
  return base.sql.replace(/\?/g, () => {
    const value = base.bindings[i++];
    return value === PARENT_KEY ? `${read.parent}.id` : read.param(value);
  });
}

/**
 * A page's size is written into the text, not passed as a parameter. Of
 * `limit $n` PostgreSQL's generic plan assumes a tenth of the rows, so a
 * page deep in the values (scenario 4 at L) cost 26,363 against its custom
 * plan's 616: planned again on every request (0.9 ms). One text per page
 * size, each prepared once; clients page at one size.
 */
function sizeLiteral(size: number): string {
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`A page size must be a whole number, not ${size}`);
  return String(size);
}

const orderBy = (alias: string, order: readonly string[], direction = '') => order.map((column) => `${alias}."${column}"${direction}`).join(', ');

/** The page's own rows (not the one more), as a FROM item aliased `alias`, with the joins the selection over it asked for. */
function pageRows(read: SqlFieldRead, scope: ConnectionScope, alias: string): string {
  return `(select * from ${scope.page} p order by ${orderBy('p', scope.order)} limit ${sizeLiteral(scope.size)}) ${alias}${read.joins(alias)}`;
}

/** A cursor as `encodeCursor` writes it: the base64url of the row's order values as a JSON array. */
function cursorOf(alias: string, order: readonly string[]): string {
  return jsonBase64url(`'[' || ${order.map((column) => `${alias}."${column}"`).join(` || ',' || `)} || ']'`);
}

function connectionFields(): Record<string, (read: SqlFieldRead) => string | undefined> {
  const scoped = (read: SqlFieldRead) => read.scope as ConnectionScope | undefined;
  return {
    nodes: (read) => {
      const scope = scoped(read);
      const row = read.alias('node');
      const node = scope && read.select(row);
      return node && jsonList(node, pageRows(read, scope, row), orderBy(row, scope.order));
    },
    edges: (read) => {
      const scope = scoped(read);
      const row = read.alias('edge');
      const edge = scope && read.select(row, scope.order);
      return edge && jsonList(edge, pageRows(read, scope, row), orderBy(row, scope.order));
    },
    pageInfo: (read) => {
      const scope = scoped(read);
      return scope?.base != null ? read.select(read.alias('page_info'), scope) : undefined;
    },
    totalCount: (read) => {
      const scope = scoped(read);
      return scope?.base != null ? jsonNumber(`(select count(*) from (${scope.base}) b)`) : undefined;
    },
  };
}

const EDGE_FIELDS: Record<string, (read: SqlFieldRead) => string | undefined> = {
  cursor: (read) => cursorOf(read.parent, read.scope as readonly string[]),
  node: (read) => read.select(read.parent),
};

const PAGE_INFO_FIELDS: Record<string, (read: SqlFieldRead) => string | undefined> = {
  hasNextPage: (read) => {
    const scope = read.scope as ConnectionScope;
    return `(select case when count(*) > ${sizeLiteral(scope.size)} then 'true' else 'false' end from ${scope.page})`;
  },
  hasPreviousPage: (read) => ((read.scope as ConnectionScope).afterCursor ? `'true'` : `'false'`),
  startCursor: (read) => endOfPage(read, ''),
  endCursor: (read) => endOfPage(read, ' desc'),
};

/** The cursor of the page's first or last row (not the one more); null on an empty page. */
function endOfPage(read: SqlFieldRead, direction: string): string {
  const scope = read.scope as ConnectionScope;
  const rows = `(select * from ${scope.page} p order by ${orderBy('p', scope.order)} limit ${sizeLiteral(scope.size)})`;
  return `coalesce((select ${cursorOf('p', scope.order)} from ${rows} p order by ${orderBy('p', scope.order, direction)} limit 1), 'null')`;
}

/**
 * The fields every connection, edge and page info type has, and every Node's
 * `id` (`toGlobalId`: the base64url of "Type:id"), for all such types of the schema.
 */
export function relaySqlFields(schema: GraphQLSchema): SqlFields {
  const fields: SqlFields = { PageInfo: PAGE_INFO_FIELDS };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const names = Object.keys(type.getFields());
    if (type.name.endsWith('Connection') && ['nodes', 'edges', 'pageInfo'].every((name) => names.includes(name))) fields[type.name] = connectionFields();
    else if (type.name.endsWith('Edge') && names.includes('cursor') && names.includes('node')) fields[type.name] = EDGE_FIELDS;
    if (type.getInterfaces().some((face) => isInterfaceType(face) && face.name === 'Node')) {
      const typeName = type.name;
      fields[typeName] = {
        ...fields[typeName],
        id: ({ parent }) => jsonBase64url(`'${typeName}:' || ${parent}.id`),
      };
    }
  }
  return fields;
}
