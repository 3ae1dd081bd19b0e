import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { countRows, fetchRootPage } from '../../database/root-page';
import type { RequestContext } from '../context';
import { Connection, ConnectionArgs } from './connection';
import { toConnection, toKeysetSlice, toRootConnection } from './paginate';

/** Document order first, the key last: every list in the API has a total, stable order. */
export const DOCUMENT_ORDER = ['position', 'id'] as const;

/**
 * `base` selects `e.*` from the entity's table aliased `e`, with its filters.
 * Returns one page of it as a Relay connection: one keyset statement for the
 * page, and a count only if the query selects `totalCount`.
 */
export async function rootPage<T extends object>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  args: ConnectionArgs,
  base: (knex: Knex) => Knex.QueryBuilder,
  orderColumns: readonly string[] = DOCUMENT_ORDER,
): Promise<Connection<T>> {
  const slice = toKeysetSlice(args, orderColumns.length);
  const knex = ctx.em.getKnex();
  const page = await fetchRootPage(ctx.em, entity, base(knex), orderColumns, slice, ctx.loaders.columnsOf(entity));
  const totalCount = () => countRows(ctx.em, base(knex));
  return toRootConnection(page, slice, totalCount);
}

/**
 * A page of a parent's related rows, batched with its siblings through a
 * DataLoader. `base` selects `e.*` plus the parent's key as `_group` for all
 * `parentKeys` at once.
 */
export async function nestedPage<T extends object>(
  ctx: RequestContext,
  relation: string,
  entity: EntityClass<T>,
  args: ConnectionArgs,
  parentKey: number | string,
  base: (knex: Knex, parentKeys: readonly (number | string)[]) => Knex.QueryBuilder,
  orderColumns: readonly string[] = DOCUMENT_ORDER,
  /** Many-to-one relations of `entity` to read in the same statement when selected (see LoaderRegistry.groupedPages). */
  related: readonly string[] = [],
): Promise<Connection<T>> {
  const slice = toKeysetSlice(args, orderColumns.length);
  const page = await ctx.loaders.groupedPages(relation, entity, slice, orderColumns, base, related).load(parentKey);
  return toConnection(page, slice);
}
