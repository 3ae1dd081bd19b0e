import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { indicatorsOfObjective } from '../indicators/indicator.service';
import { IndicatorConnection } from '../indicators/indicator.types';
import { Objective } from './objective.entity';
import { findInPlan, PLAN_CODE } from './plan-codes';
import { ObjectiveFilter } from './plan.inputs';
import { Plan } from './plan.entity';
import * as plans from './plan.service';
import { ObjectiveConnection, PlanConnection } from './plan.types';
import { DateResolver } from 'graphql-scalars';
import { AdministrativeUnitConnection } from '../territory/administrative-unit.types';
import { today } from '../territory/administrative-unit.service';
import { isoDate } from '../platform/dates';

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => PlanConnection, { description: 'The plans this API monitors.' })
  plans(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return plans.listPlans(ctx, args);
  }

  @Query(() => Plan, { nullable: true, description: 'The plan with this code (e.g. "BK-CTDT-2021-2030"), or null.' })
  plan(@Ctx() ctx: RequestContext, @Arg('code', { description: 'The plan\'s code in this API, e.g. "BK-CTDT-2021-2030".' }) code: string) {
    return plans.findPlan(ctx, code);
  }

  @FieldResolver(() => AdministrativeUnitConnection, {
    description:
      'The units that make up the plan\'s area on `asOf` (default: today): Tỉnh Bắc Kạn (06) until 30 June 2025; from 1 July 2025 the 37 communes of Thái Nguyên formed from Bắc Kạn\'s (not province 19, which is larger in the world).',
  })
  territory(
    @Root() plan: Plan,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('asOf', () => DateResolver, { nullable: true, description: 'The day asked about (default: today, in Vietnam).' }) asOf?: Date,
  ) {
    return plans.territoryOf(ctx, plan, asOf ? isoDate(asOf) : today(ctx), args);
  }
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @Query(() => ObjectiveConnection, { description: 'The objectives of section II, in document order.' })
  objectives(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ObjectiveFilter, { nullable: true, description: 'Conditions on kind and horizon year; null or absent: every objective.' }) filter?: ObjectiveFilter,
  ) {
    return plans.listObjectives(ctx, filter, args);
  }

  @Query(() => Objective, { nullable: true, description: 'The objective with this code (e.g. "II.2.a.9"), or null.' })
  objective(
    @Ctx() ctx: RequestContext,
    @Arg('code', { description: 'The objective\'s code, e.g. "II.2.a.9".' }) code: string,
    @Arg('planCode', () => String, { nullable: true, description: PLAN_CODE }) planCode?: string | null,
  ) {
    return findInPlan(ctx, Objective, code, planCode);
  }

  @FieldResolver(() => Plan, { description: 'The plan the objective belongs to.' })
  plan(@Root() objective: Objective, @Ctx() ctx: RequestContext) {
    return plans.planOf(ctx, objective.plan.id);
  }

  @FieldResolver(() => IndicatorConnection, { description: 'Indicators with a target stated in this objective.' })
  indicators(@Root() objective: Objective, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return indicatorsOfObjective(ctx, objective, args);
  }
}
