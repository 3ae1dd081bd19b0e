import { vietnamDate } from '../../server/platform/dates';

describe('the day in Vietnam (UTC+7)', () => {
  test('turns at 17:00 UTC, whichever day was asked before', () => {
    // The day of the merger, then either side of its start, in both orders: the last day asked is kept.
    expect(vietnamDate(new Date('2025-06-30T17:00:00.000Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-06-30T16:59:59.999Z'))).toBe('2025-06-30');
    expect(vietnamDate(new Date('2025-06-30T16:59:59.999Z'))).toBe('2025-06-30');
    expect(vietnamDate(new Date('2025-06-30T17:00:00.000Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-07-01T16:59:59.999Z'))).toBe('2025-07-01');
    expect(vietnamDate(new Date('2025-07-01T17:00:00.000Z'))).toBe('2025-07-02');
  });

  test('agrees with the shifted ISO date on any instant, in any order', () => {
    const shifted = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const start = Date.parse('2021-01-01T00:00:00Z');
    const instants = Array.from({ length: 5_000 }, (_, i) => new Date(start + ((i * 7_919_777_777) % 315_360_000_000)));
    for (const instant of [...instants, ...instants.sort((a, b) => a.getTime() - b.getTime())]) {
      expect(vietnamDate(instant)).toBe(shifted(instant));
    }
  });
});
