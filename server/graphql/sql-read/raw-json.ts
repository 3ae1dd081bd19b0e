import { randomBytes } from 'node:crypto';

/**
 * JSON text that PostgreSQL built, written into the response as it came:
 * never parsed into objects and serialised again (sql-read.ts).
 */
export class RawJson {
  constructor(readonly text: string) {}

  /** JSON.stringify asks for a value: a placeholder, swapped for the text afterwards (stringifyResult). */
  toJSON(): string {
    pending.push(this.text);
    return `${PLACEHOLDER_PREFIX}${pending.length - 1}`;
  }
}

/**
 * Starts with a NUL, which no text from PostgreSQL holds, and a random part,
 * which no caller knows: a string of the response cannot be taken for it.
 */
const PLACEHOLDER_PREFIX = `\u0000raw-${randomBytes(12).toString('hex')}:`;
const PLACEHOLDER = new RegExp(`"${escapeRegExp(JSON.stringify(PLACEHOLDER_PREFIX).slice(1, -1))}(\\d+)"`, 'g');
/** The texts of the stringify running now: JSON.stringify is synchronous, so one list serves. */
let pending: string[] = [];

/** Apollo's `stringifyResult`: JSON.stringify, with each RawJson's text in its place. */
export function stringifyResult(value: unknown): string {
  pending = [];
  const text = JSON.stringify(value);
  const texts = pending;
  pending = [];
  return (texts.length === 0 ? text : text.replace(PLACEHOLDER, (_match, index: string) => texts[Number(index)])) + '\n';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
