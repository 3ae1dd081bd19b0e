import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../platform/logger';
import type { RequestContext } from './context';

/**
 * The codes a client can rely on in `extensions.code`. Errors the caller can
 * fix say so; anything unexpected is INTERNAL_SERVER_ERROR with no detail.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, ...extensions } });
}

/** No token, or none that works: the caller must authenticate. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

/** The caller is known but may not do this. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** Codes that graphql-js, Apollo, type-graphql and this server attach to errors a client caused. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SUPPORTED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_FIELDS',
  'TOO_MANY_TOKENS',
  'TOO_MANY_FRAGMENTS',
  'INPUT_TOO_DEEP',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
]);

/**
 * Apollo refuses a few requests with an HTTP status but no code; each gets
 * one. Any other of its code-less 4xx errors is the request's fault too.
 */
const APOLLO_UNCODED: Record<string, [code: string, message: string]> = {
  'provided sha does not match query': [
    'PERSISTED_QUERY_HASH_MISMATCH',
    'The persisted query\'s `sha256Hash` is not the SHA-256 of `query`: send the hash of the exact query text',
  ],
  'Unsupported persisted query version': ['PERSISTED_QUERY_VERSION_NOT_SUPPORTED', 'Only version 1 of automatic persisted queries is supported'],
};

type Formatted = Pick<GraphQLFormattedError, 'locations' | 'path'>;

/** What the client sees of an error it caused; undefined for an unexpected one. */
function asClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const where: Formatted = { locations: formatted.locations, path: formatted.path };
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    // class-validator's errors carry the whole input and the value: a 900 KB `search` came back twice.
    const broken = describeValidation(original.extensions.validationErrors as ValidationError[]);
    const of = formatted.path ? ` of \`${formatted.path.join('.')}\`` : '';
    return {
      message: `Invalid arguments${of}: ${broken.flatMap((e) => e.messages).join('; ')}`,
      ...where,
      extensions: { code: ErrorCode.BadUserInput, validationErrors: broken },
    };
  }
  if (formatted.message === VALIDATION_ABORTED && formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
    return {
      message:
        'The query repeats fields of one name too often for graphql-js to check that they merge (it compares them pair by pair, ' +
        'and gave up): ask for each field once',
      ...where,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    };
  }
  if (isTextEncodingError(original)) {
    return { message: 'Text must not contain NUL (\\u0000) characters', ...where, extensions: { code: ErrorCode.BadUserInput } };
  }
  if ((original as { code?: unknown } | null)?.code === STATEMENT_CANCELED) {
    return {
      message: 'A database statement took longer than the server allows (STATEMENT_TIMEOUT_MS): ask for less, or smaller pages',
      ...where,
      extensions: { code: 'REQUEST_TIMEOUT' },
    };
  }
  const code = (error as GraphQLError | null)?.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const status = ((error as GraphQLError | null)?.extensions?.http as { status?: number } | undefined)?.status;
  if (code === undefined && typeof status === 'number' && status >= 400 && status < 500) {
    const [known, message] = APOLLO_UNCODED[formatted.message] ?? ['BAD_REQUEST', formatted.message];
    return { message, ...where, extensions: { code: known } };
  }
  return undefined;
}

/** graphql-js's whole message when a rule's work budget runs out (OverlappingFieldsCanBeMerged: `{ __typename x900 }`). */
const VALIDATION_ABORTED = 'Validation aborted.';

/** Errors already logged with their request's ID, so the formatter does not log them again. */
const logged = new WeakSet<object>();

/**
 * What Apollo throws in place of an error that escaped its pipeline (a
 * plugin's hook), after calling unexpectedErrorProcessingRequest, which logs
 * the error itself with the request's ID.
 */
function isApolloStandIn(error: unknown): boolean {
  return error instanceof Error && !(error instanceof GraphQLError) && error.message === 'Internal server error' && error.cause === undefined;
}

/**
 * Logs every unexpected error of a request with the request's ID, before the
 * formatter hides it from the client. Apollo calls this for parse,
 * validation and execution errors alike.
 */
export const logUnexpectedErrors: ApolloServerPlugin<RequestContext> = {
  async unexpectedErrorProcessingRequest({ requestContext, error }) {
    requestContext.contextValue.logger.error({ err: error, requestId: requestContext.contextValue.requestId }, 'unexpected error while processing a request');
  },
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (asClientError(error.toJSON(), error)) continue;
          logged.add(error);
          contextValue.logger.error(
            { err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId },
            'unexpected error while executing a request',
          );
        }
      },
    };
  },
};

/**
 * One place that decides what a client sees: known client errors pass through,
 * type-graphql's argument validation becomes BAD_USER_INPUT, everything else is
 * replaced by a bare INTERNAL_SERVER_ERROR (and logged, if the request's own
 * log has not had it: an error raised outside Apollo's request pipeline).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const client = asClientError(formatted, error);
    if (client) return client;
    if (!(error && typeof error === 'object' && logged.has(error)) && !isApolloStandIn(error)) {
      const failure = requestFailureIn(error);
      logger.error(
        { err: failure?.cause ?? unwrapResolverError(error), path: formatted.path, requestId: failure?.requestId },
        'unexpected error outside a request\'s pipeline',
      );
    }
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.Internal } };
  };
}

/** PostgreSQL's query_canceled: what statement_timeout raises. */
const STATEMENT_CANCELED = '57014';

/**
 * PostgreSQL refuses NUL in text (22021) and untranslatable characters (22P05):
 * the input's fault, whichever query carried it.
 */
function isTextEncodingError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '22021' || code === '22P05';
}

/**
 * Each broken rule by the input field's path and the rule's name (`maxLength`),
 * with class-validator's message, which names the bound and not the value.
 */
function describeValidation(errors: ValidationError[], at = ''): Array<{ field: string; rules: string[]; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = at + e.property;
    const own = e.constraints ? [{ field, rules: Object.keys(e.constraints), messages: Object.values(e.constraints) }] : [];
    return [...own, ...describeValidation(e.children ?? [], `${field}.`)];
  });
}

/** The RequestFailure an error wraps (Apollo wraps what the context's creation throws), if any. */
function requestFailureIn(error: unknown): RequestFailure | undefined {
  for (let at = error; at && typeof at === 'object'; at = (at as { originalError?: unknown }).originalError) {
    if (at instanceof RequestFailure) return at;
  }
  return undefined;
}

/** An error that carries its request's ID to whatever logs it outside the pipeline. */
export class RequestFailure extends Error {
  constructor(
    readonly requestId: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}
