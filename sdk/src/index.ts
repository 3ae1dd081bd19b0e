import { ClientOptions, GraphqlClient } from './client.js';
import { createSdk, Sdk } from './generated/sdk.js';
import { DownloadOptions, exportCsv, ExportFileOptions, ExportRequest, exportXlsx } from './exports.js';

export { GraphqlClient } from './client.js';
export type { ClientOptions, PaginateOptions, RequestOptions } from './client.js';
export { AuthenticationError, ForbiddenError, GraphqlError, RateLimitedError, TransportError } from './errors.js';
export type { GraphqlErrorEntry } from './errors.js';
export type { Sdk } from './generated/sdk.js';
export * from './generated/graphql.js';
export type * as Schema from './generated/schema-types.js';
export type { DownloadOptions, ExportFileOptions, ExportRequest } from './exports.js';

export interface ExportMethods {
  /** An export as CSV, streamed (GET /export/<kind>.csv): the figures of `analytics`, or every value `indicatorValues` lists. */
  exportCsv(request: ExportRequest, file?: ExportFileOptions, options?: DownloadOptions): Promise<ReadableStream<Uint8Array>>;
  /** The same as an XLSX workbook, typed numbers and a header row (a sheet per indicator when asked). */
  exportXlsx(request: ExportRequest, file?: ExportFileOptions, options?: DownloadOptions): Promise<Blob>;
}

/** The API with one typed method per operation, plus `paginate` for every list, the exports and the raw `client`. */
export function createClient(options: ClientOptions): Sdk & ExportMethods & { client: GraphqlClient } {
  const client = new GraphqlClient(options);
  return {
    ...createSdk(client),
    exportCsv: (request, file, downloadOptions) => exportCsv(client, request, file, downloadOptions),
    exportXlsx: (request, file, downloadOptions) => exportXlsx(client, request, file, downloadOptions),
    client,
  };
}
