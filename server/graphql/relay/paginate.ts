import type { GroupPage, KeysetSlice } from '../../database/grouped-page';
import type { RootPage } from '../../database/root-page';
import { badUserInput } from '../errors';
import { Connection, ConnectionArgs, toPageWindow } from './connection';

/** Cursors are the order values of a row, so a page stays stable when rows are added elsewhere. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string, keyLength: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(key) &&
      key.length === keyLength &&
      key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
    if (valid) return key;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`\`${argument}\` is not a cursor of this list: use a \`cursor\` or \`pageInfo\` value from it.`, {
    argument,
  });
}

/** Checks connection arguments and turns cursors into keyset bounds. */
export function toKeysetSlice(args: ConnectionArgs, keyLength: number): KeysetSlice {
  const window = toPageWindow(args);
  return {
    direction: window.direction,
    size: window.size,
    after: window.after != null ? decodeCursor(window.after, 'after', keyLength) : undefined,
    before: window.before != null ? decodeCursor(window.before, 'before', keyLength) : undefined,
  };
}

/**
 * Edges whose cursor is encoded only when read: execution reads a field only
 * when the query selects it, and most nested lists are asked for their nodes.
 */
function edgesOf<T>(items: ReadonlyArray<{ key: unknown[]; entity: T }>): Array<{ cursor: string; node: T }> {
  return items.map((item) => ({
    node: item.entity,
    get cursor() {
      return encodeCursor(item.key);
    },
  }));
}

function cursorOf(item: { key: unknown[] } | undefined): string | null {
  return item ? encodeCursor(item.key) : null;
}

export function toConnection<T>(page: GroupPage<T> | undefined, slice: KeysetSlice): Connection<T> {
  const items = page?.items ?? [];
  const total = page?.total ?? 0;
  const edges = edgesOf(items);
  const first = items[0];
  const last = items[items.length - 1];
  // An empty page (first: 0, or a cursor at the end) still says whether there is more.
  const moreInRange = (page?.inRange ?? 0) > 0;
  const forward = slice.direction === 'forward';
  return {
    edges,
    nodes: items.map((item) => item.entity),
    totalCount: total,
    pageInfo: {
      get startCursor() {
        return cursorOf(first);
      },
      get endCursor() {
        return cursorOf(last);
      },
      hasPreviousPage: first ? first.index > 1 : forward ? total > 0 && slice.after != null : moreInRange,
      hasNextPage: last ? last.index < total : forward ? moreInRange : total > 0 && slice.before != null,
    },
  };
}

/**
 * A root page's connection. As Relay's spec allows, the side the client comes
 * from is known from its cursor: after a cursor there are rows before (the
 * cursor's own row at least); the far side is what the page query saw.
 */
export function toRootConnection<T>(page: RootPage<T>, slice: KeysetSlice, totalCount: () => Promise<number>): Connection<T> {
  const edges = edgesOf(page.items);
  const forward = slice.direction === 'forward';
  let counting: Promise<number> | undefined;
  return {
    edges,
    nodes: page.items.map((item) => item.entity),
    // A getter: execution reads a field only when the query selects it, so unselected totals cost nothing.
    get totalCount() {
      return (counting ??= totalCount()) as unknown as number;
    },
    pageInfo: {
      get startCursor() {
        return cursorOf(page.items[0]);
      },
      get endCursor() {
        return cursorOf(page.items[page.items.length - 1]);
      },
      hasPreviousPage: slice.after != null || (!forward && page.hasMore),
      hasNextPage: slice.before != null || (forward && page.hasMore),
    },
  };
}
