import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import type { RequestContext } from '../graphql/context';
import { settle } from '../graphql/mutations/outcome';
import { runMutation } from '../graphql/mutations/run-mutation';
import { ConnectionArgs } from '../graphql/relay/connection';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, CreateUserInput, RevokeApiTokenInput } from './access.inputs';
import * as access from './access.service';
import { CreateApiTokenPayload, CreateUserPayload, RevokeApiTokenPayload, UserConnection } from './access.types';
import { Role } from './role';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The user whose token made this request; null without a token.' })
  viewer(@Ctx() ctx: RequestContext) {
    return access.findUser(ctx, ctx.viewer?.userId);
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Everyone with access to the API, oldest first. ADMIN only.' })
  users(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return access.listUsers(ctx, args);
  }

  @FieldResolver(() => ResponsibleBody, { nullable: true, description: 'The body a REPORTER writes for.' })
  body(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.body ? ctx.loaders.byId(ResponsibleBody).load(user.body.id) : null;
  }

  @FieldResolver(() => [ApiToken], { description: 'The user\'s tokens, revoked ones included. Visible to the user and to an ADMIN.' })
  apiTokens(@Root() user: User, @Ctx() ctx: RequestContext) {
    return access.tokensOf(ctx, user);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateUserPayload, { description: 'Adds a user. ADMIN only. The user then needs a token (`createApiToken`).' })
  createUser(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The user to add.' }) input: CreateUserInput) {
    return runMutation(ctx, 'createUser', input, () => new CreateUserPayload(), async (tx, payload) => {
      settle(payload, await access.createUser(tx, input), (user) => ({ user }));
    });
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, {
    description:
      'Creates a personal API token and shows its secret once. It expires no later than the token that asks for it, and is revoked with it.',
  })
  createApiToken(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The token to create.' }) input: CreateApiTokenInput) {
    return runMutation(ctx, 'createApiToken', input, () => new CreateApiTokenPayload(), async (tx, payload) => {
      const user = await access.userForToken(tx, ctx.viewer!, input.userId);
      const maker = await access.makerOf(tx, ctx.viewer!);
      const issued = user.ok ? await access.issueToken(tx, user.ok, input.name, input.expiresAt ?? null, maker) : user;
      settle(payload, issued, (ok) => ok);
    });
  }

  @Authorized()
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes a token at once. Your own, or anyone\'s for an ADMIN.' })
  async revokeApiToken(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The token to revoke.' }) input: RevokeApiTokenInput) {
    const payload = await runMutation(ctx, 'revokeApiToken', input, () => new RevokeApiTokenPayload(), async (tx, payload) => {
      settle(payload, await access.revokeToken(tx, ctx.viewer!, input.tokenId), (apiToken) => ({ apiToken }));
    });
    // After the commit: a lookup made before it could otherwise cache the token as live again.
    ctx.tokenCache?.clear();
    return payload;
  }
}
