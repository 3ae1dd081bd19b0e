import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { DomainPart } from './domain-part';
import { validateInput } from './validate-input';
import { callResolversDirectly } from './direct-resolvers';
import { createNodeResolver } from './relay/node.resolver';
import { SqlReads } from './sql-read/sql-read';
import type { SqlFields } from './sql-read/sql-fields';
import { relaySqlFields } from './sql-read/connection-read';

/** The schema of the given parts: their resolvers, and `node(id)` over the node types they declare. */
export async function buildAppSchema(parts: DomainPart[]): Promise<GraphQLSchema> {
  const nodes = parts.map((part) => part.nodes ?? {});
  const nodeResolver = createNodeResolver(
    nodes.flatMap((n) => n.open ?? []),
    nodes.flatMap((n) => n.protected ?? []),
    Object.assign({}, ...nodes.map((n) => n.guards ?? {})),
    Object.assign({}, ...nodes.map((n) => n.visibility ?? {})),
  );
  const schema = await buildSchema({
    resolvers: [nodeResolver, ...parts.flatMap((part) => part.resolvers)] as NonEmptyArray<Function>,
    authChecker: authCheckerOf(parts),
    validateFn: validateInput,
    emitSchemaFile: false,
  });
  // The root types have no class to decorate: their descriptions are set here.
  const query = schema.getQueryType();
  if (query) {
    query.description =
      'Everything readable: the plan\'s catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token.';
  }
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed.';
  }
  callResolversDirectly(schema);
  return schema;
}

function authCheckerOf(parts: DomainPart[]) {
  const authCheckers = parts.flatMap((part) => (part.authChecker ? [part.authChecker] : []));
  if (authCheckers.length !== 1) throw new Error(`exactly one part must decide @Authorized (found ${authCheckers.length})`);
  return authCheckers[0];
}

/** The one-statement reads of the parts' `sqlFields`, over a schema built from the same parts. */
export function sqlReadsOf(schema: GraphQLSchema, parts: DomainPart[]): SqlReads {
  const fields: SqlFields = relaySqlFields(schema);
  for (const part of parts) {
    for (const [type, byName] of Object.entries(part.sqlFields ?? {})) fields[type] = { ...fields[type], ...byName };
  }
  return new SqlReads(schema, fields, authCheckerOf(parts));
}
