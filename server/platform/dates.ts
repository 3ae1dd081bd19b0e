/** The plan's dates (validity, cut-offs) are days in Vietnam (UTC+7), where a day starts 7 hours before UTC's. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A Date scalar's value (graphql-scalars gives a Date at UTC midnight) or a plain YYYY-MM-DD, as YYYY-MM-DD. */
export function isoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The day before a YYYY-MM-DD day: the last day of what a change on `day` ends. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
