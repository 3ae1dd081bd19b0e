import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors';

const NUL = '\u0000';

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store NUL in text, and the driver cannot even send it: a
 * NUL anywhere in a request's strings is refused before any resolver runs.
 */
export const rejectNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (hasNul(request.variables) || documentHasNul(document)) {
          throw new GraphQLError('Text must not contain NUL (\\u0000) characters', {
            extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
          });
        }
      },
    };
  },
};
