import { GraphQLError } from 'graphql';
import { cursorBatches } from '../../database/cursor';
import { runRead } from '../../database/direct-statement';
import { toGlobalId } from '../../graphql/relay/global-id';
import { HttpError } from '../../http/http-error';
import { HttpRoute, RouteCall } from '../../http/routes';
import type { IndicatorValueFilter } from '../../reporting/workflow/report.inputs';
import { filteredValues } from '../../reporting/workflow/report.service';
import { today } from '../../territory/administrative-unit.service';
import { analyticsRowBound } from '../analytics-bound';
import { analyticsBatch, analyticsFigures, AnalyticsFileRow, analyticsQuery, explainMissing, relatedRows } from '../analytics.service';
import { ExportColumn, field } from './columns';
import { CsvWriter } from './csv-writer';
import { analyticsParameters, badParameter, FileOptions, valueParameters } from './export-params';
import { XlsxWriter } from './xlsx-writer';

/*
 * Files for Excel, Power BI and R: the figures of `analytics` and the flat
 * values of `indicatorValues`, as CSV (RFC 4180, UTF-8) or XLSX, written
 * batch by batch. Every value (millions at national scale) comes through a
 * cursor, so an export holds one batch in memory; the figures are bounded by
 * QUERY_MAX_COST. Charged by rows, like GraphQL by nodes.
 */

/** Rows fetched at a time: enough to amortise a round trip, few enough to stay small. */
const BATCH_ROWS = 2_000;

type Format = 'csv' | 'xlsx';

interface Writer<Row> {
  write(rows: readonly Row[]): Promise<void>;
  end(): Promise<void>;
}

function writerFor<Row>(call: RouteCall, format: Format, columns: ReadonlyArray<ExportColumn<Row>>, file: FileOptions, name: string, sheetOf?: (row: Row) => string): Writer<Row> {
  const filename = `${name}.${format}`;
  if (format === 'csv') {
    const writer = new CsvWriter(call.res, columns);
    writer.start({ bom: file.bom, language: file.language, filename });
    return writer;
  }
  const writer = new XlsxWriter(call.res, columns, file.sheetPerIndicator ? sheetOf : undefined);
  writer.start({ language: file.language, filename });
  return writer;
}

/** The GraphQL rules' refusals (BAD_USER_INPUT naming a field) as 400s naming the parameter. */
async function asParameterError<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      const parameter = String(error.extensions.field ?? '').replace(/^filter\./, '') || 'query';
      throw badParameter(parameter, error.message);
    }
    throw error;
  }
}

/** The dimensions and numbers both exports have, in the same order and with the same headers. */
type FigureLike = Pick<AnalyticsFileRow, 'indicatorCode' | 'indicatorName' | 'periodCode' | 'unitCode' | 'unitName' | 'parentUnitCode' | 'parentUnitName' | 'ethnicGroup'> & {
  unitLevel: string;
  sex: string | null;
  value: number | string | null;
  numerator: number | string | null;
  denominator: number | string | null;
};

function figureColumns<Row extends FigureLike>(): Array<ExportColumn<Row>> {
  return [
    field('indicatorCode', 'Mã chỉ tiêu'),
    field('indicatorName', 'Tên chỉ tiêu'),
    field('periodCode', 'Kỳ báo cáo'),
    field('unitCode', 'Mã đơn vị hành chính'),
    field('unitName', 'Tên đơn vị hành chính'),
    field('unitLevel', 'Cấp'),
    field('parentUnitCode', 'Mã đơn vị cấp trên'),
    field('parentUnitName', 'Tên đơn vị cấp trên'),
    field('sex', 'Giới tính'),
    field('ethnicGroup', 'Dân tộc'),
    field('value', 'Giá trị', 'number'),
    field('numerator', 'Tử số', 'number'),
    field('denominator', 'Mẫu số', 'number'),
  ];
}

export const ANALYTICS_COLUMNS: ReadonlyArray<ExportColumn<AnalyticsFileRow>> = [
  ...figureColumns<AnalyticsFileRow>(),
  field('sourceValues', 'Số giá trị nguồn', 'number'),
  field('comparable', 'So sánh được'),
  field('note', 'Ghi chú'),
  { key: 'target', vi: 'Mục tiêu', type: 'number', value: (row) => row.target?.value ?? null },
  field('status', 'Tình trạng'),
];

