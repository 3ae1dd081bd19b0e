import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { isoDate } from '../platform/dates';
import { today } from '../territory/administrative-unit.service';
import { ResponsibleBodyChange } from './responsible-body-change.types';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { taskOf } from '../tasks/task.service';
import { Task } from '../tasks/task.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { Assignment } from './assignment.entity';
import { AssignmentFilter, ResponsibleBodyFilter } from './responsible-body.inputs';
import { ResponsibleBody } from './responsible-body.entity';
import * as bodies from './responsible-body.service';
import { AssignmentConnection, ResponsibleBodyConnection } from './responsible-body.types';

@Resolver(() => ResponsibleBody)
export class ResponsibleBodyResolver {
  @Query(() => ResponsibleBodyConnection, { description: 'Bodies named in section V and the departments the tasks fall to.' })
  responsibleBodies(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ResponsibleBodyFilter, { nullable: true, description: 'Conditions on kind, reporting duty, name and day; null or absent: every body.' }) filter?: ResponsibleBodyFilter,
  ) {
    return bodies.listResponsibleBodies(ctx, filter, args);
  }

  @Query(() => ResponsibleBody, { nullable: true, description: 'The body with this code (e.g. "BDT", "UBND-064"), or null.' })
  responsibleBody(@Ctx() ctx: RequestContext, @Arg('code', { description: 'The body\'s short code, e.g. "BDT", "UBND-064".' }) code: string) {
    return bodies.findResponsibleBody(ctx, code);
  }

  @FieldResolver(() => AssignmentConnection, { description: 'This body\'s duties, on tasks and on the whole plan.' })
  assignments(
    @Root() body: ResponsibleBody,
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AssignmentFilter, { nullable: true, description: 'Conditions on role, source, scope and inherited duties; null or absent: the body\'s own duties only.' }) filter?: AssignmentFilter,
  ) {
    return bodies.assignmentsOfBody(ctx, body, args, filter);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The territory the body answers for.' })
  administrativeUnit(@Root() body: ResponsibleBody, @Ctx() ctx: RequestContext) {
    return bodies.unitOfBody(ctx, body);
  }

  @FieldResolver(() => [ResponsibleBodyChange], { description: 'The bodies this one\'s functions passed to when it ended (empty while it is in force).' })
  successors(@Root() body: ResponsibleBody, @Ctx() ctx: RequestContext) {
    return bodies.changesOfBody(ctx, body, 'successors');
  }

  @FieldResolver(() => [ResponsibleBodyChange], { description: 'The bodies whose functions passed to this one when it began.' })
  predecessors(@Root() body: ResponsibleBody, @Ctx() ctx: RequestContext) {
    return bodies.changesOfBody(ctx, body, 'predecessors');
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Task, { nullable: true, description: 'The task; null when the duty covers the whole plan.' })
  task(@Root() assignment: Assignment, @Ctx() ctx: RequestContext) {
    return taskOf(ctx, assignment.task?.id);
  }

  @FieldResolver(() => ResponsibleBody, { description: 'The body the plan gave the duty to.' })
  body(@Root() assignment: Assignment, @Ctx() ctx: RequestContext) {
    return bodies.bodyOf(ctx, assignment);
  }

  @FieldResolver(() => [ResponsibleBody], {
    description:
      'The bodies that hold this duty on `asOf` (default: today): the body the plan named while it is in force; after it ended, the bodies in force then that its functions passed to (a district committee\'s duty is held by the commune committees of its former area from 1 July 2025). Empty when nobody took it over in our sources.',
  })
  heldBy(@Root() assignment: Assignment, @Ctx() ctx: RequestContext, @Arg('asOf', () => DateResolver, { nullable: true, description: 'The day asked about (default: today, in Vietnam).' }) asOf?: Date) {
    return bodies.holdersOf(ctx, assignment, asOf ? isoDate(asOf) : today(ctx));
  }
}

@Resolver(() => ResponsibleBodyChange)
export class ResponsibleBodyChangeResolver {
  @FieldResolver(() => ResponsibleBody)
  body(@Root() change: ResponsibleBodyChange, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(ResponsibleBody).load(change.bodyId);
  }
}
