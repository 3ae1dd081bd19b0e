import type { EntityClass } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { badUserInput, unauthenticated } from '../errors';
import { fromGlobalId } from './global-id';
import { MAX_PAGE_SIZE } from './connection';
import { Node } from './node';

/**
 * Builds the `node`/`nodes` resolver: `open` types for anyone, `protected`
 * types (reports and what hangs off them) for any caller with a token.
 */
export function createNodeResolver(
  open: EntityClass<Node<string>>[],
  protectedTypes: EntityClass<Node<string>>[],
  /** Further checks per type name, run once the caller is known to have a token. */
  guards: Record<string, (ctx: RequestContext, id: number) => void> = {},
  /** Checks per type name that need the object itself (its owner): they throw when the caller may not see it. */
  visibility: Record<string, (ctx: RequestContext, node: Node<string>) => void> = {},
) {
  const byName = new Map([...open, ...protectedTypes].map((entity) => [entity.name, entity]));
  const needsToken = new Set(protectedTypes.map((entity) => entity.name));

  function load(ctx: RequestContext, globalId: string): Promise<Node<string> | null> {
    const { typeName, id } = fromGlobalId(globalId);
    const entity = byName.get(typeName);
    if (needsToken.has(typeName) && !ctx.viewer) throw unauthenticated(`A ${typeName} needs an API token`);
    guards[typeName]?.(ctx, id);
    if (!entity) return Promise.resolve(null);
    const loaded = ctx.loaders.byId(entity).load(id);
    const check = visibility[typeName];
    return check ? loaded.then((node) => (node && check(ctx, node), node)) : loaded;
  }

  async function loadOrError(ctx: RequestContext, globalId: string): Promise<Node<string> | null | unknown> {
    try {
      return await load(ctx, globalId);
    } catch (error) {
      return error;
    }
  }

  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: 'Fetches any object by its global ID; null when none has it.' })
    node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The object\'s opaque global ID, as its `id` field gives it.' }) id: string) {
      return load(ctx, id);
    }

    @Query(() => [Node], {
      nullable: 'items',
      description: `Fetches objects by global ID, in the same order; null for IDs that match nothing. At most ${MAX_PAGE_SIZE} IDs.`,
    })
    nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID], { description: `Opaque global IDs, at most ${MAX_PAGE_SIZE}.` }) ids: string[]) {
      if (ids.length > MAX_PAGE_SIZE) {
        throw badUserInput(`\`ids\` holds ${ids.length} IDs; at most ${MAX_PAGE_SIZE} are allowed.`, { argument: 'ids' });
      }
      // Each ID on its own: a bad one is an error at its index and a null there, as GitHub answers, and
      // an ID refused while the loads of the ones before it are under way cannot leave them unobserved.
      // An error in a list's place is reported at its index by graphql-js and graphql-jit alike.
      return Promise.all(ids.map((id) => loadOrError(ctx, id)));
    }
  }

  return NodeResolver;
}
