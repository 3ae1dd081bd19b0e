import { runPrepared } from '../database/direct-statement';
import type { RequestContext } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { Indicator } from '../indicators/indicator.entity';
import { targetsOf } from '../indicators/indicator.service';
import { targetsInForce } from '../indicators/target-revisions';
import { Target } from '../indicators/target.entity';
import { isoDate } from '../platform/dates';
import { ReportingPeriod } from '../reporting/periods/reporting-period.entity';
import { targetFor } from '../reporting/progress/progress-rule';
import { ProgressStatus } from '../reporting/progress/progress.enums';
import { judgedTargets, progressStatusAt } from '../reporting/progress/progress.service';
import { ReportStatus } from '../reporting/reporting.enums';
import { figureNote, figureNumbers, figuresCall, figuresParameters, FigureRow, FiguresRequest, keptFiguresAnswer } from '../reporting/rollup/indicator-figures';
import { keptAnalyticsShape, keptAnalyticsSource } from './kept-analytics';
import { levelOnMap, noLevelOnMap } from '../reporting/rollup/rollup.service';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { ANALYTICS_CAPS, AnalyticsInput, Breakdown } from './analytics.inputs';
import { AnalyticsRow } from './analytics.types';

/** An analytics input checked and put in the terms of `indicator_figures`. */
export interface AnalyticsQuery {
  indicatorCodes: string[];
  /** The plan the codes are of; null: any plan, and a code that two plans have is refused. */
  planCode: string | null;
  figures: Omit<FiguresRequest, 'indicatorIds'>;
}

/** Checks the dimensions (caps, combinations) and fills in the defaults; throws BAD_USER_INPUT naming the field. */
export function analyticsQuery(today: string, input: AnalyticsInput): AnalyticsQuery {
  const indicators = codes(input.indicators, 'indicators', ANALYTICS_CAPS.indicators);
  if (indicators.length === 0) throw badUserInput('`indicators` must name at least one indicator', { field: 'indicators' });
  const periods = input.periods == null ? null : codes(input.periods, 'periods', ANALYTICS_CAPS.periods);
  const units = input.units == null ? null : codes(input.units, 'units', ANALYTICS_CAPS.units);
  if (input.within != null && units) throw badUserInput('Give `within` (one area) or `units`, not both', { field: 'within' });
  if (input.within != null && !input.level) throw badUserInput('`within` needs a `level`: the units of that level lying in it', { field: 'within' });
  if (input.within != null) codes([input.within], 'within', 1);
  const level = input.level ?? (units ? null : AdministrativeLevel.PROVINCE);
  const mapDay = input.geographyAsOf ? isoDate(input.geographyAsOf) : null;
  const breakdown = new Set(input.breakdown ?? []);
  return {
    indicatorCodes: indicators,
    planCode: input.planCode ?? null,
    figures: {
      status: input.reportStatus ?? ReportStatus.ACCEPTED,
      levels: level ? [level] : null,
      mapDay,
      periodCodes: periods,
      periodKind: input.periodKind ?? null,
      areaCodes: level ? (input.within != null ? [input.within] : units) : null,
      areaDay: mapDay ?? today,
      unitCodes: level ? null : units,
      bySex: breakdown.has(Breakdown.SEX),
      byEthnicGroup: breakdown.has(Breakdown.ETHNIC_GROUP),
    },
  };
}

/** A list of codes without repeats, each a non-empty code, at most `cap` of them. */
function codes(list: string[], field: string, cap: number): string[] {
  const unique = [...new Set(list)];
  if (unique.length > cap) throw badUserInput(`\`${field}\` lists ${unique.length} codes; at most ${cap} are allowed`, { field });
  const bad = unique.find((code) => !/^[\p{L}\p{N}._-]{1,100}$/u.test(code));
  if (bad !== undefined) throw badUserInput(`\`${field}\` holds ${JSON.stringify(bad.slice(0, 100))}, which is not a code`, { field });
  return unique;
}

/**
 * The figures, in the answer's order; their indicators, units and periods
 * come after, by id (`relatedRows`). Built by `indicator_figures`, the
 * indicators are looked up by code in the same statement (a lateral call:
 * PostgreSQL inlines the function only when no argument is a sub-select).
 * `kept`: the query's shape, its figures read from the kept ones
 * (kept-analytics.ts); null: built. `$12`: the plan the codes are of, or null.
 */