async function exportAnalytics(call: RouteCall, format: Format): Promise<void> {
  const { input, file } = analyticsParameters(call.url, call.req);
  const ctx = call.context;
  const query = await asParameterError(() => analyticsQuery(today(ctx), input));
  const bound = await analyticsRowBound({ input }, ctx);
  if (bound > call.maxCost) {
    throw new HttpError(400, 'QUERY_TOO_COMPLEX', `The export may have ${bound} rows; at most ${call.maxCost} are allowed. Ask for fewer indicators, periods or units, or use /export/indicator-values for every value.`, { cost: bound, maxCost: call.maxCost });
  }
  await call.charge(bound);
  // Bounded by QUERY_MAX_COST rows, so read in one statement: a cursor would hold the connection
  // that the rows' targets and statuses are read on (the embedded database has one).
  const figures = await analyticsFigures(ctx, query);
  // Each indicator, unit and period is read once, for all the rows, not batch by batch.
  const related = await relatedRows(ctx, figures);
  // Nothing is written yet: unknown codes are still a 400, and are looked up only when rows lack them, as in GraphQL.
  await asParameterError(() => explainMissing(ctx, query, figures, related));
  const writer = writerFor(call, format, ANALYTICS_COLUMNS, file, 'analytics', (row) => row.indicatorCode);
  for (let start = 0; start < figures.length && !call.aborted.aborted; start += BATCH_ROWS) {
    const rows = await analyticsBatch(ctx, figures.slice(start, start + BATCH_ROWS), related, query.figures.mapDay);
    await writer.write(rows);
    call.rows += rows.length;
  }
  await writer.end();
}

interface ValueFileRow {
  id: number;
  indicatorCode: string;
  indicatorName: string;
  periodCode: string;
  unitCode: string;
  unitName: string;
  unitLevel: string;
  parentUnitCode: string | null;
  parentUnitName: string | null;
  sex: string | null;
  ethnicGroup: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  bodyCode: string;
  reportStatus: string;
  reportKind: string;
  /** ISO 8601, UTC. */
  updatedAt: string;
}

export const VALUE_COLUMNS: ReadonlyArray<ExportColumn<ValueFileRow>> = [
  { key: 'id', vi: 'ID', type: 'text', value: (row) => toGlobalId('IndicatorValue', row.id) },
  ...figureColumns<ValueFileRow>(),
  field('bodyCode', 'Mã cơ quan báo cáo'),
  field('reportStatus', 'Trạng thái báo cáo'),
  field('reportKind', 'Loại báo cáo'),
  field('updatedAt', 'Cập nhật lúc'),
];

/** By ID; by indicator first when each indicator gets a sheet of its own (a sheet is written whole before the next). */
function valuesQuery(call: RouteCall, filter: IndicatorValueFilter, byIndicator: boolean) {
  const knex = call.context.em.getKnex();
  return filteredValues(knex, filter)
    .join('indicator as i', 'i.id', 'e.indicator_id')
    .join('report as r', 'r.id', 'e.report_id')
    .join('reporting_period as p', 'p.id', 'r.period_id')
    .join('responsible_body as b', 'b.id', 'r.body_id')
    .join('administrative_unit as u', 'u.id', 'e.administrative_unit_id')
    .leftJoin('administrative_unit as pu', 'pu.id', 'u.parent_id')
    .select(
      'e.id',
      'i.code as indicatorCode',
      'i.name as indicatorName',
      'p.code as periodCode',
      'u.code as unitCode',
      'u.name as unitName',
      'u.level as unitLevel',
      'pu.code as parentUnitCode',
      'pu.name as parentUnitName',
      'e.sex',
      'e.ethnic_group as ethnicGroup',
      'e.value',
      'e.numerator',
      'e.denominator',
      'b.code as bodyCode',
      'r.status as reportStatus',
      'r.kind as reportKind',
      knex.raw(`to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"`),
    )
    .orderBy(byIndicator ? ['e.indicator_id', 'e.id'] : ['e.id']);
}

async function exportValues(call: RouteCall, format: Format): Promise<void> {
  const { filter, file } = valueParameters(call.url, call.req);
  const ctx = call.context;
  const knex = ctx.em.getKnex();
  // Charged for the rows it has before any is sent; the count reads the filtered values only.
  const [{ rows }] = await asParameterError(() => runRead<{ rows: string }>(ctx.em, knex.count('* as rows').from(filteredValues(knex, filter).select('e.id').as('v'))));
  await call.charge(Number(rows));
  const { sql, bindings } = valuesQuery(call, filter, format === 'xlsx' && file.sheetPerIndicator).toSQL().toNative();
  const writer = writerFor(call, format, VALUE_COLUMNS, file, 'indicator-values', (row) => row.indicatorCode);
  for await (const batch of cursorBatches<ValueFileRow>(ctx.em, sql, bindings, BATCH_ROWS, call.aborted)) {
    await writer.write(batch);
    call.rows += batch.length;
  }
  await writer.end();
}

const route = (path: string, name: string, handle: (call: RouteCall) => Promise<void>): HttpRoute => ({ path, name, authenticated: true, handle });

export const EXPORT_ROUTES: HttpRoute[] = [
  route('/export/analytics.csv', 'exportAnalyticsCsv', (call) => exportAnalytics(call, 'csv')),
  route('/export/analytics.xlsx', 'exportAnalyticsXlsx', (call) => exportAnalytics(call, 'xlsx')),
  route('/export/indicator-values.csv', 'exportIndicatorValuesCsv', (call) => exportValues(call, 'csv')),
  route('/export/indicator-values.xlsx', 'exportIndicatorValuesXlsx', (call) => exportValues(call, 'xlsx')),
];
