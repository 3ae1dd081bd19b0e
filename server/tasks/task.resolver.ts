import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assignmentsOfTask } from '../bodies/responsible-body.service';
import { AssignmentFilter } from '../bodies/responsible-body.inputs';
import { AssignmentConnection } from '../bodies/responsible-body.types';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { indicatorsOfTask } from '../indicators/indicator.service';
import { IndicatorConnection } from '../indicators/indicator.types';
import { Plan } from '../plan/plan.entity';
import { Task } from './task.entity';
import { findInPlan, PLAN_CODE } from '../plan/plan-codes';
import { TaskFilter } from './task.inputs';
import * as tasks from './task.service';
import { TaskConnection } from './task.types';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Tasks and solutions of sections III and IV, in document order.' })
  tasks(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => TaskFilter, { nullable: true, description: 'Conditions on kind, sector, assigned body, role, parent and text; null or absent: every item.' }) filter?: TaskFilter,
  ) {
    return tasks.listTasks(ctx, filter, args);
  }

  @Query(() => Task, { nullable: true, description: 'The task with this code (e.g. "III.1.đ"), or null.' })
  task(
    @Ctx() ctx: RequestContext,
    @Arg('code', { description: 'The document\'s code, e.g. "III.1.đ", "IV.3".' }) code: string,
    @Arg('planCode', () => String, { nullable: true, description: PLAN_CODE }) planCode?: string | null,
  ) {
    return findInPlan(ctx, Task, code, planCode);
  }

  @FieldResolver(() => Plan, { description: 'The plan the item belongs to.' })
  plan(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return tasks.planOfTask(ctx, task);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The item this sub-item belongs to; null at top level.' })
  parent(@Root() task: Task, @Ctx() ctx: RequestContext) {
    return tasks.taskOf(ctx, task.parent?.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Sub-items, in document order.' })
  children(@Root() task: Task, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return tasks.childTasks(ctx, task, args);
  }

  @FieldResolver(() => AssignmentConnection, { description: 'Who leads, coordinates, funds or supervises this task.' })
  assignments(
    @Root() task: Task,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AssignmentFilter, { nullable: true, description: 'Conditions on role and source; null or absent: every assignment on this task.' }) filter?: AssignmentFilter,
  ) {
    return assignmentsOfTask(ctx, task, args, filter);
  }

  @FieldResolver(() => IndicatorConnection, { description: 'Indicators this task serves directly.' })
  indicators(@Root() task: Task, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return indicatorsOfTask(ctx, task, args);
  }
}
