import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../access/role';
import type { RequestContext } from '../graphql/context';
import { settle } from '../graphql/mutations/outcome';
import { runMutation } from '../graphql/mutations/run-mutation';
import { AssignmentPayload, createAssignment, CreateAssignmentInput, endAssignment, EndAssignmentInput, updateAssignment, UpdateAssignmentInput } from './assignment-catalogue';
import {
  createResponsibleBody,
  CreateResponsibleBodyInput,
  recordBodySuccession,
  RecordBodySuccessionInput,
  ResponsibleBodyPayload,
  updateResponsibleBody,
  UpdateResponsibleBodyInput,
} from './body-catalogue';

/** Bodies and their duties, kept by an administrator. */
@Resolver()
export class BodyMutationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => ResponsibleBodyPayload, { description: 'Adds a body (a department formed by a merger, a new agency). ADMIN only.' })
  createResponsibleBody(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new body and the decision behind it.' }) input: CreateResponsibleBodyInput) {
    return runMutation(ctx, 'createResponsibleBody', input, () => new ResponsibleBodyPayload(), async (tx, payload) => {
      settle(payload, await createResponsibleBody(tx, ctx.viewer!, input), (responsibleBody) => ({ responsibleBody }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ResponsibleBodyPayload, { description: 'Changes a body\'s names, note or whether it reports. ADMIN only.' })
  updateResponsibleBody(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The body, its version and the changes.' }) input: UpdateResponsibleBodyInput) {
    return runMutation(ctx, 'updateResponsibleBody', input, () => new ResponsibleBodyPayload(), async (tx, payload) => {
      settle(payload, await updateResponsibleBody(tx, ctx.viewer!, input), (responsibleBody) => ({ responsibleBody }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ResponsibleBodyPayload, { description: 'Records a merger, renaming or end: the successor carries on from the effective date, and the predecessor\'s duties pass to it. ADMIN only.' })
  recordBodySuccession(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The two bodies, the day and the decision.' }) input: RecordBodySuccessionInput) {
    return runMutation(ctx, 'recordBodySuccession', input, () => new ResponsibleBodyPayload(), async (tx, payload) => {
      settle(payload, await recordBodySuccession(tx, ctx.viewer!, input), (responsibleBody) => ({ responsibleBody }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AssignmentPayload, { description: 'Adds a duty: INFERRED (a reading), DECIDED (a later decision, with its legal basis) or a missed STATED one. ADMIN only.' })
  createAssignment(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The body, the task (or none), the role and the duty.' }) input: CreateAssignmentInput) {
    return runMutation(ctx, 'createAssignment', input, () => new AssignmentPayload(), async (tx, payload) => {
      settle(payload, await createAssignment(tx, ctx.viewer!, input), (assignment) => ({ assignment }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AssignmentPayload, { description: 'Changes a duty\'s role, words or source. ADMIN only.' })
  updateAssignment(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The duty, its version and the changes.' }) input: UpdateAssignmentInput) {
    return runMutation(ctx, 'updateAssignment', input, () => new AssignmentPayload(), async (tx, payload) => {
      settle(payload, await updateAssignment(tx, ctx.viewer!, input), (assignment) => ({ assignment }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AssignmentPayload, { description: 'Ends a duty on a day, by a decision; it stays, with its days. ADMIN only.' })
  endAssignment(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The duty, its version, its last day and the decision.' }) input: EndAssignmentInput) {
    return runMutation(ctx, 'endAssignment', input, () => new AssignmentPayload(), async (tx, payload) => {
      settle(payload, await endAssignment(tx, ctx.viewer!, input), (assignment) => ({ assignment }));
    });
  }
}
