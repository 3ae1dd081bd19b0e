import { Comparator, MeasureKind } from '../../indicators/indicator.enums';
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

/** Time points are ends of reporting windows: the year's window closes on 14 December. */
export function yearEnd(year: number): string {
  return `${year}-12-14`;
}

/** The strategy runs from 2021: counts are cumulative from the end of the 2020 window. */
const PLAN_START = yearEnd(2020);

/** Share of the whole distance from baseline to target a value may lag the line and still be AT_RISK. */
export const AT_RISK_TOLERANCE = 0.1;

export const PROGRESS_RULE = `How \`status\` is decided, from the consolidated values (totals) of periods whose data window ended by \`asOf\`. The latest is v. The target is the plan's next one: the first whose year ends (14 December) on or after the date of v (or \`asOf\` when there is no value); past every horizon, the last.
- NO_DATA: no value yet; or no target to judge it by (the plan's count (SUM) targets are the province's, so a district's count shows its \`value\` with no \`target\`); or a single value that misses the target while the plan states no baseline: one point draws no line.
- ACHIEVED: v meets the target's comparator (GT v > target; GTE v >= target; LT v < target; LTE v <= target; EQ v = target; BETWEEN value <= v <= valueMax; MAINTAIN v >= target).
- OFF_TRACK: v is the figure of the target year itself (or later) and misses the target.
- Otherwise v is compared with the straight line from the baseline to the target, read at the date of v. The baseline is the plan's where it states one (a MULTIPLE_OF_BASELINE indicator is 1 in its baseline year); 0 at the end of 2020 for COUNT indicators (counted from the strategy's start); else the first value. The line aims at the target value (for BETWEEN, at the bound nearer the baseline).
- ON_TRACK: v is on the line or beyond it, in the direction of the target (for BETWEEN, not past the range's far side: a value past it lags by its distance beyond that side).
- AT_RISK: v lags the line by at most ${AT_RISK_TOLERANCE * 100} % of the whole distance from baseline to target.
- OFF_TRACK: v lags the line by more than that.
Dates are the ends of reporting windows (14 June, 14 December).`;

/** The plan's next target for a latest value dated `date`; past every horizon, the last target. */
export function targetFor(targets: TargetRule[], date: string): TargetRule | null {
  const byYear = [...targets].sort((a, b) => a.year - b.year);
  return byYear.find((t) => yearEnd(t.year) >= date) ?? byYear[byYear.length - 1] ?? null;
}

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

export interface ProgressAssessment {
  status: ProgressStatus;
  target: TargetRule | null;
  baseline: Baseline | null;
  /** Where the straight line from baseline to target stands at the latest observation. */
  expected: number | null;
}

/** Observations up to the date judged, in time order, oldest first. */
export function assessProgress(measureKind: MeasureKind, targets: TargetRule[], observations: Observation[], asOf: string): ProgressAssessment {
  const latest = observations[observations.length - 1];
  const target = targetFor(targets, latest?.date ?? asOf);
  if (!latest || !target) return { status: ProgressStatus.NO_DATA, target, baseline: null, expected: null };
  const baseline = baselineFor(measureKind, target, observations)!;
  const goal = aimOf(target, baseline.value);
  const expected = lineAt(baseline, goal, yearEnd(target.year), latest.date);
  const judged = (status: ProgressStatus): ProgressAssessment => ({ status, target, baseline, expected });
  if (meets(target, latest.value)) return judged(ProgressStatus.ACHIEVED);
  if (latest.date >= yearEnd(target.year)) return judged(ProgressStatus.OFF_TRACK);
  if (baseline.source === BaselineSource.FIRST_REPORT && observations.length < 2) return judged(ProgressStatus.NO_DATA);
  const direction = directionOf(target, baseline.value, goal);
  const lag = Math.max(direction * (expected - latest.value), overshoot(target, baseline.value, latest.value));
  const distance = Math.abs(goal - baseline.value);
  return judged(lag <= 0 ? ProgressStatus.ON_TRACK : lag <= AT_RISK_TOLERANCE * distance ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK);
}

/**
 * For BETWEEN: how far a value lies past the range's far side, seen from the
 * baseline (above "6-6.5 %" when rising to it, below it when falling to it,
 * outside it either way when the baseline was inside). 0 otherwise.
 */
function overshoot(target: TargetRule, baseline: number, value: number): number {
  if (target.comparator !== Comparator.BETWEEN || target.valueMax == null) return 0;
  const above = Math.max(0, value - target.valueMax);
  const below = Math.max(0, target.value - value);
  if (baseline < target.value) return above;
  if (baseline > target.valueMax) return below;
  return above + below;
}

function aimOf(target: TargetRule, baseline: number): number {
  if (target.comparator !== Comparator.BETWEEN || target.valueMax == null) return target.value;
  return Math.abs(baseline - target.valueMax) < Math.abs(baseline - target.value) ? target.valueMax : target.value;
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