const statements = new Map<string, string>();
function analyticsStatement(query: AnalyticsQuery, kept: string | null): string {
  const key = kept ?? 'built';
  const known = statements.get(key);
  if (known) return known;
  const order = `order by ${ANALYTICS_ORDER}`;
  const statement = kept
    ? `with typed as (select $1::text[], $2::text, $3::text[], $4::date, $5::text[], $6::text, $7::text[], $8::date, $9::text[], $10::boolean, $11::boolean, $12::text)
    select ${FIGURE_COLUMNS}
    ${keptAnalyticsSource(query, inPlan)}
    ${order}`
    : `select f.*
    from (select array_agg(id) as ids from indicator i0 where code = any($1::text[]) and ${inPlan('i0', '$12')}) wanted
    cross join lateral ${figuresCall('wanted.ids')} f
    join indicator i on i.id = f.indicator_id
    join administrative_unit u on u.id = f.unit_id
    left join administrative_unit pu on pu.id = u.parent_id
    join reporting_period p on p.id = f.period_id
    ${order}`;
  statements.set(key, statement);
  return statement;
}

/**
 * The answer's order: `indicators` as listed, then period, level, unit, sex
 * and ethnic group. Each key also has a column name, for a statement that
 * selects the rows first and sorts them after (`analyticsOrderOf`); sex and
 * ethnic group are columns of a figure already (`figure`).
 */
const ORDER_KEYS: { sql: string; column: string; nullsFirst?: true; figure?: true }[] = [
  { sql: 'array_position($1::text[], i.code)', column: 'indicator_order' },
  { sql: 'p.position', column: 'period_order' },
  { sql: "array_position(array['PROVINCE', 'DISTRICT', 'COMMUNE'], u.level)", column: 'level_order' },
  { sql: 'u.position', column: 'unit_order' },
  { sql: 'u.id', column: 'unit_order_id' },
  { sql: 'f.sex', column: 'sex', nullsFirst: true, figure: true },
  { sql: 'f.ethnic_group', column: 'ethnic_group', nullsFirst: true, figure: true },
];
const nulls = (key: (typeof ORDER_KEYS)[number]) => (key.nullsFirst ? ' nulls first' : '');
export const ANALYTICS_ORDER = ORDER_KEYS.map((key) => `${key.sql}${nulls(key)}`).join(', ');
/** The order's keys that a figure does not hold, as named columns. */
export const ANALYTICS_ORDER_COLUMNS = ORDER_KEYS.filter((key) => !key.figure)
  .map((key) => `${key.sql} as ${key.column}`)
  .join(', ');
/** The answer's order over rows `row` that selected `ANALYTICS_ORDER_COLUMNS` and the figure's sex and ethnic group. */
export function analyticsOrderOf(row: string): string {
  return ORDER_KEYS.map((key) => `${row}.${key.column}${nulls(key)}`).join(', ');
}

/** The columns `indicator_figures` returns, of a kept figure `f`. */
const FIGURE_COLUMNS = 'f.indicator_id, f.unit_id, f.period_id, f.sex, f.ethnic_group, f.value, f.numerator, f.denominator, f.source_values, f.comparable, f.partial_ids, f.spanned_ids';

/** The query's figures with their related rows: read from the kept figures where they answer, else built. */
export async function analyticsFigures(ctx: RequestContext, query: AnalyticsQuery): Promise<FigureRow[]> {
  const parameters = analyticsParameters(query);
  const shape = keptAnalyticsShape(query);
  if (keptFiguresAnswer(query.figures)) {
    const kept = await runPrepared<FigureRow>(ctx.em, `analytics-kept-${shape}`, analyticsStatement(query, shape), parameters);
    if (keptFiguresAnswer(query.figures, kept)) return kept;
  }
  return runPrepared<FigureRow>(ctx.em, 'analytics', analyticsStatement(query, null), parameters);
}

/**
 * The indicator `alias` is of the plan named by `parameter`; without one,
 * its code is one that no other plan has (`explainMissing` says why a code
 * that several plans have gave nothing).
 */
export function inPlan(alias: string, parameter: string): string {
  return `(${parameter}::text is null and not exists (select 1 from indicator o where o.code = ${alias}.code and o.plan_id <> ${alias}.plan_id)
    or ${alias}.plan_id = (select id from plan where code = ${parameter}::text))`;
}

