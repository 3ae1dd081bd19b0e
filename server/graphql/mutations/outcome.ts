import type { MutationPayload } from './payload';
import type { UserError } from './user-error';

/** What a service returns for a mutation: its result, or why nothing changed. */
export type Outcome<T> = { ok: T; errors?: undefined } | { ok?: undefined; errors: UserError[] };

/** Puts an outcome into a payload: its userErrors, or the fields `fields` takes from the result. */
export function settle<P extends MutationPayload, T>(payload: P, outcome: Outcome<T>, fields: (ok: T) => Partial<P>): void {
  if (outcome.errors) payload.userErrors = outcome.errors;
  else Object.assign(payload, fields(outcome.ok));
}
