import { Comparator, MeasureKind } from '../indicators/indicator.enums';
import { BaselineSource, ProgressStatus } from './progress.enums';

export interface Observation {
  value: number;
  /** End of the period's data window (ISO date). */
  date: string;
}

export interface TargetRule {
  year: number;
  comparator: Comparator;
  value: number;
  valueMax?: number | null;
  baselineValue?: number | null;
  baselineYear?: number | null;
}

export interface Baseline {
  value: number;
  date: string;
  source: BaselineSource;
}

export interface ProgressAssessment {
  status: ProgressStatus;
  baseline: Baseline | null;
  /** Where the straight line from baseline to target stands at the latest observation. */
  expected: number | null;
}

/** Time points are ends of reporting windows: the year's window closes on 14 December. */
export function yearEnd(year: number): string {
  return `${year}-12-14`;
}

/** The strategy runs from 2021: counts are cumulative from the end of the 2020 window. */
const PLAN_START = yearEnd(2020);

/** Share of the whole distance from baseline to target a value may lag the line and still be AT_RISK. */
export const AT_RISK_TOLERANCE = 0.1;

export const PROGRESS_RULE = `How \`status\` is decided, from the latest consolidated value (v) at or before \`asOf\` and the target of the next horizon (the first target year ending at or after \`asOf\`; after 2045, the last target):
- NO_DATA: no consolidated value for this unit yet, or no target to judge it by: the plan's count (SUM) targets are the province's, so a district's count shows its \`value\` with no \`target\`.
- ACHIEVED: v meets the target's comparator (GT v > target; GTE v >= target; LT v < target; LTE v <= target; EQ v = target; BETWEEN value <= v <= valueMax; MAINTAIN v >= target).
- OFF_TRACK: not achieved and the target year has ended.
- Otherwise v is compared with the straight line from the baseline to the target, read at the date of v. The baseline is the plan's where it states one (a MULTIPLE_OF_BASELINE indicator is 1 in its baseline year); 0 at the end of 2020 for COUNT indicators (counted from the strategy's start); else the first consolidated value. The line aims at the target value (for BETWEEN, the bound nearer the baseline).
- ON_TRACK: v is on the line or beyond it, in the direction of the target.
- AT_RISK: v lags the line by at most ${AT_RISK_TOLERANCE * 100} % of the whole distance from baseline to target.
- OFF_TRACK: v lags the line by more than that.
Dates are the ends of reporting windows (14 June, 14 December).`;

export function meets(target: TargetRule, value: number): boolean {
  switch (target.comparator) {
    case Comparator.GT:
      return value > target.value;
    case Comparator.GTE:
    case Comparator.MAINTAIN:
      return value >= target.value;
    case Comparator.LT:
      return value < target.value;
    case Comparator.LTE:
      return value <= target.value;
    case Comparator.EQ:
      return value === target.value;
    case Comparator.BETWEEN:
      return value >= target.value && value <= (target.valueMax ?? target.value);
  }
}

export function baselineFor(measureKind: MeasureKind, target: TargetRule, observations: Observation[]): Baseline | null {
  if (target.baselineValue != null && target.baselineYear != null) {
    return { value: target.baselineValue, date: yearEnd(target.baselineYear), source: BaselineSource.PLAN };
  }
  if (measureKind === MeasureKind.MULTIPLE_OF_BASELINE && target.baselineYear != null) {
    return { value: 1, date: yearEnd(target.baselineYear), source: BaselineSource.PLAN };
  }
  if (measureKind === MeasureKind.COUNT) return { value: 0, date: PLAN_START, source: BaselineSource.PLAN_START };
  const first = observations[0];
  return first ? { value: first.value, date: first.date, source: BaselineSource.FIRST_REPORT } : null;
}

/** Observations in time order, oldest first. */
export function assessProgress(
  measureKind: MeasureKind,
  target: TargetRule | null,
  observations: Observation[],
  asOf: string,
): ProgressAssessment {
  const latest = observations[observations.length - 1];
  if (!latest || !target) return { status: ProgressStatus.NO_DATA, baseline: null, expected: null };
  const baseline = baselineFor(measureKind, target, observations)!;
  const goal = aimOf(target, baseline.value);
  const expected = lineAt(baseline, goal, yearEnd(target.year), latest.date);
  if (meets(target, latest.value)) return { status: ProgressStatus.ACHIEVED, baseline, expected };
  if (yearEnd(target.year) < asOf) return { status: ProgressStatus.OFF_TRACK, baseline, expected };
  const direction = directionOf(target, baseline.value, goal);
  const lag = direction * (expected - latest.value);
  const distance = Math.abs(goal - baseline.value);
  const status =
    lag <= 0 ? ProgressStatus.ON_TRACK : lag <= AT_RISK_TOLERANCE * distance ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
  return { status, baseline, expected };
}

function aimOf(target: TargetRule, baseline: number): number {
  if (target.comparator === Comparator.BETWEEN && target.valueMax != null && baseline > target.valueMax) return target.valueMax;
  return target.value;
}

/** +1 when the target asks for more, -1 when it asks for less. */
function directionOf(target: TargetRule, baseline: number, goal: number): number {
  if (target.comparator === Comparator.LT || target.comparator === Comparator.LTE) return -1;
  if (target.comparator === Comparator.EQ || target.comparator === Comparator.BETWEEN) return goal >= baseline ? 1 : -1;
  return 1;
}

function lineAt(baseline: Baseline, goal: number, goalDate: string, date: string): number {
  const span = days(baseline.date, goalDate);
  if (span <= 0) return goal;
  const share = Math.min(1, Math.max(0, days(baseline.date, date) / span));
  return baseline.value + (goal - baseline.value) * share;
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
