/** The plan's dates (validity, cut-offs) are days in Vietnam (UTC+7), where a day starts 7 hours before UTC's. */
export function vietnamDate(instant: Date): string {
  const time = instant.getTime();
  // Asked on every request with the same day: the last day's bounds are kept (toISOString was 0.7 % of the CPU under load).
  if (time >= lastDay.from && time < lastDay.to) return lastDay.day;
  const shifted = time + VIETNAM_OFFSET_MS;
  const from = shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - VIETNAM_OFFSET_MS;
  lastDay = { from, to: from + DAY_MS, day: new Date(shifted).toISOString().slice(0, 10) };
  return lastDay.day;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
let lastDay = { from: 0, to: 0, day: '' };

/** A Date scalar's value (graphql-scalars gives a Date at UTC midnight) or a plain YYYY-MM-DD, as YYYY-MM-DD. */
export function isoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The day before a YYYY-MM-DD day: the last day of what a change on `day` ends. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
