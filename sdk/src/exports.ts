import type { GraphqlClient, RequestOptions } from './client.js';
import type { AnalyticsInput, IndicatorValueFilter } from './generated/graphql.js';

/** How an export file is written. */
export interface ExportFileOptions {
  /** A UTF-8 byte order mark first (CSV), so that Excel reads Vietnamese right. */
  bom?: boolean;
  /** Column headers in English (the GraphQL fields' names, by default) or Vietnamese. */
  lang?: 'en' | 'vi';
  /** XLSX: one sheet per indicator. */
  sheetPerIndicator?: boolean;
}

/** What an export holds: the figures of `analytics`, or the flat values of `indicatorValues`. */
export type ExportRequest =
  | { kind: 'analytics'; input: AnalyticsInput }
  | { kind: 'indicator-values'; filter?: IndicatorValueFilter | null };

export type DownloadOptions = Omit<RequestOptions, 'kind' | 'operationName'>;

/** The query string: the input's fields, lists comma-separated. */
function parametersOf(request: ExportRequest, file: ExportFileOptions): URLSearchParams {
  const fields = (request.kind === 'analytics' ? request.input : request.filter ?? {}) as Record<string, unknown>;
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) parameters.set(name, value.join(','));
    else if (typeof value === 'boolean') parameters.set(name, value ? '1' : '0');
    else parameters.set(name, String(value));
  }
  if (file.bom !== undefined) parameters.set('bom', file.bom ? '1' : '0');
  if (file.lang) parameters.set('lang', file.lang);
  if (file.sheetPerIndicator) parameters.set('sheets', 'indicator');
  return parameters;
}

/**
 * An export as CSV, streamed: the body as it arrives, never the whole file
 * in memory (pipe it to a file, or read it line by line).
 */
export async function exportCsv(client: GraphqlClient, request: ExportRequest, file: ExportFileOptions = {}, options: DownloadOptions = {}): Promise<ReadableStream<Uint8Array>> {
  const response = await client.download(`export/${request.kind}.csv`, parametersOf(request, file), options);
  return response.body!;
}

/** An export as an XLSX workbook (a Blob: save it, or hand it to a spreadsheet library). */
export async function exportXlsx(client: GraphqlClient, request: ExportRequest, file: ExportFileOptions = {}, options: DownloadOptions = {}): Promise<Blob> {
  const response = await client.download(`export/${request.kind}.xlsx`, parametersOf(request, file), options);
  return response.blob();
}
