import type { ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import { ExportColumn, headerOf, Language } from './columns';
import { untilWritable } from '../../http/writable';

/**
 * Writes rows as an XLSX workbook, streamed (exceljs's WorkbookWriter: each
 * row is committed and leaves memory), with a header row and numbers typed as
 * numbers. With `sheetOf`, one sheet per value it gives (an indicator).
 */
export class XlsxWriter<Row> {
  private workbook?: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheets = new Map<string, ExcelJS.Worksheet>();
  private language: Language = 'en';

  constructor(
    private readonly res: ServerResponse,
    private readonly columns: ReadonlyArray<ExportColumn<Row>>,
    private readonly sheetOf: (row: Row) => string = () => 'data',
  ) {}

  start(options: { language: Language; filename: string }): void {
    this.language = options.language;
    this.res.statusCode = 200;
    this.res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    this.res.setHeader('Content-Disposition', `attachment; filename="${options.filename}"`);
    this.res.setHeader('Cache-Control', 'no-store');
    // No shared strings: each text is written in its cell, so nothing accumulates over the export.
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.res, useSharedStrings: false, useStyles: true });
  }

  async write(rows: readonly Row[]): Promise<void> {
    for (const row of rows) {
      const values = this.columns.map((column) => cellValue(column, row));
      this.sheet(this.sheetOf(row)).addRow(values).commit();
    }
    // exceljs writes into the response; wait when the socket is behind.
    await untilWritable(this.res);
  }

  async end(): Promise<void> {
    if (this.sheets.size === 0) this.sheet('data');
    await this.workbook!.commit();
  }

  private sheet(name: string): ExcelJS.Worksheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      // Rows come sheet after sheet (by indicator): the one before is done, and leaves memory.
      const previous = [...this.sheets.values()].pop() as unknown as { commit(): void } | undefined;
      previous?.commit();
      // Sheet names: at most 31 characters, none of []:*?/\
      sheet = this.workbook!.addWorksheet(name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31));
      sheet.columns = this.columns.map((column) => ({ header: headerOf(column, this.language), key: column.key, width: column.type === 'number' ? 12 : 24 }));
      sheet.getRow(1).font = { bold: true };
      this.sheets.set(name, sheet);
    }
    return sheet;
  }
}

function cellValue<Row>(column: ExportColumn<Row>, row: Row): string | number | boolean | null {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  if (column.type === 'number') return Number(value);
  return typeof value === 'boolean' ? value : String(value);
}
