import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { RequestContext } from '../context';

@ObjectType({ simpleResolvers: true, description: 'The caller\'s budget (per token, or per client address without one), after this request.' })
export class RateLimit {
  @Field(() => Int, { description: 'Points per window.' })
  limit!: number;

  @Field(() => Int, { description: 'Points this request cost: one per 100 nodes it may return, at least 1.' })
  cost!: number;

  @Field(() => Int, { description: 'Nodes this request may return, as counted for `cost`.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Points used in this window, this request included.' })
  used!: number;

  @Field(() => Int, { description: 'Points left in this window after this request: `limit` minus `used`, never below 0.' })
  remaining!: number;

  @Field(() => DateTimeResolver, { description: 'When the window ends and the budget renews.' })
  resetAt!: Date;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimit, { nullable: true, description: 'The caller\'s rate limit, as charged for this request.' })
  rateLimit(@Ctx() ctx: RequestContext): RateLimit | null {
    return ctx.rateLimit ?? null;
  }
}
