import type { EntityManager } from '@mikro-orm/postgresql';
import { runPrepared, runRead } from '../../database/direct-statement';
import { entityColumns } from '../../database/projection';
import { onFirstRowOf, prefixedRows } from '../../database/joined-rows';
import { inForceSql } from '../../database/validity';
import type { RequestContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { Indicator } from '../../indicators/indicator.entity';
import { Aggregation } from '../../indicators/indicator.enums';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { findUnitOrLastVersion, today } from '../../territory/administrative-unit.service';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ReportStatus } from '../reporting.enums';
import { ratioValue } from '../values/value-rules';
import { ADDITIVE_CROSSWALK, crosswalkStatement, NONE_CROSSWALK } from './crosswalk-sql';
import { IndicatorRollup } from './rollup.types';

/** Each figure's unit and period come in the same statement and go to their loaders: a roll-up that shows them is one statement, not three. */
function withUnitAndPeriod(em: EntityManager, rollup: string): string {
  return `select f.*${onFirstRowOf('f.unit_id', 'u', 'u_', entityColumns(em, AdministrativeUnit))}${onFirstRowOf('f.period_id', 'p', 'p_', entityColumns(em, ReportingPeriod))}
    from (${rollup}) f
    join administrative_unit u on u.id = f.unit_id
    join reporting_period p on p.id = f.period_id`;
}

type Statements = Record<'additive' | 'additiveWithin' | 'none' | 'noneWithin', string>;
let statements: Statements | undefined;

/** Built once: the texts are fixed, so PostgreSQL plans each once per connection. */
function rollupStatements(em: EntityManager): Statements {
  statements ??= {
    additive: withUnitAndPeriod(em, crosswalkStatement(ADDITIVE_CROSSWALK, false)),
    additiveWithin: withUnitAndPeriod(em, crosswalkStatement(ADDITIVE_CROSSWALK, true)),
    none: withUnitAndPeriod(em, crosswalkStatement(NONE_CROSSWALK, false)),
    noneWithin: withUnitAndPeriod(em, crosswalkStatement(NONE_CROSSWALK, true)),
  };
  return statements;
}

type RollupRow = Record<string, unknown>;

export interface RollupRequest {
  level: AdministrativeLevel;
  within?: string;
  status: ReportStatus;
  /** Every period on the map of this day; undefined: each period on its own map. */
  geographyAsOf?: string;
}

/**
 * The indicator's figures per unit of a level and per period, built in
 * PostgreSQL by the indicator's rule and carried across the 2025
 * reorganisation (crosswalk-sql.ts).
 */
export async function rollupOf(ctx: RequestContext, indicator: Indicator, request: RollupRequest): Promise<IndicatorRollup[]> {
  const none = indicator.aggregation === Aggregation.NONE;
  const sql = rollupStatements(ctx.em);
  const params: unknown[] = [indicator.id, request.status, request.level, request.geographyAsOf ?? null];
  const within = request.within !== undefined;
  if (within) params.push(request.within, request.geographyAsOf ?? today(ctx));
  const [name, text] = none ? ['rollup-none', within ? sql.noneWithin : sql.none] : ['rollup', within ? sql.additiveWithin : sql.additive];
  const rows = await runPrepared<RollupRow>(ctx.em, within ? `${name}-within` : name, text, params);
  if (rows.length === 0) await explainEmpty(ctx, request);
  // The figures carry their unit and period (and the loaders have them for anything else that asks).
  const units = new Map<number, AdministrativeUnit>();
  for (const row of prefixedRows(rows, 'u_', entityColumns(ctx.em, AdministrativeUnit))) {
    const unit = ctx.loaders.prime(AdministrativeUnit, row);
    units.set(unit.id, unit);
  }
  const periods = new Map<number, ReportingPeriod>();
  for (const row of prefixedRows(rows, 'p_', entityColumns(ctx.em, ReportingPeriod))) {
    const period = ctx.loaders.prime(ReportingPeriod, row);
    periods.set(period.id, period);
  }
  const ratio = indicator.aggregation === Aggregation.RATIO;
  const figures = rows.map((row) => toRollup(row, ratio, units, periods));
  for (const [i, figure] of figures.entries()) if (!figure.comparable) figure.note = await noteOf(ctx, rows[i], none, request);
  return figures.sort((a, b) => a.unitId - b.unitId || a.periodId - b.periodId);
}

function toRollup(row: RollupRow, ratio: boolean, units: Map<number, AdministrativeUnit>, periods: Map<number, ReportingPeriod>): IndicatorRollup {
  const numerator = row.numerator == null ? null : Number(row.numerator);
  const denominator = row.denominator == null ? null : Number(row.denominator);
  const value = ratio ? (numerator !== null && denominator ? ratioValue(numerator, denominator) : null) : row.value == null ? null : Number(row.value);
  const figure = new IndicatorRollup();
  figure.unitId = Number(row.unit_id);
  figure.periodId = Number(row.period_id);
  figure.unit = units.get(figure.unitId);
  figure.period = periods.get(figure.periodId);
  figure.value = value;
  figure.numerator = ratio ? numerator : null;
  figure.denominator = ratio ? denominator : null;
  figure.sourceValues = Number(row.source_values);
  figure.comparable = row.comparable as boolean;
  figure.note = null;
  return figure;
}

/** Why a figure cannot be compared across the change, in the plan's terms. */
async function noteOf(ctx: RequestContext, row: RollupRow, none: boolean, request: RollupRequest): Promise<string> {
  const names = async (ids: unknown) => {
    const units = await Promise.all(((ids as number[] | null) ?? []).map((id) => ctx.loaders.byId(AdministrativeUnit).load(id)));
    return units.flatMap((u) => (u ? [`${u.name} (${u.code})`] : [])).join(', ');
  };
  const map = request.geographyAsOf ? `the map of ${request.geographyAsOf}` : 'its own map';
  if (none) {
    const from = await names(row.partial_ids);
    if (row.value == null) return `Several units reported this index for ${from || 'this unit'}: an index does not add up, so none is shown`;
    return `The value reported for ${from}: an index or a level does not add up, so it is not carried across a boundary change`;
  }
  if (row.spanned_ids) {
    return `This unit spans ${await names(row.spanned_ids)} on ${map}: its figure cannot be split between them`;
  }
  return `Without ${await names(row.partial_ids)}, which also covers part of another unit on ${map}: its figure cannot be split`;
}

/** No figure: perhaps the caller asked for a level the map does not have, or a unit no code names. */
async function explainEmpty(ctx: RequestContext, request: RollupRequest): Promise<void> {
  if (request.geographyAsOf) {
    const [level] = await runRead<{ found: boolean }>(ctx.em, {
      sql: `select exists (select 1 from administrative_unit u where u.level = ? and ${inForceSql('u')}) as found`,
      bindings: [request.level, request.geographyAsOf, request.geographyAsOf],
    });
    if (!level.found) {
      throw badUserInput(`The map of ${request.geographyAsOf} has no ${request.level} level (districts were abolished on 1 July 2025): ask for PROVINCE or COMMUNE`, {
        argument: 'level',
      });
    }
  }
  if (request.within !== undefined && !(await findUnitOrLastVersion(ctx, request.within))) {
    throw badUserInput(`No unit has the code "${request.within}"`, { argument: 'within' });
  }
}
