import { joinedObject, jsonNumber, RESOLVERS_ANSWER, singleRowOf, type SqlFieldRead, type SqlFields } from '../../graphql/sql-read/sql-fields';
import { isoDate } from '../../platform/dates';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { ReportStatus } from '../reporting.enums';
import { keptRollupSelect, keptRollupShape } from './kept-rollup';
import type { RollupRequest } from './rollup.service';

/**
 * `Indicator.rollup` inside its indicator's statement, where the kept figures
 * answer: as `rollupOf` reads them (kept-rollup.ts), in the same order. What
 * they do not answer (another status, a map day they are not kept for, no
 * figure to explain, a note built in Node) the resolvers answer. Under
 * `indicator(code)` the figures may come as rows of their own (list-stream.ts):
 * a roll-up by commune has hundreds. Fewer (a roll-up by district), and
 * PostgreSQL aggregates them once the statement is asked again (sql-read.ts).
 */
function rollup(read: SqlFieldRead): string | undefined {
  const request: RollupRequest = {
    level: read.args.level as AdministrativeLevel,
    within: (read.args.within as string | null | undefined) ?? undefined,
    status: read.args.reportStatus as ReportStatus,
    geographyAsOf: read.args.geographyAsOf ? isoDate(read.args.geographyAsOf as Date) : undefined,
  };
  if (request.status !== ReportStatus.ACCEPTED) return undefined;
  const figure = read.alias('figure');
  // The unit joined to keep the level's figures is the one the figures' `unit` reads: one join, not two.
  const unit = read.alias('unit');
  const selected = read.select(figure, { unit } satisfies RollupScope);
  if (!selected) return undefined;
  // Under an indicator that is the one row of an expression, the figures name that expression, not the row: they can stream.
  const single = singleRowOf(read.scope);
  const indicator = single ? { id: `(select id from ${single} limit 1)`, aggregation: `(select aggregation from ${single} limit 1)` } : { id: `${read.parent}.id`, aggregation: `${read.parent}.aggregation` };
  const shape = keptRollupShape(request);
  const level = read.param(request.level, 'text');
  const kept = keptRollupSelect(
    shape,
    {
      indicator: indicator.id,
      level,
      area: shape.within ? read.param(request.within, 'text') : 'null',
      areaDay: shape.within ? read.param(request.geographyAsOf ?? read.today, 'date') : 'null',
      mapDay: shape.onMapDay ? read.param(request.geographyAsOf, 'date') : 'null',
    },
    { levelOutside: true },
  );
  const units = `join administrative_unit ${unit} on ${unit}.id = ${figure}.unit_id and ${unit}.level = ${level}`;
  const figures = `(select k.*, ${indicator.aggregation} = 'RATIO' as ratio from ${kept} k) ${figure} ${units}${read.joins(figure)}`;
  return read.list(selected, figures, `${figure}.unit_id, ${figure}.period_id`, { empty: RESOLVERS_ANSWER, uncorrelated: single !== undefined });
}

/**
 * A figure's numbers, over a row with the kept figure's columns and `ratio`
 * (its indicator is a RATIO): as figureNumbers reads them, a RATIO's
 * numerator and denominator, nothing for SUM and NONE. The roll-up's and
 * analytics' rows both.
 */
export const FIGURE_NUMBER_FIELDS: Record<string, (read: SqlFieldRead) => string> = {
  value: ({ parent }) => jsonNumber(`${parent}.value`),
  numerator: ({ parent }) => jsonNumber(`case when ${parent}.ratio then ${parent}.numerator end`),
  denominator: ({ parent }) => jsonNumber(`case when ${parent}.ratio then ${parent}.denominator end`),
  sourceValues: ({ parent }) => jsonNumber(`${parent}.source_values`),
  comparable: ({ parent }) => jsonNumber(`${parent}.comparable`),
  // The note names units in Node (figureNote): a figure that has one is the resolvers'.
  note: ({ parent }) => `case when ${parent}.comparable then 'null' else ${RESOLVERS_ANSWER} end`,
};

/** What the roll-up leaves for its figures' fields: the alias of each figure's unit, joined by the roll-up. */
interface RollupScope {
  unit: string;
}

export const rollupSqlFields: SqlFields = {
  Indicator: { rollup },
  IndicatorRollup: {
    unit: (read) => {
      const scope = read.scope as RollupScope | undefined;
      return scope?.unit ? read.select(scope.unit) : undefined;
    },
    period: (read) => joinedObject(read, 'reporting_period', 'period_id'),
    ...FIGURE_NUMBER_FIELDS,
  },
};
