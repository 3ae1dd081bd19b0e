/** A column of an export: its key in the row, its headers, and how a spreadsheet types it. */
export interface ExportColumn<Row> {
  /** English header: the GraphQL field's name. */
  key: string;
  vi: string;
  type: 'text' | 'number';
  value(row: Row): string | number | boolean | null | undefined;
}

export type Language = 'en' | 'vi';

export function headerOf(column: ExportColumn<unknown>, language: Language): string {
  return language === 'vi' ? column.vi : column.key;
}

/** The column shared by both exports' dimensions, by key; `pick` reads the row's field of the same name. */
export function field<Row>(key: keyof Row & string, vi: string, type: 'text' | 'number' = 'text'): ExportColumn<Row> {
  return { key, vi, type, value: (row) => row[key] as string | number | boolean | null };
}
