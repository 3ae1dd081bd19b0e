import { Comparator, MeasureKind } from '../../server/indicators/indicator.enums';
import { assessProgress, meets, Observation, TargetRule } from '../../server/reporting/progress/progress-rule';
import { BaselineSource, ProgressStatus } from '../../server/reporting/progress/progress.enums';

const at = (date: string, value: number): Observation => ({ date, value });
const target = (comparator: Comparator, value: number, extra: Partial<TargetRule> = {}): TargetRule => ({ year: 2025, comparator, value, ...extra });

describe('whether a value meets a target, per comparator', () => {
  test.each([
    [Comparator.GT, 80, 80.1, true],
    [Comparator.GT, 80, 80, false],
    [Comparator.GTE, 80, 80, true],
    [Comparator.GTE, 80, 79.9, false],
    [Comparator.LT, 17, 16.9, true],
    [Comparator.LT, 17, 17, false],
    [Comparator.LTE, 17, 17, true],
    [Comparator.EQ, 100, 100, true],
    [Comparator.EQ, 100, 99, false],
    [Comparator.MAINTAIN, 70, 70, true],
    [Comparator.MAINTAIN, 70, 69.5, false],
  ])('%s %d with %d: %s', (comparator, value, observed, expected) => {
    expect(meets(target(comparator, value), observed)).toBe(expected);
  });

  test('BETWEEN is inclusive of both bounds (poverty falls 2.5-3 points a year)', () => {
    const range = target(Comparator.BETWEEN, 2.5, { valueMax: 3 });
    expect([2.4, 2.5, 2.8, 3, 3.1].map((v) => meets(range, v))).toEqual([false, true, true, true, false]);
  });
});

