import type { GroupPage, KeysetSlice, PageItem } from '../../database/grouped-page';
import type { RootPage } from '../../database/root-page';
import { badUserInput } from '../errors';
import { Connection, ConnectionArgs, Edge, PageInfo, toPageWindow } from './connection';

/** Cursors are the order values of a row, so a page stays stable when rows are added elsewhere. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string, keyLength: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid = Array.isArray(key) && key.length === keyLength && key.every(isKeyValue);
    if (valid) return key;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`\`${argument}\` is not a cursor of this list: use a \`cursor\` or \`pageInfo\` value from it.`, {
    argument,
  });
}

const MAX_INT4 = 2 ** 31 - 1;

/**
 * Every list is ordered by integer columns (a position, then the row's key),
 * so a cursor holds integers PostgreSQL's `integer` can take; anything else
 * was not made by this API, and must not reach SQL as a value of another type.
 */
function isKeyValue(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_INT4;
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

interface KeyedItem<T> {
  key: unknown[];
  entity: T;
}

/*
 * A connection's parts are built when read: execution reads a field only when the
 * query selects it, and most nested lists are asked for their nodes alone. The
 * getters sit on prototypes: a getter in an object literal is a new closure and
 * accessor for every edge, which was a tenth of what the nested graph allocated.
 */

/** An edge whose cursor is encoded only when read. */
class LazyEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly key: readonly unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

class LazyPageInfo implements PageInfo {
  constructor(
    private readonly first: KeyedItem<unknown> | undefined,
    private readonly last: KeyedItem<unknown> | undefined,
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.first ? encodeCursor(this.first.key) : null;
  }

  get endCursor(): string | null {
    return this.last ? encodeCursor(this.last.key) : null;
  }
}

abstract class LazyConnection<T, Item extends KeyedItem<T> = KeyedItem<T>> {
  constructor(protected readonly items: ReadonlyArray<Item>) {}

  get edges(): Edge<T>[] {
    return this.items.map((item) => new LazyEdge(item.entity, item.key));
  }

  get nodes(): T[] {
    return this.items.map((item) => item.entity);
  }
}

class NestedConnection<T> extends LazyConnection<T, PageItem<T>> implements Connection<T> {
  constructor(
    private readonly page: GroupPage<T> | undefined,
    private readonly slice: KeysetSlice,
  ) {
    super(page?.items ?? []);
  }

  get totalCount(): number {
    return this.page?.total ?? 0;
  }

  get pageInfo(): PageInfo {
    const { items, slice } = this;
    const total = this.totalCount;
    const first = items[0];
    const last = items[items.length - 1];
    // An empty page (first: 0, or a cursor at the end) still says whether there is more.
    const moreInRange = (this.page?.inRange ?? 0) > 0;
    const forward = slice.direction === 'forward';
    return new LazyPageInfo(
      first,
      last,
      first ? first.index > 1 : forward ? total > 0 && slice.after != null : moreInRange,
      last ? last.index < total : forward ? moreInRange : total > 0 && slice.before != null,
    );
  }
}

export function toConnection<T>(page: GroupPage<T> | undefined, slice: KeysetSlice): Connection<T> {
  return new NestedConnection(page, slice);
}

/**
 * A root page's connection. As Relay's spec allows, the side the client comes
 * from is known from its cursor: after a cursor there are rows before (the
 * cursor's own row at least); the far side is what the page query saw.
 */
class RootConnection<T> extends LazyConnection<T> implements Connection<T> {
  private counting?: Promise<number>;

  constructor(
    private readonly page: RootPage<T>,
    private readonly slice: KeysetSlice,
    private readonly count: () => Promise<number>,
  ) {
    super(page.items);
  }

  /** A promise, counted only when the query selects the field (which has a resolver for it). */
  get totalCount(): number {
    return (this.counting ??= this.count()) as unknown as number;
  }

  get pageInfo(): PageInfo {
    const { items, slice, page } = this;
    const forward = slice.direction === 'forward';
    return new LazyPageInfo(
      items[0],
      items[items.length - 1],
      slice.after != null || (!forward && page.hasMore),
      slice.before != null || (forward && page.hasMore),
    );
  }
}

export function toRootConnection<T>(page: RootPage<T>, slice: KeysetSlice, totalCount: () => Promise<number>): Connection<T> {
  return new RootConnection(page, slice, totalCount);
}
