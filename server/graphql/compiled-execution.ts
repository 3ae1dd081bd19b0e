import type { ExecutionResult, OperationDefinitionNode } from 'graphql';
import {
  astFromValue,
  DocumentNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { RequestContext } from './context';
import type { SqlReads } from './sql-read/sql-read';

type Compiled = { query: CompiledQuery; operation: OperationDefinitionNode } | ExecutionResult;

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation
 * is compiled once into a function (Apollo parses a query text once and hands
 * back the same document), so a request no longer interprets the query field by
 * field. Plugged in as Apollo's gateway executor, the one hook Apollo offers.
 * A query that SQL can answer whole (`sqlReads`) is answered by one statement first.
 */
export function compiledExecution(schema: GraphQLSchema, sqlReads?: SqlReads): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    let entry = byOperation.get(operationName ?? '');
    if (!entry) {
      const query = compileQuery(schema, document, operationName);
      const operation = getOperationAST(document, operationName);
      entry = isCompiledQuery(query) && operation ? { query, operation } : (query as ExecutionResult);
      byOperation.set(operationName ?? '', entry);
    }
    return entry;
  };
  return {
    async load() {
      return {
        schema,
        executor: async (requestContext) => {
          const entry = compile(requestContext.document, requestContext.operationName ?? undefined);
          if (!('query' in entry)) return { ...entry, errors: entry.errors?.map(asGraphqlJsError) } as never;
          const inputs = requestContext.request.variables ?? {};
          // graphql-js coerces the variables, so that bad ones are refused exactly as before (BAD_USER_INPUT).
          const variables = getVariableValues(schema, entry.operation.variableDefinitions ?? [], inputs);
          if (variables.errors) return { errors: variables.errors } as never;
          if (sqlReads) {
            const data = await sqlReads.read(requestContext.document, entry.operation, variables.coerced, requestContext.context as RequestContext);
            if (data) return { data } as never;
          }
          const result = await entry.query.query(undefined, requestContext.context, inputsForJit(schema, entry.operation, inputs));
          return (result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result) as never;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * The variables graphql-jit is given to coerce, once graphql-js has accepted
 * them: those sent, and each omitted one's default as it is written (jit
 * leaves a non-null variable's default out, and refuses it as missing), in an
 * object without a prototype (jit reads `$constructor` from Object.prototype
 * otherwise). Not graphql-js's coerced values: jit coerces what it gets
 * again, and the Date scalar refuses its own output.
 */
export function inputsForJit(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): Record<string, unknown> {
  const given: Record<string, unknown> = Object.create(null);
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (Object.hasOwn(inputs, name)) given[name] = type ? withFieldDefaults(inputs[name], type) : inputs[name];
    else if (definition.defaultValue) given[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return given;
}

/**
 * An input object's omitted fields with their defaults put in, at any depth:
 * jit refuses a non-null field with a default as missing, where graphql-js
 * takes the default.
 */
function withFieldDefaults(value: unknown, type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return value;
  if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => withFieldDefaults(item, nullable.ofType)) : withFieldDefaults(value, nullable.ofType);
  const named = getNamedType(nullable);
  if (!isInputObjectType(named) || typeof value !== 'object' || Array.isArray(value)) return value;
  const object: Record<string, unknown> = Object.create(null);
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) object[key] = item;
  for (const field of Object.values(named.getFields())) {
    if (Object.hasOwn(object, field.name)) object[field.name] = withFieldDefaults(object[field.name], field.type);
    else if (field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) object[field.name] = valueFromASTUntyped(literal);
    }
  }
  return object;
}

/**
 * graphql-jit's errors leave `extensions` undefined when the original error
 * had none, and Apollo then fails before it calls our error formatter (which
 * logs unexpected errors and maps database codes). Rebuilt as graphql-js errors.
 */
export function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.extensions && error instanceof GraphQLError) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  if (error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}
