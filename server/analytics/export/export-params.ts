import type { IncomingMessage } from 'node:http';
import { HttpError } from '../../http/http-error';
import { PeriodKind, ReportKind, ReportStatus } from '../../reporting/reporting.enums';
import type { IndicatorValueFilter } from '../../reporting/workflow/report.inputs';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { AnalyticsInput, Breakdown } from '../analytics.inputs';
import type { Language } from './columns';

/*
 * An export's query string: the fields of the GraphQL input it mirrors, lists
 * comma-separated, and how the file is written (bom, lang, sheets). A
 * parameter the export does not take, or a value it cannot read, is a 400
 * naming the parameter.
 */

export function badParameter(parameter: string, message: string): HttpError {
  return new HttpError(400, 'BAD_USER_INPUT', message, { parameter });
}

class Parameters {
  private readonly read = new Set<string>();

  constructor(private readonly search: URLSearchParams) {}

  text(name: string): string | undefined {
    this.read.add(name);
    const values = this.search.getAll(name);
    if (values.length > 1) throw badParameter(name, `\`${name}\` is given ${values.length} times: give it once (lists are comma-separated)`);
    return values[0] === undefined || values[0] === '' ? undefined : values[0];
  }

  list(name: string): string[] | undefined {
    const text = this.text(name);
    return text === undefined ? undefined : text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  }

  choice<T extends string>(name: string, values: Record<string, T>): T | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (!Object.values(values).includes(text as T)) throw badParameter(name, `\`${name}\` must be one of ${Object.values(values).join(', ')}, not ${JSON.stringify(text.slice(0, 50))}`);
    return text as T;
  }

  choices<T extends string>(name: string, values: Record<string, T>): T[] | undefined {
    const list = this.list(name);
    const bad = list?.find((item) => !Object.values(values).includes(item as T));
    if (bad !== undefined) throw badParameter(name, `\`${name}\` takes ${Object.values(values).join(', ')}, not ${JSON.stringify(bad.slice(0, 50))}`);
    return list as T[] | undefined;
  }

  flag(name: string): boolean | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (['1', 'true'].includes(text)) return true;
    if (['0', 'false'].includes(text)) return false;
    throw badParameter(name, `\`${name}\` is 1 or 0 (true or false), not ${JSON.stringify(text.slice(0, 50))}`);
  }

  date(name: string): Date | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      throw badParameter(name, `\`${name}\` is a day as YYYY-MM-DD, not ${JSON.stringify(text.slice(0, 50))}`);
    }
    return date;
  }

  /** Refuses what the export does not take: a misspelt parameter would otherwise widen the answer silently. */
  checkAllRead(): void {
    for (const name of this.search.keys()) {
      if (!this.read.has(name)) throw badParameter(name, `This export takes no parameter \`${name.slice(0, 50)}\`; it takes ${[...this.read].join(', ')}`);
    }
  }
}

export interface FileOptions {
  bom: boolean;
  language: Language;
  /** XLSX: one sheet per indicator. */
  sheetPerIndicator: boolean;
}

/** Excel (and Power Query inside it) opens UTF-8 only with a BOM: give one when the client looks like it. */
function looksLikeExcel(req: IncomingMessage): boolean {
  return /\b(Excel|Microsoft Office|Microsoft\.Data\.Mashup)\b/i.test(req.headers['user-agent'] ?? '');
}

function fileOptions(parameters: Parameters, req: IncomingMessage): FileOptions {
  const bom = parameters.flag('bom');
  const language = parameters.choice('lang', { en: 'en', vi: 'vi' } as const) ?? 'en';
  const sheets = parameters.choice('sheets', { one: 'one', indicator: 'indicator' } as const);
  return { bom: bom ?? looksLikeExcel(req), language, sheetPerIndicator: sheets === 'indicator' };
}

export function analyticsParameters(url: URL, req: IncomingMessage): { input: AnalyticsInput; file: FileOptions } {
  const parameters = new Parameters(url.searchParams);
  const input: AnalyticsInput = {
    indicators: parameters.list('indicators') ?? [],
    planCode: parameters.text('planCode'),
    periods: parameters.list('periods'),
    periodKind: parameters.choice('periodKind', PeriodKind),
    units: parameters.list('units'),
    level: parameters.choice('level', AdministrativeLevel),
    within: parameters.text('within'),
    geographyAsOf: parameters.date('geographyAsOf'),
    breakdown: parameters.choices('breakdown', Breakdown),
    reportStatus: parameters.choice('reportStatus', ReportStatus),
  };
  const file = fileOptions(parameters, req);
  parameters.checkAllRead();
  if (input.indicators.length === 0) throw badParameter('indicators', '`indicators` is required: indicator codes, comma-separated');
  return { input, file };
}

export function valueParameters(url: URL, req: IncomingMessage): { filter: IndicatorValueFilter; file: FileOptions } {
  const parameters = new Parameters(url.searchParams);
  const filter: IndicatorValueFilter = {
    planCode: parameters.text('planCode'),
    indicatorCode: parameters.text('indicatorCode'),
    indicatorCodes: parameters.list('indicatorCodes'),
    unitCode: parameters.text('unitCode'),
    unitCodes: parameters.list('unitCodes'),
    unitLevel: parameters.choice('unitLevel', AdministrativeLevel),
    periodCode: parameters.text('periodCode'),
    periodCodes: parameters.list('periodCodes'),
    bodyCode: parameters.text('bodyCode'),
    reportStatus: parameters.choice('reportStatus', ReportStatus),
    reportKind: parameters.choice('reportKind', ReportKind),
    disaggregated: parameters.flag('disaggregated'),
  };
  const file = fileOptions(parameters, req);
  parameters.checkAllRead();
  return { filter, file };
}