export function analyticsParameters(query: AnalyticsQuery): unknown[] {
  return [query.indicatorCodes, ...figuresParameters({ ...query.figures, indicatorIds: [] }).slice(1), query.planCode];
}

export async function analyticsRows(ctx: RequestContext, query: AnalyticsQuery): Promise<AnalyticsRow[]> {
  const rows = await analyticsFigures(ctx, query);
  const related = await relatedRows(ctx, rows);
  await explainMissing(ctx, query, rows, related);
  const result = rows.map((row) => toAnalyticsRow(row, related));
  for (const [i, row] of result.entries()) {
    if (!row.comparable) row.note = await figureNote(ctx, rows[i], related.indicators.get(rows[i].indicator_id)!.aggregation, query.figures.mapDay);
  }
  return result;
}

export interface RelatedRows {
  indicators: Map<number, Indicator>;
  units: Map<number, AdministrativeUnit>;
  periods: Map<number, ReportingPeriod>;
}

/**
 * The figures' indicators, units (their parents too) and periods, through
 * the loaders: a few distinct rows each, read by id. (Reading them in the
 * figures' statement, on each one's first row, cost that statement half its
 * time in window sorts and every row dozens of empty columns: bench/README.md.)
 */
export async function relatedRows(ctx: RequestContext, rows: readonly FigureRow[]): Promise<RelatedRows> {
  const ids = (key: 'indicator_id' | 'unit_id' | 'period_id') => [...new Set(rows.map((row) => Number(row[key])))];
  const [indicators, units, periods] = await Promise.all([
    loaded(ctx.loaders.byId(Indicator).loadMany(ids('indicator_id'))),
    loaded(ctx.loaders.byId(AdministrativeUnit).loadMany(ids('unit_id'))),
    loaded(ctx.loaders.byId(ReportingPeriod).loadMany(ids('period_id'))),
  ]);
  const parentIds = [...new Set(units.flatMap((unit) => (unit.parent ? [unit.parent.id] : [])))];
  const parents = await loaded(ctx.loaders.byId(AdministrativeUnit).loadMany(parentIds));
  const byId = <T extends { id: number }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  return { indicators: byId(indicators), units: byId([...units, ...parents]), periods: byId(periods) };
}

async function loaded<T>(results: Promise<Array<T | null | Error>>): Promise<T[]> {
  return (await results).flatMap((item) => {
    if (item instanceof Error) throw item;
    return item ? [item] : [];
  });
}

export function toAnalyticsRow(row: FigureRow, related: RelatedRows): AnalyticsRow {
  const indicator = related.indicators.get(row.indicator_id)!;
  const unit = related.units.get(row.unit_id)!;
  const parent = unit.parent ? related.units.get(unit.parent.id) : undefined;
  const period = related.periods.get(row.period_id)!;
  return Object.assign(new AnalyticsRow(), figureNumbers(row, indicator.aggregation), {
    indicatorId: indicator.id,
    unitId: unit.id,
    periodEndDate: isoDate(period.endDate),
    periodYear: period.year,
    indicatorCode: indicator.code,
    indicatorName: indicator.name,
    periodCode: period.code,
    unitCode: unit.code,
    unitName: unit.name,
    unitLevel: unit.level,
    parentUnitCode: parent?.code ?? null,
    parentUnitName: parent?.name ?? null,
    sex: row.sex,
    ethnicGroup: row.ethnic_group,
    note: null,
  });
}

/**
 * A code the answer does not show may name nothing: say so rather than
 * return less than was asked. Only then is it looked up (one statement), so
 * an answer that shows every code costs nothing more.
 */
