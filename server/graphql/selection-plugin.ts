import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { selectedFields } from './selected-fields';

/**
 * Before execution, tells the request's loaders which fields the operation can
 * read (see projection.ts). Not for batches: their operations run at once on
 * one context, and share its loaders, so each row is read whole.
 */
export const recordSelection: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, contextValue, requestIsBatched }) {
        if (!requestIsBatched) contextValue.loaders.selection = selectedFields(schema, document);
      },
    };
  },
};
