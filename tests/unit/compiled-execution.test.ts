import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { compiledExecution } from '../../server/graphql/compiled-execution';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
        },
      },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('No unit has the code "99"', { extensions: { code: 'BAD_USER_INPUT' } });
        },
      },
      twice: { type: GraphQLInt, args: { n: { type: GraphQLInt } }, resolve: (_, { n }) => n * 2 },
    },
  }),
});

async function run(query: string, variables?: Record<string, unknown>) {
  const { executor } = await compiledExecution(schema).load({ apollo: {} as never });
  return executor!({ document: parse(query), operationName: null, request: { variables }, context: {} } as never);
}

test('errors come back as graphql-js errors with extensions, path and the original error, as the formatter expects', async () => {
  const result = await run(`{ twice(n: 2) broken refused }`);
  expect(result.data).toEqual({ twice: 4, broken: null, refused: null });
  const [broken, refused] = result.errors as GraphQLError[];
  expect(broken).toBeInstanceOf(GraphQLError);
  expect(broken.extensions).toEqual({});
  expect(broken.path).toEqual(['broken']);
  expect(broken.originalError).toMatchObject({ code: '57014' });
  expect(broken.locations).toEqual([{ line: 1, column: 15 }]);
  expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT' });
});

test('variables are coerced by graphql-js: a bad one stops the operation with a located error', async () => {
  const result = await run(`query ($n: Int) { twice(n: $n) }`, { n: 'two' });
  expect(result.data).toBeUndefined();
  expect((result.errors as GraphQLError[])[0].nodes?.length).toBe(1);
  expect(await run(`query ($n: Int) { twice(n: $n) }`, { n: 3 })).toEqual({ data: { twice: 6 } });
});