export async function explainMissing(ctx: RequestContext, query: AnalyticsQuery, rows: readonly FigureRow[], related: RelatedRows): Promise<void> {
  const seen = relatedCodes(related);
  const missing = {
    indicators: query.indicatorCodes.filter((code) => !seen.indicators.has(code)),
    periods: (query.figures.periodCodes ?? []).filter((code) => !seen.periods.has(code)),
    units: [...(query.figures.unitCodes ?? []), ...(query.figures.areaCodes ?? [])].filter((code) => !seen.units.has(code)),
  };
  if (rows.length > 0 && !missing.indicators.length && !missing.periods.length && !missing.units.length) return;
  const unknown = await runPrepared<{ field: string; code: string; plans: string[] | null }>(
    ctx.em,
    'analytics-unknown-codes',
    `select 'planCode' as field, c as code, array_agg(p.code order by p.code) as plans from unnest($1::text[]) c join indicator i on i.code = c join plan p on p.id = i.plan_id
        where $4::text is null group by c having count(*) > 1
      union all select 'indicators', c, null from unnest($1::text[]) c where not exists (select 1 from indicator i where i.code = c and ($4::text is null or i.plan_id = (select id from plan where code = $4::text)))
      union all select 'periods', c, null from unnest($2::text[]) c where not exists (select 1 from reporting_period where code = c)
      union all select 'units', c, null from unnest($3::text[]) c where not exists (select 1 from administrative_unit where code = c)`,
    [missing.indicators, missing.periods, missing.units, query.planCode],
  );
  const shared = unknown.find((u) => u.field === 'planCode');
  if (shared) {
    const message = `Plans ${shared.plans!.join(' and ')} each have an indicator "${shared.code}": name the plan (planCode)`;
    throw badUserInput(message, { field: 'planCode', reason: 'AMBIGUOUS_CODE', plans: shared.plans });
  }
  if (unknown.length > 0) {
    const field = unknown[0].field === 'units' && !query.figures.unitCodes ? (query.figures.areaCodes?.length === 1 ? 'within' : 'units') : unknown[0].field;
    const list = unknown.filter((u) => u.field === unknown[0].field).map((u) => `"${u.code}"`);
    throw badUserInput(`\`${field}\` holds ${list.join(', ')}, which ${list.length === 1 ? 'names' : 'name'} nothing`, { field });
  }
  const [level] = query.figures.levels ?? [];
  if (query.figures.mapDay && level && !(await levelOnMap(ctx, level, query.figures.mapDay))) {
    throw badUserInput(noLevelOnMap(level, query.figures.mapDay), { field: 'level' });
  }
}

/** The codes the answer shows: units by their own code and their parents'. */
function relatedCodes(related: RelatedRows) {
  const codes = <T extends { code: string }>(items: Map<number, T>) => new Set([...items.values()].map((item) => item.code));
  return { indicators: codes(related.indicators), periods: codes(related.periods), units: codes(related.units) };
}

/** The plan's target that applies to the row's period, for the unit (its count targets are the province's); null for breakdowns. */
export async function targetOfRow(ctx: RequestContext, row: AnalyticsRow): Promise<Target | null> {
  if (row.sex || row.ethnicGroup) return null;
  const [indicator, unit] = await Promise.all([ctx.loaders.byId(Indicator).load(row.indicatorId), ctx.loaders.byId(AdministrativeUnit).load(row.unitId)]);
  const targets = judgedTargets(indicator!, unit!, await targetsInForce(ctx, await targetsOf(ctx, indicator!), row.periodEndDate));
  return (targetFor(targets, row.periodEndDate) as Target | null) ?? null;
}

/** The unit's progress status at the end of the row's period; null for breakdowns and where progress is not consolidated. */
export async function statusOfRow(ctx: RequestContext, row: AnalyticsRow): Promise<ProgressStatus | null> {
  if (row.sex || row.ethnicGroup) return null;
  const [indicator, unit] = await Promise.all([ctx.loaders.byId(Indicator).load(row.indicatorId), ctx.loaders.byId(AdministrativeUnit).load(row.unitId)]);
  return progressStatusAt(ctx, indicator!, unit!, row.periodEndDate);
}

/**
 * A batch of figures read through a cursor (an export), as rows with their
 * note, target and status. A related row may come with a later batch (it is
 * read on its first row, which need not come first in the answer's order):
 * the loaders fetch what is missing.
 */
/** A batch of an export's rows, with `related` read from all of them (relatedRows). */
export async function analyticsBatch(ctx: RequestContext, rows: FigureRow[], related: RelatedRows, mapDay: string | null): Promise<AnalyticsFileRow[]> {
  const result = rows.map((row) => toAnalyticsRow(row, related));
  return Promise.all(
    result.map(async (row, i) => {
      if (!row.comparable) row.note = await figureNote(ctx, rows[i], related.indicators.get(rows[i].indicator_id)!.aggregation, mapDay);
      const [target, status] = await Promise.all([targetOfRow(ctx, row), statusOfRow(ctx, row)]);
      return Object.assign(row, { target, status });
    }),
  );
}

/** An analytics row with its target and status resolved: what a file holds. */
export type AnalyticsFileRow = AnalyticsRow & { target: Target | null; status: ProgressStatus | null };

