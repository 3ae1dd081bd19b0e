import type { EntityClass } from '@mikro-orm/core';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { User } from '../access/user.entity';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs, ConnectionType } from '../graphql/relay/connection';
import { nestedPage } from '../graphql/relay/pages';
import { CatalogueChange } from './catalogue-change.entity';

export const CatalogueChangeConnection = ConnectionType(CatalogueChange, 'A page of the catalogue\'s history, oldest first.');

/** `history` on an object of the catalogue: its entries, by the object's type name and key. */
export function catalogueHistoryResolver(entity: EntityClass<{ id: number }>) {
  const typeName = entity.name;
  @Resolver(() => entity)
  class CatalogueHistoryResolver {
    @FieldResolver(() => CatalogueChangeConnection, { description: 'Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first.' })
    history(@Root() object: { id: number }, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
      return nestedPage(ctx, `${typeName}.history`, CatalogueChange, args, object.id, (knex, ids) =>
        knex('catalogue_change as e').select('e.*', 'e.subject_id as _group').where('e.subject_type', typeName).whereIn('e.subject_id', ids),
        ['id'],
      );
    }
  }
  return CatalogueHistoryResolver;
}

@Resolver(() => CatalogueChange)
export class CatalogueChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The administrator who made the change.' })
  actor(@Root() change: CatalogueChange, @Ctx() ctx: RequestContext) {
    return change.actor ? ctx.loaders.byId(User).load(change.actor.id) : null;
  }
}
