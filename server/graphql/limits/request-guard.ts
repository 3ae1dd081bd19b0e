import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Limits } from '../../platform/config';

/**
 * How deep brackets may nest, in a document or in the JSON of a request. The
 * parser, the validation rules and every walk over a document or a value
 * recurse once per level: 3,000 levels overflow the stack. No operation of
 * this schema needs more than a few dozen (introspection nests 15 levels of
 * fields, a field's arguments a few more).
 */
export const MAX_NESTING = 64;

/** A request refused before GraphQL parses it: the code, the message, the facts. */
export class RequestRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type GuardLimits = Pick<Limits, 'maxTokens' | 'maxFragments'>;

/**
 * The checks that cost one linear pass and no recursion, made on every
 * operation of a request before Apollo parses, validates or measures it:
 * text that cannot be stored, JSON nested too deep, then each document's
 * tokens, fragments and nesting. Throws the first refusal.
 */
export function guardOperations(operations: readonly unknown[], limits: GuardLimits): void {
  for (const operation of operations) {
    inspectValue(operation);
    const query = (operation as { query?: unknown } | null)?.query;
    if (typeof query === 'string') scanDocument(query, limits);
  }
}

/**
 * Walks a JSON value without recursion: refuses nesting beyond MAX_NESTING and
 * strings PostgreSQL cannot hold as they are: NUL is refused by PostgreSQL
 * and by the driver, and a lone UTF-16 surrogate would be stored as U+FFFD,
 * a silent change of what the caller sent.
 */
export function inspectValue(root: unknown, rootName = 'request'): void {
  const stack: Array<{ value: unknown; depth: number; at: () => string }> = [{ value: root, depth: 0, at: () => rootName }];
  while (stack.length > 0) {
    const { value, depth, at } = stack.pop()!;
    if (typeof value === 'string') {
      checkText(value, at);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_NESTING) {
      throw new RequestRefusal('INPUT_TOO_DEEP', `The request's JSON nests more than ${MAX_NESTING} levels deep (at ${at()})`, {
        maxNesting: MAX_NESTING,
      });
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, at: () => `${at()}[${i}]` }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        checkText(key, at);
        stack.push({ value: item, depth: depth + 1, at: () => `${at()}.${key}` });
      }
    }
  }
}

function checkText(text: string, at: () => string): void {
  if (text.includes('\u0000')) {
    throw new RequestRefusal('BAD_USER_INPUT', `Text must not contain NUL (\\u0000) characters (at ${at()})`, { at: at() });
  }
  if (!text.isWellFormed()) {
    throw new RequestRefusal('BAD_USER_INPUT', `Text must be well-formed Unicode: it holds a lone surrogate (at ${at()})`, { at: at() });
  }
}

/**
 * One pass of graphql-js's lexer, stopped at the first limit passed. A
 * lexical error ends the scan quietly: the parser then reports it, at or
 * before the place the scan reached.
 */
export function scanDocument(text: string, limits: GuardLimits): void {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let nesting = 0;
  let fragments = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) {
        throw new RequestRefusal('TOO_MANY_TOKENS', `The document has more than ${limits.maxTokens} tokens`, { maxTokens: limits.maxTokens });
      }
      switch (token.kind) {
        case TokenKind.BRACE_L:
        case TokenKind.BRACKET_L:
        case TokenKind.PAREN_L:
          if (++nesting > MAX_NESTING) {
            throw new RequestRefusal(
              'QUERY_TOO_DEEP',
              `The document nests more than ${MAX_NESTING} levels of brackets (line ${token.line})`,
              { maxNesting: MAX_NESTING },
            );
          }
          break;
        case TokenKind.BRACE_R:
        case TokenKind.BRACKET_R:
        case TokenKind.PAREN_R:
          nesting--;
          break;
        case TokenKind.NAME:
          if (nesting === 0 && token.value === 'fragment' && ++fragments > limits.maxFragments) {
            throw new RequestRefusal('TOO_MANY_FRAGMENTS', `The document defines more than ${limits.maxFragments} fragments`, {
              maxFragments: limits.maxFragments,
            });
          }
          break;
        case TokenKind.STRING:
        case TokenKind.BLOCK_STRING:
          if (token.value.includes('\u0000')) {
            throw new RequestRefusal('BAD_USER_INPUT', `Text must not contain NUL (\\u0000) characters (line ${token.line})`);
          }
          break;
        default:
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return;
    throw error;
  }
}
