import type { RequestContext } from '../../graphql/context';
import { Aggregation } from '../../indicators/indicator.enums';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { PeriodKind, ReportStatus, Sex } from '../reporting.enums';

/*
 * An indicator's figures per unit, period and breakdown, built by the SQL
 * function `indicator_figures` (migrations/Migration20261205060000_indicator_figures.ts,
 * where the rule is written out): one implementation of the aggregation and
 * of the crosswalk across the 2025 reorganisation, for the roll-up,
 * analytics, the exports and the `bi` views.
 */

export interface FiguresRequest {
  indicatorIds: number[];
  status: ReportStatus;
  /** The levels figures are built for; null when `unitCodes` names the units. */
  levels: AdministrativeLevel[] | null;
  /** Every period on the map in force this day; null: each period on its own map. */
  mapDay: string | null;
  periodCodes?: string[] | null;
  periodKind?: PeriodKind | null;
  /** Only units lying in these, each code looked up on `areaDay` (else its last version before). */
  areaCodes?: string[] | null;
  areaDay: string;
  /** Only these units, at their own levels (every version of each code). */
  unitCodes?: string[] | null;
  bySex?: boolean;
  byEthnicGroup?: boolean;
}

/**
 * The function's call with the request's parameters as $1..$11, in
 * `figuresParameters` order; `indicatorIds` may name another expression for
 * the first (a lateral column), whose $1 then holds something else.
 */
export function figuresCall(indicatorIds = '$1::int[]'): string {
  return `indicator_figures(${indicatorIds}, $2::text, $3::text[], $4::date, $5::text[], $6::text, $7::text[], $8::date, $9::text[], $10::boolean, $11::boolean)`;
}

/**
 * Which kept figures `figure` (an alias of `indicator_figure`) answers for:
 * those on each period's own map (`mapDay` null), or those on the current
 * map when the day `mapDay` (a parameter, e.g. "$4") lies in its window.
 * For the reads of kept-rollup.ts and analytics/kept-analytics.ts.
 */
export function keptMapCondition(figure: string, mapDay: string | null): string {
  if (mapDay === null) return `not ${figure}.current_map`;
  return `${figure}.current_map and exists (select 1 from indicator_figure_map m where ${mapDay}::date >= m.current_from and (m.current_to is null or ${mapDay}::date <= m.current_to))`;
}

/**
 * Whether the kept figures may answer: accepted reports (what they are kept
 * for); with a map day, only if a read of them found any (the day may
 * lie outside the current map's window, when they must be built). See kept-rollup.ts.
 */
export function keptFiguresAnswer(request: Pick<FiguresRequest, 'status' | 'mapDay'>, rows?: readonly unknown[]): boolean {
  if (request.status !== ReportStatus.ACCEPTED) return false;
  return rows === undefined || rows.length > 0 || request.mapDay == null;
}

export function figuresParameters(request: FiguresRequest): unknown[] {
  return [
    request.indicatorIds,
    request.status,
    request.levels,
    request.mapDay,
    request.periodCodes ?? null,
    request.periodKind ?? null,
    request.areaCodes ?? null,
    request.areaDay,
    request.unitCodes ?? null,
    request.bySex ?? false,
    request.byEthnicGroup ?? false,
  ];
}

/** A row of `indicator_figures` as the driver returns it. */
export type FigureRow = Record<string, unknown> & {
  indicator_id: number;
  unit_id: number;
  period_id: number;
  sex: Sex | null;
  ethnic_group: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  source_values: string | number;
  comparable: boolean;
  partial_ids: number[] | null;
  spanned_ids: number[] | null;
};

export interface FigureNumbers {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sourceValues: number;
  comparable: boolean;
}

/** The figure's numbers: a RATIO figure's value is its summed numerator over its summed denominator (divided in SQL), never an average of percentages. */
export function figureNumbers(row: FigureRow, aggregation: Aggregation): FigureNumbers {
  const ratio = aggregation === Aggregation.RATIO;
  const number = (text: string | null) => (text == null ? null : Number(text));
  return {
    value: number(row.value),
    numerator: ratio ? number(row.numerator) : null,
    denominator: ratio ? number(row.denominator) : null,
    sourceValues: Number(row.source_values),
    comparable: row.comparable,
  };
}

/** Why a figure cannot be compared across the change, in the plan's terms; `mapDay` null: each period on its own map. */
export async function figureNote(ctx: RequestContext, row: FigureRow, aggregation: Aggregation, mapDay: string | null): Promise<string> {
  const names = async (ids: number[] | null) => {
    const units = await Promise.all((ids ?? []).map((id) => ctx.loaders.byId(AdministrativeUnit).load(id)));
    // By code: the database returns them in no set order.
    return units.flatMap((u) => (u ? [u] : [])).sort((a, b) => a.code.localeCompare(b.code)).map((u) => `${u.name} (${u.code})`).join(', ');
  };
  const map = mapDay ? `the map of ${mapDay}` : 'its own map';
  if (aggregation === Aggregation.NONE) {
    const from = await names(row.partial_ids);
    if (row.value == null) return `Several units reported this index for ${from || 'this unit'}: an index does not add up, so none is shown`;
    return `The value reported for ${from}: an index or a level does not add up, so it is not carried across a boundary change`;
  }
  if (row.spanned_ids) {
    return `This unit spans ${await names(row.spanned_ids)} on ${map}: its figure cannot be split between them`;
  }
  return `Without ${await names(row.partial_ids)}, which also covers part of another unit on ${map}: its figure cannot be split`;
}
