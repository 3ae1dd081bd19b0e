import type { ServerResponse } from 'node:http';
import { untilWritable } from '../../http/writable';
import { ExportColumn, headerOf, Language } from './columns';

/** Excel reads UTF-8 only after a byte order mark: without it, "Bắc Kạn" opens as mojibake. */
const BOM = '\ufeff';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** Writes rows as CSV lines to the response, waiting whenever the socket's buffer is full. */
export class CsvWriter<Row> {
  constructor(
    private readonly res: ServerResponse,
    private readonly columns: ReadonlyArray<ExportColumn<Row>>,
  ) {}

  start(options: { bom: boolean; language: Language; filename: string }): void {
    this.res.statusCode = 200;
    this.res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
    this.res.setHeader('Content-Disposition', `attachment; filename="${options.filename}"`);
    this.res.setHeader('Cache-Control', 'no-store');
    this.res.write((options.bom ? BOM : '') + csvLine(this.columns.map((c) => headerOf(c, options.language))));
  }

  async write(rows: readonly Row[]): Promise<void> {
    let chunk = '';
    for (const row of rows) chunk += csvLine(this.columns.map((c) => c.value(row)));
    if (!this.res.write(chunk)) await untilWritable(this.res);
  }

  async end(): Promise<void> {
    this.res.end();
  }
}
