import 'reflect-metadata';
import { MaxLength } from 'class-validator';
import { graphql, GraphQLSchema } from 'graphql';
import { Arg, Args, ArgsType, buildSchema, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { callResolversDirectly } from '../../server/graphql/direct-resolvers';
import { validateInput } from '../../server/graphql/validate-input';

/**
 * A small schema of the plan's shape: tasks with their assignments, the list
 * taking connection arguments and a filter with a rule, as the API's do.
 */
@ObjectType()
class Task {
  @Field()
  code!: string;
}

@ObjectType()
class Assignment {
  @Field()
  body!: string;
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number;

  @Field({ nullable: true })
  after?: string;
}

@InputType()
class AssignmentFilter {
  @Field({ nullable: true })
  @MaxLength(10)
  bodyCode?: string;
}

interface Context {
  calls: Array<{ root: unknown; args: unknown; filter: unknown; context: unknown }>;
  middleware: number;
}

@Resolver(() => Task)
class TaskResolver {
  @Query(() => [Task])
  tasks(@Arg('codes', () => [String]) codes: string[]): Task[] {
    // Plain objects, not Task instances: type-graphql converts those itself.
    return codes.map((code) => (code.startsWith('plain:') ? ({ code } as Task) : Object.assign(new Task(), { code })));
  }

  @FieldResolver(() => [Assignment])
  assignments(
    @Root() task: Task,
    @Args() args: PageArgs,
    @Arg('filter', () => AssignmentFilter, { nullable: true }) filter: AssignmentFilter | undefined,
    @Ctx() context: Context,
  ): Assignment[] {
    context.calls.push({ root: task, args, filter, context });
    return [{ body: `${task.code}:${args.first ?? 'all'}:${filter?.bodyCode ?? '-'}` }];
  }

  @FieldResolver(() => String)
  @UseMiddleware(({ context }: { context: Context }, next) => {
    context.middleware += 1;
    return next();
  })
  watched(@Root() task: Task): string {
    return task.code;
  }
}

let schema: GraphQLSchema;
const resolvers = new Map<string, unknown>();

beforeAll(async () => {
  schema = await buildSchema({ resolvers: [TaskResolver], validateFn: validateInput, emitSchemaFile: false });
  for (const [type, field] of [['Query', 'tasks'], ['Task', 'assignments'], ['Task', 'watched']]) {
    resolvers.set(`${type}.${field}`, (schema.getType(type) as any).getFields()[field].resolve);
  }
  callResolversDirectly(schema);
});

async function run(query: string) {
  const context: Context = { calls: [], middleware: 0 };
  const result = await graphql({ schema, source: query, contextValue: context });
  return { ...result, context };
}

const resolverOf = (type: string, field: string) => (schema.getType(type) as any).getFields()[field].resolve;

test('queries and field resolvers without middleware are called directly; one with middleware keeps its wrapper', () => {
  expect(resolverOf('Query', 'tasks')).not.toBe(resolvers.get('Query.tasks'));
  expect(resolverOf('Task', 'assignments')).not.toBe(resolvers.get('Task.assignments'));
  expect(resolverOf('Task', 'watched')).toBe(resolvers.get('Task.watched'));
});

test('the method gets its root, plain connection arguments, the filter as its input class and the context', async () => {
  const result = await run(`{ tasks(codes: ["III.1.a"]) { assignments(first: 5, filter: { bodyCode: "BDT" }) { body } watched } }`);
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual({ tasks: [{ assignments: [{ body: 'III.1.a:5:BDT' }], watched: 'III.1.a' }] });
  const [call] = result.context.calls;
  expect(call.root).toBeInstanceOf(Task);
  // Only the arguments the class declares, and only those given.
  expect(call.args).toEqual({ first: 5 });
  expect(call.filter).toBeInstanceOf(AssignmentFilter);
  expect(call.filter).toEqual(Object.assign(new AssignmentFilter(), { bodyCode: 'BDT' }));
  expect(call.context).toBe(result.context);
  expect(result.context.middleware).toBe(1);
});

test("an input that breaks its rule is refused before the method runs", async () => {
  const result = await run(`{ tasks(codes: ["III.1.a"]) { assignments(filter: { bodyCode: "a code far too long" }) { body } } }`);
  expect(result.errors?.[0].message).toMatch(/Argument Validation Error/);
  expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(result.errors?.[0].extensions?.validationErrors)).toContain('bodyCode');
  expect(result.context.calls).toHaveLength(0);
});

test("a root that is not an instance of its class goes through type-graphql's resolver, which converts it", async () => {
  const result = await run(`{ tasks(codes: ["plain:IV.2"]) { assignments { body } } }`);
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual({ tasks: [{ assignments: [{ body: 'plain:IV.2:all:-' }] }] });
  expect(result.context.calls[0].root).toBeInstanceOf(Task);
});
