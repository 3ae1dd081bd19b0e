import { rootConnection } from '../../graphql/sql-read/connection-read';
import { jsonString, type SqlFieldRead, type SqlFields } from '../../graphql/sql-read/sql-fields';
import { valueList, VALUE_ORDER } from './report.service';

/**
 * `indicatorValues` as a BI tool pages through it: the page and each value's
 * indicator, unit, report, period and body in one statement. With a filter
 * (whose input has validation rules) the resolvers answer.
 */
function indicatorValues(read: SqlFieldRead): string | undefined {
  if (read.args.filter != null) return undefined;
  return rootConnection(read, valueList(read.knex, {}).toSQL(), VALUE_ORDER);
}

/** A value's field that is a column of a row it names (its indicator, unit, or its report's period or body). */
const through =
  (path: Array<[table: string, key: string]>, column: string) =>
  (read: SqlFieldRead): string => {
    let row = read.parent;
    for (const [table, key] of path) row = read.joinOne(table, key, row);
    return jsonString(`${row}.${column}`);
  };

const INDICATOR: [string, string] = ['indicator', 'indicator_id'];
const UNIT: [string, string] = ['administrative_unit', 'administrative_unit_id'];
const REPORT: [string, string] = ['report', 'report_id'];

export const valueSqlFields: SqlFields = {
  Query: { indicatorValues },
  IndicatorValue: {
    indicatorCode: through([INDICATOR], 'code'),
    indicatorName: through([INDICATOR], 'name'),
    unitCode: through([UNIT], 'code'),
    unitName: through([UNIT], 'name'),
    unitLevel: through([UNIT], 'level'),
    reportStatus: through([REPORT], 'status'),
    periodCode: through([REPORT, ['reporting_period', 'period_id']], 'code'),
    bodyCode: through([REPORT, ['responsible_body', 'body_id']], 'code'),
  },
};