describe('the straight line from baseline to target', () => {
  // From 0 at 14 Dec 2020 to 423 at 14 Dec 2025: 1826 days; 14 Dec 2023 is 1095 days in, where the line is at 253.66.
  const houses = target(Comparator.GTE, 423);

  test('counts start at 0 at the end of 2020', () => {
    const result = assessProgress(MeasureKind.COUNT, [houses], [at('2023-12-14', 260)], '2024-01-01');
    expect(result.baseline).toEqual({ value: 0, date: '2020-12-14', source: BaselineSource.PLAN_START });
    expect(result.expected).toBeCloseTo((423 * 1095) / 1826, 6);
    expect(result.status).toBe(ProgressStatus.ON_TRACK);
  });

  test('lagging the line by at most a tenth of the distance is AT_RISK, by more OFF_TRACK', () => {
    expect(assessProgress(MeasureKind.COUNT, [houses], [at('2023-12-14', 253.66 - 42)], '2024-01-01').status).toBe(ProgressStatus.AT_RISK);
    expect(assessProgress(MeasureKind.COUNT, [houses], [at('2023-12-14', 253.66 - 43)], '2024-01-01').status).toBe(ProgressStatus.OFF_TRACK);
  });

  test('meeting the target is ACHIEVED even ahead of time', () => {
    expect(assessProgress(MeasureKind.COUNT, [houses], [at('2023-06-14', 430)], '2023-07-01').status).toBe(ProgressStatus.ACHIEVED);
  });

  test('a target year that has ended without the target met is OFF_TRACK', () => {
    expect(assessProgress(MeasureKind.COUNT, [houses], [at('2025-12-14', 420)], '2026-01-10').status).toBe(ProgressStatus.OFF_TRACK);
  });

  test('a target asking for less runs downhill: underweight children below 17 %', () => {
    const underweight = target(Comparator.LT, 17);
    const observations = [at('2022-12-14', 21), at('2024-06-14', 19)];
    // The line from 21 (end of 2022) to 17 (end of 2025) stands at 19 in mid-2024.
    expect(assessProgress(MeasureKind.PERCENT, [underweight], observations, '2024-07-01')).toMatchObject({
      status: ProgressStatus.ON_TRACK,
      baseline: { value: 21, source: BaselineSource.FIRST_REPORT },
    });
    expect(assessProgress(MeasureKind.PERCENT, [underweight], [observations[0], at('2024-06-14', 19.3)], '2024-07-01').status).toBe(ProgressStatus.AT_RISK);
    expect(assessProgress(MeasureKind.PERCENT, [underweight], [observations[0], at('2024-06-14', 20.5)], '2024-07-01').status).toBe(ProgressStatus.OFF_TRACK);
  });

  test('a multiple of a baseline year starts at 1 in that year (income twice that of 2020)', () => {
    const income = target(Comparator.GT, 2, { baselineYear: 2020 });
    const result = assessProgress(MeasureKind.MULTIPLE_OF_BASELINE, [income], [at('2023-12-14', 1.45)], '2024-01-01');
    expect(result.baseline).toEqual({ value: 1, date: '2020-12-14', source: BaselineSource.PLAN });
    expect(result.expected).toBeCloseTo(1 + (1095 / 1826), 6);
    expect(result.status).toBe(ProgressStatus.OFF_TRACK);
  });

  test('a baseline the plan states wins over the first report', () => {
    const stated = target(Comparator.GTE, 90, { baselineValue: 60, baselineYear: 2020 });
    expect(assessProgress(MeasureKind.PERCENT, [stated], [at('2023-12-14', 80)], '2024-01-01').baseline).toEqual({
      value: 60,
      date: '2020-12-14',
      source: BaselineSource.PLAN,
    });
  });

  test('a single value, no stated baseline: one point draws no line (NO_DATA), unless it already meets the target', () => {
    const electricity = target(Comparator.GT, 98.5);
    expect(assessProgress(MeasureKind.PERCENT, [electricity], [at('2024-12-14', 10)], '2025-01-15').status).toBe(ProgressStatus.NO_DATA);
    expect(assessProgress(MeasureKind.PERCENT, [electricity], [at('2024-12-14', 99)], '2025-01-15').status).toBe(ProgressStatus.ACHIEVED);
    // A second value draws the line from the first: 84.21 % (2023) to 98.5 % (2025) stands at 91.37 % at the end of 2024.
    const two = assessProgress(MeasureKind.PERCENT, [electricity], [at('2023-12-14', 84.2105), at('2024-12-14', 94.7368)], '2025-01-15');
    expect(two.status).toBe(ProgressStatus.ON_TRACK);
    expect(two.expected).toBeCloseTo(84.2105 + (98.5 - 84.2105) * (366 / 731), 4);
  });

  test('the target is the one of the latest figure\'s year: 2025\'s figure, read in January 2026, is judged against 2025', () => {
    const poverty = [target(Comparator.LT, 10, { year: 2030 }), target(Comparator.LT, 5, { year: 2045 })];
    const result = assessProgress(MeasureKind.PERCENT, poverty, [at('2028-12-14', 14), at('2030-12-14', 11)], '2031-01-20');
    expect(result.target?.year).toBe(2030);
    expect(result.status).toBe(ProgressStatus.OFF_TRACK);
    const later = assessProgress(MeasureKind.PERCENT, poverty, [at('2028-12-14', 14), at('2031-06-14', 9)], '2031-07-01');
    expect(later.target?.year).toBe(2045);
    expect(later.status).toBe(ProgressStatus.ON_TRACK);
  });

  test('BETWEEN inside its range from the start aims at the nearer bound', () => {
    const range = target(Comparator.BETWEEN, 6, { valueMax: 6.5, year: 2030 });
    const result = assessProgress(MeasureKind.ANNUAL_CHANGE, [range], [at('2022-12-14', 6.4), at('2024-12-14', 7)], '2025-01-01');
    expect(result.expected).toBeCloseTo(6.4 + (6.5 - 6.4) * (731 / 2922), 6);
    expect(result.status).toBe(ProgressStatus.OFF_TRACK);
  });

  test('BETWEEN aims at the nearer bound', () => {
    const range = target(Comparator.BETWEEN, 6, { valueMax: 6.5, year: 2030 });
    const falling = assessProgress(MeasureKind.ANNUAL_CHANGE, [range], [at('2022-12-14', 8), at('2026-12-14', 7)], '2027-01-01');
    expect(falling.expected).toBeCloseTo(8 + (6.5 - 8) * (1461 / 2922), 6);
    expect(falling.status).toBe(ProgressStatus.ON_TRACK);
  });

  test('nothing reported, or no target: NO_DATA', () => {
    expect(assessProgress(MeasureKind.COUNT, [houses], [], '2024-01-01').status).toBe(ProgressStatus.NO_DATA);
    expect(assessProgress(MeasureKind.COUNT, [], [at('2023-12-14', 5)], '2024-01-01').status).toBe(ProgressStatus.NO_DATA);
  });
});
