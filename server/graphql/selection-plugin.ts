import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { selectedFields } from './selected-fields';

/** Before execution, tells the request's loaders which fields the operation can read (see projection.ts). */
export const recordSelection: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, contextValue }) {
        contextValue.loaders.selection = selectedFields(schema, document);
      },
    };
  },
};
