import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../access/role';
import type { RequestContext } from '../graphql/context';
import { settle } from '../graphql/mutations/outcome';
import { runMutation } from '../graphql/mutations/run-mutation';
import { CreateIndicatorInput, ReviseTargetInput, UpdateIndicatorInput } from './indicator-catalogue.inputs';
import { createIndicator, reviseTarget, updateIndicator } from './indicator-catalogue.service';
import { IndicatorPayload, ReviseTargetPayload } from './indicator-catalogue.types';

/** The catalogue's indicators and targets, kept by an administrator (Ban Dân tộc tỉnh and its successor). */
@Resolver()
export class IndicatorMutationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => IndicatorPayload, { description: 'Adds an indicator (a decision adds a measure to the plan). ADMIN only.' })
  createIndicator(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new indicator.' }) input: CreateIndicatorInput) {
    return runMutation(ctx, 'createIndicator', input, () => new IndicatorPayload(), async (tx, payload) => {
      settle(payload, await createIndicator(tx, ctx.viewer!, input), (indicator) => ({ indicator }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IndicatorPayload, { description: 'Changes an indicator\'s name, unit, aggregation (not once values exist), reporting level or breakdown. ADMIN only.' })
  updateIndicator(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The indicator, its version and the changes.' }) input: UpdateIndicatorInput) {
    return runMutation(ctx, 'updateIndicator', input, () => new IndicatorPayload(), async (tx, payload) => {
      settle(payload, await updateIndicator(tx, ctx.viewer!, input), (indicator) => ({ indicator }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ReviseTargetPayload, {
    description: 'Records a decision that revises a target (or adds one for a new year) from its effective date. Every revision is kept: `Target.revisions`, `Indicator.targets(asOf)`; progress judges each period by the target in force at its end. ADMIN only.',
  })
  reviseTarget(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The target, its new values, the decision and its effective date.' }) input: ReviseTargetInput) {
    return runMutation(ctx, 'reviseTarget', input, () => new ReviseTargetPayload(), async (tx, payload) => {
      settle(payload, await reviseTarget(tx, ctx.viewer!, input), (revised) => revised);
    });
  }
}
