import { jsonNumber, jsonString, RESOLVERS_ANSWER, type SqlFieldRead, type SqlFields } from '../graphql/sql-read/sql-fields';
import { FIGURE_NUMBER_FIELDS } from '../reporting/rollup/rollup.sql-fields';
import { keptFiguresAnswer } from '../reporting/rollup/indicator-figures';
import type { AnalyticsInput } from './analytics.inputs';
import { ANALYTICS_ORDER_COLUMNS, analyticsOrderOf, analyticsParameters, analyticsQuery, inPlan } from './analytics.service';
import { keptAnalyticsSource } from './kept-analytics';

/**
 * `analytics` in one statement where the kept figures answer: the rows of
 * `analyticsRows` with their indicators, units, parents and periods joined,
 * in the same order. An input it refuses, figures it must build, no figure
 * at all, a code that names nothing (or, without a plan, an indicator that
 * several plans have) or a figure with a note: the resolvers answer, and
 * explain (`explainMissing`). A code that names something but shows no
 * figure is no error there, so the statement answers it too.
 */
function analytics(read: SqlFieldRead): string | undefined {
  const query = analyticsQuery(read.today, read.args.input as AnalyticsInput);
  if (!keptFiguresAnswer(query.figures)) return undefined;
  const values = analyticsParameters(query);
  const placed = new Map<number, string>();
  // The source's own parameters ($1..$12) as the statement's.
  const renumber = (sql: string) =>
    sql.replace(/\$(\d+)/g, (_match, n: string) => {
      const i = Number(n);
      if (!placed.has(i)) placed.set(i, read.param(values[i - 1]));
      return placed.get(i)!;
    });
  const rows = read.with(
    renumber(`select f.value, f.numerator, f.denominator, f.source_values, f.comparable, f.sex, f.ethnic_group,
      i.code as indicator_code, i.name as indicator_name, i.aggregation = 'RATIO' as ratio, p.code as period_code,
      u.code as unit_code, u.name as unit_name, u.level as unit_level, pu.code as parent_code, pu.name as parent_name,
      ${ANALYTICS_ORDER_COLUMNS}
    ${keptAnalyticsSource(query, inPlan)}`),
  );
  const selected = read.select(read.alias('result'), rows);
  if (!selected) return undefined;
  // Looked up in the small tables, not searched for in the rows: 0.3 ms less at S (bench/README.md).
  const named = (codes: string[] | null | undefined, exists: string) =>
    `not exists (select 1 from unnest(${read.param(codes ?? [], 'text[]')}) c where not exists (${exists}))`;
  const answered = [
    `exists (select 1 from ${rows})`,
    named(query.indicatorCodes, renumber(`select 1 from indicator i where i.code = c and ${inPlan('i', '$12')}`)),
    named(query.figures.periodCodes, 'select 1 from reporting_period p where p.code = c'),
    named([...(query.figures.unitCodes ?? []), ...(query.figures.areaCodes ?? [])], 'select 1 from administrative_unit u where u.code = c'),
  ];
  return `case when ${answered.join(' and ')} then ${selected} else ${RESOLVERS_ANSWER} end`;
}

const column =
  (name: string) =>
  ({ parent }: SqlFieldRead) =>
    jsonString(`${parent}.${name}`);

export const analyticsSqlFields: SqlFields = {
  Query: { analytics },
  AnalyticsResult: {
    rows: (read) => {
      const row = read.alias('row');
      const selected = read.select(row);
      return selected && read.list(selected, `${read.scope as string} ${row}`, analyticsOrderOf(row), { uncorrelated: true });
    },
    rowCount: (read) => jsonNumber(`(select count(*) from ${read.scope as string})`),
  },
  AnalyticsRow: {
    indicatorCode: column('indicator_code'),
    indicatorName: column('indicator_name'),
    periodCode: column('period_code'),
    unitCode: column('unit_code'),
    unitName: column('unit_name'),
    unitLevel: column('unit_level'),
    parentUnitCode: column('parent_code'),
    parentUnitName: column('parent_name'),
    sex: column('sex'),
    ethnicGroup: column('ethnic_group'),
    ...FIGURE_NUMBER_FIELDS,
  },
};
