import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../platform/logger';

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

/** Codes that graphql-js, Apollo and type-graphql attach to errors a client caused. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_FIELDS',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
]);

/**
 * One place that decides what a client sees: known client errors pass through,
 * type-graphql's argument validation becomes BAD_USER_INPUT, everything else is
 * logged with its stack and replaced by a bare INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    if (isArgumentValidationError(original)) {
      // class-validator's errors carry the whole input object: keep only what helps.
      return {
        message: 'Invalid arguments: ' + describeValidation(original).map((e) => e.messages.join('; ')).join('; '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BadUserInput, validationErrors: describeValidation(original) },
      };
    }
    if (isTextEncodingError(original)) {
      return {
        message: 'Text must not contain NUL (\\u0000) characters',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BadUserInput },
      };
    }
    if ((original as { code?: unknown } | null)?.code === STATEMENT_CANCELED) {
      return {
        message: 'A database statement took longer than the server allows (STATEMENT_TIMEOUT_MS): ask for less, or smaller pages',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'REQUEST_TIMEOUT' },
      };
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while executing a request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
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

interface ValidationLike {
  name?: string;
  extensions?: { validationErrors?: Array<{ property: string; constraints?: Record<string, string> }> };
}

function isArgumentValidationError(error: unknown): error is ValidationLike {
  return (error as ValidationLike | null)?.name === 'ArgumentValidationError';
}

function describeValidation(error: ValidationLike) {
  return (error.extensions?.validationErrors ?? []).map((e) => ({
    field: e.property,
    messages: Object.values(e.constraints ?? {}),
  }));
}
