import { ClientOptions, GraphqlClient } from './client.js';
import { createSdk, Sdk } from './generated/sdk.js';

export { GraphqlClient } from './client.js';
export type { ClientOptions, PaginateOptions, RequestOptions } from './client.js';
export { AuthenticationError, ForbiddenError, GraphqlError, RateLimitedError, TransportError } from './errors.js';
export type { GraphqlErrorEntry } from './errors.js';
export type { Sdk } from './generated/sdk.js';
export * from './generated/graphql.js';
export type * as Schema from './generated/schema-types.js';

/** The API with one typed method per operation, plus `paginate` for every list and the raw `client`. */
export function createClient(options: ClientOptions): Sdk & { client: GraphqlClient } {
  const client = new GraphqlClient(options);
  return { ...createSdk(client), client };
}
