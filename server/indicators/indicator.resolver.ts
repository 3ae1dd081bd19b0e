import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { Objective } from '../plan/objective.entity';
import { objectiveOf } from '../plan/plan.service';
import { tasksOfIndicator } from '../tasks/task.service';
import { TaskConnection } from '../tasks/task.types';
import { Indicator } from './indicator.entity';
import { IndicatorFilter } from './indicator.inputs';
import * as indicators from './indicator.service';
import { IndicatorConnection } from './indicator.types';
import { Target } from './target.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: 'Measurable indicators of the plan, in document order.' })
  indicators(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Conditions on horizon, objective kind, body, task, measure, aggregation and name; null or absent: every indicator.' }) filter?: IndicatorFilter,
  ) {
    return indicators.listIndicators(ctx, filter, args);
  }

  @Query(() => Indicator, { nullable: true, description: 'The indicator with this code, or null.' })
  indicator(@Ctx() ctx: RequestContext, @Arg('code', { description: 'The indicator\'s code in this API, e.g. "households-production-land".' }) code: string) {
    return indicators.findIndicator(ctx, code);
  }

  @FieldResolver(() => [Target], { description: 'Targets by year (2025, 2030, 2045), earliest first.' })
  targets(@Root() indicator: Indicator, @Ctx() ctx: RequestContext) {
    return indicators.targetsOf(ctx, indicator);
  }

  @FieldResolver(() => Objective, { description: 'The objective bullet that first states this indicator.' })
  objective(@Root() indicator: Indicator, @Ctx() ctx: RequestContext) {
    return objectiveOf(ctx, indicator.objective.id);
  }

  @FieldResolver(() => Indicator, {
    nullable: true,
    description: 'For a share within a share ("trong đó ít nhất 50% là lao động nữ"): the indicator it breaks down.',
  })
  parent(@Root() indicator: Indicator, @Ctx() ctx: RequestContext) {
    return indicators.indicatorOf(ctx, indicator.parent?.id);
  }

  @FieldResolver(() => IndicatorConnection, { description: 'Indicators that break this one down (its `parent` is this one).' })
  breakdowns(@Root() indicator: Indicator, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return indicators.subIndicators(ctx, indicator, args);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks that serve this indicator.' })
  tasks(@Root() indicator: Indicator, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return tasksOfIndicator(ctx, indicator, args);
  }
}

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator the target is set on.' })
  indicator(@Root() target: Target, @Ctx() ctx: RequestContext) {
    return indicators.indicatorOf(ctx, target.indicator.id);
  }

  @FieldResolver(() => Objective, { description: 'The objective bullet whose text states this target.' })
  objective(@Root() target: Target, @Ctx() ctx: RequestContext) {
    return objectiveOf(ctx, target.objective.id);
  }
}
