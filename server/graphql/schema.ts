import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { DomainPart } from './domain-part';
import { validateInput } from './validate-input';
import { callResolversDirectly } from './direct-resolvers';
import { createNodeResolver } from './relay/node.resolver';

/** The schema of the given parts: their resolvers, and `node(id)` over the node types they declare. */
export async function buildAppSchema(parts: DomainPart[]): Promise<GraphQLSchema> {
  const nodes = parts.map((part) => part.nodes ?? {});
  const nodeResolver = createNodeResolver(
    nodes.flatMap((n) => n.open ?? []),
    nodes.flatMap((n) => n.protected ?? []),
    Object.assign({}, ...nodes.map((n) => n.guards ?? {})),
    Object.assign({}, ...nodes.map((n) => n.visibility ?? {})),
  );
  const authCheckers = parts.flatMap((part) => (part.authChecker ? [part.authChecker] : []));
  if (authCheckers.length !== 1) throw new Error(`exactly one part must decide @Authorized (found ${authCheckers.length})`);
  const schema = await buildSchema({
    resolvers: [nodeResolver, ...parts.flatMap((part) => part.resolvers)] as NonEmptyArray<Function>,
    authChecker: authCheckers[0],
    validateFn: validateInput,
    emitSchemaFile: false,
  });
  callResolversDirectly(schema);
  return schema;
}
