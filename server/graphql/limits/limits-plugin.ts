import { DocumentNode, getVariableValues, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Limits } from '../../platform/config';
import type { RequestContext } from '../context';
import type { RowBound } from '../domain-part';
import { measureOperation, QueryMeasure } from './query-measure';
import { rateLimitHeaders, RateLimiter, type RateLimitInfo } from './rate-limiter';
import { recordCharge } from '../request-record';

function refuse(message: string, code: string, extensions: Record<string, unknown> = {}, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status, headers: new HeaderMap() } } });
}

/** Deep enough for GraphiQL's and graphql-js's introspection queries (15 levels with `ofType`), and a little more. */
export const INTROSPECTION_MAX_DEPTH = 20;
/** A tool asks for the schema once (`__schema`), or for a type or two (`__type`); each more is a copy of the schema's description. */
export const INTROSPECTION_MAX_ROOTS = 2;
/** graphql-js's getIntrospectionQuery with every option selects about 220 fields, fragments expanded. */
export const INTROSPECTION_MAX_FIELDS = 500;

function checkIntrospection(measure: QueryMeasure['introspection']): void {
  if (measure.roots > INTROSPECTION_MAX_ROOTS) {
    throw refuse(
      `The query asks for introspection (\`__schema\`, \`__type\`) ${measure.roots} times, fragments expanded; at most ${INTROSPECTION_MAX_ROOTS} are allowed`,
      'QUERY_TOO_COMPLEX',
      { introspections: measure.roots, maxIntrospections: INTROSPECTION_MAX_ROOTS },
    );
  }
  if (measure.depth > INTROSPECTION_MAX_DEPTH) {
    throw refuse(`The introspection part is ${measure.depth} levels deep; at most ${INTROSPECTION_MAX_DEPTH} are allowed`, 'QUERY_TOO_DEEP', {
      depth: measure.depth,
      maxDepth: INTROSPECTION_MAX_DEPTH,
    });
  }
  if (measure.repeated) {
    throw refuse(
      'Introspection may ask for each list (types, fields, inputFields, interfaces, possibleTypes, enumValues, args, directives) once along a path: asking for one under itself multiplies the answer without bound',
      'QUERY_TOO_COMPLEX',
      { introspection: true },
    );
  }
  if (measure.fields > INTROSPECTION_MAX_FIELDS) {
    throw refuse(`The introspection part selects ${measure.fields} fields, fragments expanded; at most ${INTROSPECTION_MAX_FIELDS} are allowed`, 'TOO_MANY_FIELDS', {
      introspectionFields: measure.fields,
      maxIntrospectionFields: INTROSPECTION_MAX_FIELDS,
    });
  }
}

function checkShape(measure: QueryMeasure, limits: Limits): void {
  checkIntrospection(measure.introspection);
  if (measure.depth > limits.maxDepth) {
    throw refuse(`The query is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`, 'QUERY_TOO_DEEP', {
      depth: measure.depth,
      maxDepth: limits.maxDepth,
    });
  }
  if (measure.aliases > limits.maxAliases) {
    throw refuse(`The query has ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`, 'TOO_MANY_ALIASES', {
      aliases: measure.aliases,
      maxAliases: limits.maxAliases,
    });
  }
  if (measure.fields > limits.maxFields) {
    throw refuse(`The query selects ${measure.fields} fields; at most ${limits.maxFields} are allowed`, 'TOO_MANY_FIELDS', {
      fields: measure.fields,
      maxFields: limits.maxFields,
    });
  }
  if (measure.cost > limits.maxCost) {
    throw refuse(
      `The query may return ${measure.cost} nodes; at most ${limits.maxCost} are allowed. Ask for smaller pages (\`first\`/\`last\`) in nested lists.`,
      'QUERY_TOO_COMPLEX',
      { cost: measure.cost, maxCost: limits.maxCost },
    );
  }
}

