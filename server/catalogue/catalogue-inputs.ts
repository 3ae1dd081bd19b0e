import { userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';

/** Echoed in the payload; a retry with the same value applies once. */
export const CLIENT_MUTATION_ID = 'Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome.';
export const VERSION = 'The object\'s `version` as you read it; a stale one is a CONFLICT.';
export const LEGAL_BASIS = 'The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027".';

/** Codes of the catalogue: letters, digits and . _ - (Vietnamese letters too: "III.1.đ"), up to 80. */
const CODE = /^[\p{L}\p{N}._|-]{1,80}$/u;

export function codeErrors(code: string, field: string): UserError[] {
  return CODE.test(code) ? [] : [userError(UserErrorCode.INVALID, [field], `${JSON.stringify(code.slice(0, 80))} is not a code: letters, digits, ".", "_" and "-", at most 80`)];
}
