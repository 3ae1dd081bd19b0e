import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../access/role';
import type { RequestContext } from '../graphql/context';
import { settle } from '../graphql/mutations/outcome';
import { runMutation } from '../graphql/mutations/run-mutation';
import { createTask, CreateTaskInput, TaskPayload, updateTask, UpdateTaskInput } from './task-catalogue';

@Resolver()
export class TaskMutationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => TaskPayload, { description: 'Adds a task or a sub-item that a decision brings in ("bổ sung các nhiệm vụ mới phát sinh"). ADMIN only.' })
  createTask(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new task and the decision behind it.' }) input: CreateTaskInput) {
    return runMutation(ctx, 'createTask', input, () => new TaskPayload(), async (tx, payload) => {
      settle(payload, await createTask(tx, ctx.viewer!, input), (task) => ({ task }));
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TaskPayload, { description: 'Changes a task\'s title, text or sector. ADMIN only.' })
  updateTask(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The task, its version and the changes.' }) input: UpdateTaskInput) {
    return runMutation(ctx, 'updateTask', input, () => new TaskPayload(), async (tx, payload) => {
      settle(payload, await updateTask(tx, ctx.viewer!, input), (task) => ({ task }));
    });
  }
}