/** The operation to run, or why there is none: the caller named none, a fragment, or one not in the document. */
function checkOperation(document: DocumentNode, operationName: string | undefined, operation: OperationDefinitionNode | undefined) {
  if (operation?.operation === 'subscription') {
    throw refuse('Subscriptions are not supported: query the data again when you need it fresh', 'OPERATION_NOT_SUPPORTED');
  }
  if (operation) return operation;
  const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : []));
  const fragment = document.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === operationName);
  const defined = `the document defines ${operations.join(', ')}`;
  let message: string;
  if (operationName === undefined) message = `The document holds ${operations.length} operations: name one in \`operationName\` (${defined})`;
  else if (fragment) message = `\`operationName\` "${operationName}" names a fragment, not an operation (${defined})`;
  else message = `\`operationName\` "${operationName}" names no operation of the document (${defined})`;
  throw refuse(message, 'OPERATION_RESOLUTION_FAILURE', { operationName: operationName ?? null });
}

/**
 * An operation without variables measures the same each time: Apollo hands
 * back one document per query text, so its measure is kept with it. A copy is
 * returned, since the caller adds the bounded fields' cost to it.
 */
function measuredOnce(boundedFields: Set<string>) {
  const kept = new WeakMap<OperationDefinitionNode, QueryMeasure>();
  return (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): QueryMeasure => {
    if (operation.variableDefinitions?.length) return measureOperation(schema, document, operation, variables, boundedFields);
    let measure = kept.get(operation);
    if (!measure) kept.set(operation, (measure = measureOperation(schema, document, operation, variables, boundedFields)));
    return { ...measure };
  };
}

/**
 * Before any resolver runs: refuses operations that cannot run or are too
 * deep, too wide or too costly, and charges the caller's budget (per token,
 * or per client address without one), refusing with 429 once it is spent.
 * A request refused here or earlier in Apollo (parse, validation) pays one
 * point when its answer is sent. A request charged already (`prepaid`: the
 * kept-answer path, kept-answers.ts) is not charged again.
 */
export function createLimitsPlugin(limits: Limits, rateLimiter: RateLimiter, rowBounds: Record<string, RowBound> = {}): ApolloServerPlugin<RequestContext> {
  const boundedFields = new Set(Object.keys(rowBounds));
  const measureOf = measuredOnce(boundedFields);
  return {
    async requestDidStart() {
      // One per operation: the operations of a batch share their context, not their charge.
      let charged: RateLimitInfo | undefined;
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue }) {
          let measure: QueryMeasure | undefined;
          let refusal: unknown;
          try {
            const resolved = checkOperation(document, request.operationName ?? undefined, operation);
            // Measured with the values the operation will run with: defaults put in, and numbers that are Ints
            // (JSON's 1e400 parses to Infinity). Variables graphql-js refuses are refused by execution, before
            // any resolver: nothing to measure, the request pays its one point.
            const variables = getVariableValues(schema, resolved.variableDefinitions ?? [], request.variables ?? {});
            if (variables.coerced) {
              measure = measureOf(schema, document, resolved, variables.coerced);
              for (const bounded of measure.bounded) measure.cost += bounded.times * (await rowBounds[bounded.field](bounded.args, contextValue));
              if (measure.bounded.length) contextValue.record.chargeVaries = true;
              checkShape(measure, limits);
            }
          } catch (error) {
            refusal = error;
          }
          charged = contextValue.prepaid ?? (await rateLimiter.charge(contextValue.payer, refusal || !measure ? 0 : measure.cost, contextValue.reader.count));
          contextValue.rateLimit = charged;
          recordCharge(contextValue.record, charged.cost, charged.nodeCount);
          if (!charged.allowed) throw rateLimiter.exhausted(charged);
          if (refusal) throw refusal;
        },
        async willSendResponse({ response, contextValue }) {
          if (!charged) {
            try {
              charged = contextValue.prepaid ?? (await rateLimiter.charge(contextValue.payer, 0, contextValue.reader.count));
            } catch (error) {
              contextValue.logger.error({ err: error, requestId: contextValue.requestId }, 'could not charge a refused request');
              return;
            }
            contextValue.rateLimit ??= charged;
            recordCharge(contextValue.record, charged.cost, charged.nodeCount);
            if (!charged.allowed) {
              const { status, headers, error } = rateLimiter.exhaustedAnswer(charged);
              response.body = { kind: 'single', singleResult: { errors: [error] } };
              response.http.status = status;
              for (const [name, value] of headers) response.http.headers.set(name, value);
            }
          }
          for (const [name, value] of rateLimitHeaders(charged)) response.http.headers.set(name, value);
        },
      };
    },
  };
}
