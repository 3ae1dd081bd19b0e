import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { Objective } from '../plan/objective.entity';
import { objectiveOf } from '../plan/plan.service';
import { tasksOfIndicator } from '../tasks/task.service';
import { TaskConnection } from '../tasks/task.types';
import { Indicator } from './indicator.entity';
import { findInPlan, PLAN_CODE } from '../plan/plan-codes';
import { IndicatorFilter } from './indicator.inputs';
import * as indicators from './indicator.service';
import { IndicatorConnection } from './indicator.types';
import { Target } from './target.entity';
import { targetHistory, targetsInForce } from './target-revisions';
import { TargetRevision } from './target-revision.entity';
import { User } from '../access/user.entity';
import { DateResolver } from 'graphql-scalars';
import { isoDate } from '../platform/dates';
import { today } from '../territory/administrative-unit.service';

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
  indicator(
    @Ctx() ctx: RequestContext,
    @Arg('code', { description: 'The indicator\'s code in this API, e.g. "households-production-land".' }) code: string,
    @Arg('planCode', () => String, { nullable: true, description: PLAN_CODE }) planCode?: string | null,
  ) {
    return findInPlan(ctx, Indicator, code, planCode);
  }

  @FieldResolver(() => [Target], {
    description: 'Targets by year (2025, 2030, 2045), earliest first, as in force on `asOf`: those set by then, each with the values of its last revision by that day.',
  })
  async targets(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateResolver, { nullable: true, description: 'The day (default: today).' }) asOf?: Date,
  ) {
    return targetsInForce(ctx, await indicators.targetsOf(ctx, indicator), asOf ? isoDate(asOf) : today(ctx));
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

  @FieldResolver(() => [TargetRevision], { description: 'Every form of the target, oldest first: as the plan (or the decision that added it) set it, then each revision with its decision and effective date.' })
  revisions(@Root() target: Target, @Ctx() ctx: RequestContext) {
    return targetHistory(ctx, target);
  }
}

@Resolver(() => TargetRevision)
export class TargetRevisionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The administrator who recorded it; null for the plan\'s own.' })
  recordedBy(@Root() revision: TargetRevision, @Ctx() ctx: RequestContext) {
    return revision.recordedBy ? ctx.loaders.byId(User).load(revision.recordedBy.id) : null;
  }
}
