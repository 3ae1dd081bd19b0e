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
import { figuresCall, figureNote, figureNumbers, figuresParameters, FigureRow, FiguresRequest, keptFiguresAnswer } from './indicator-figures';
import { keptRollupParameters, keptRollupSelect, keptRollupShape, KeptRollupShape } from './kept-rollup';
import { IndicatorRollup } from './rollup.types';

/** Each figure's unit and period come in the same statement and go to their loaders: a roll-up that shows them is one statement, not three. */
const statements = new Map<string, string>();
/** The figures read from the kept ones (`kept`: the request's shape), or built by `indicator_figures` (null). */
function rollupStatement(em: EntityManager, kept: KeptRollupShape | null): string {
  const key = JSON.stringify(kept);
  let statement = statements.get(key);
  if (!statement) {
    statement = `select f.*${onFirstRowOf('f.unit_id', 'u', 'u_', entityColumns(em, AdministrativeUnit))}${onFirstRowOf('f.period_id', 'p', 'p_', entityColumns(em, ReportingPeriod))}
    from ${kept ? keptRollupSelect(kept) : figuresCall()} f
    join administrative_unit u on u.id = f.unit_id
    join reporting_period p on p.id = f.period_id`;
    statements.set(key, statement);
  }
  return statement;
}

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
 * reorganisation (indicator-figures.ts).
 */
export async function rollupOf(ctx: RequestContext, indicator: Indicator, request: RollupRequest): Promise<IndicatorRollup[]> {
  const within = request.within !== undefined;
  const figures: FiguresRequest = {
    indicatorIds: [indicator.id],
    status: request.status,
    levels: [request.level],
    mapDay: request.geographyAsOf ?? null,
    areaCodes: within ? [request.within!] : null,
    areaDay: request.geographyAsOf ?? today(ctx),
  };
  // Named apart by shape: each name keeps a plan fit for its own parameters.
  const name = within ? 'rollup-within' : 'rollup';
  const shape = keptRollupShape(request);
  let rows = keptFiguresAnswer(figures)
    ? await runPrepared<FigureRow>(ctx.em, `${name}-kept${shape.onMapDay ? '-on-day' : ''}`, rollupStatement(ctx.em, shape), keptRollupParameters(indicator.id, request, figures.areaDay))
    : undefined;
  if (!rows || !keptFiguresAnswer(figures, rows)) rows = await runPrepared<FigureRow>(ctx.em, name, rollupStatement(ctx.em, null), figuresParameters(figures));
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
  const rollups = rows.map((row) => toRollup(row, indicator.aggregation, units, periods));
  for (const [i, rollup] of rollups.entries()) {
    if (!rollup.comparable) rollup.note = await figureNote(ctx, rows[i], indicator.aggregation, figures.mapDay);
  }
  return rollups.sort((a, b) => a.unitId - b.unitId || a.periodId - b.periodId);
}

function toRollup(row: FigureRow, aggregation: Aggregation, units: Map<number, AdministrativeUnit>, periods: Map<number, ReportingPeriod>): IndicatorRollup {
  const rollup = Object.assign(new IndicatorRollup(), figureNumbers(row, aggregation));
  rollup.unitId = Number(row.unit_id);
  rollup.periodId = Number(row.period_id);
  rollup.unit = units.get(rollup.unitId);
  rollup.period = periods.get(rollup.periodId);
  rollup.note = null;
  return rollup;
}

/** No figure: perhaps the caller asked for a level the map does not have, or a unit no code names. */
async function explainEmpty(ctx: RequestContext, request: RollupRequest): Promise<void> {
  if (request.geographyAsOf && !(await levelOnMap(ctx, request.level, request.geographyAsOf))) {
    throw badUserInput(noLevelOnMap(request.level, request.geographyAsOf), { argument: 'level' });
  }
  if (request.within !== undefined && !(await findUnitOrLastVersion(ctx, request.within))) {
    throw badUserInput(`No unit has the code "${request.within}"`, { argument: 'within' });
  }
}

/** Whether the map of `day` has units of `level` (it has no districts from 1 July 2025). */
export async function levelOnMap(ctx: RequestContext, level: AdministrativeLevel, day: string): Promise<boolean> {
  const [found] = await runRead<{ found: boolean }>(ctx.em, {
    sql: `select exists (select 1 from administrative_unit u where u.level = ? and ${inForceSql('u')}) as found`,
    bindings: [level, day, day],
  });
  return found.found;
}

export function noLevelOnMap(level: AdministrativeLevel, day: string): string {
  return `The map of ${day} has no ${level} level (districts were abolished on 1 July 2025): ask for PROVINCE or COMMUNE`;
}
