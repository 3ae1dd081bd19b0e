import { randomBytes } from 'node:crypto';

/**
 * JSON that PostgreSQL built, as UTF-8 bytes, written into the response as
 * it came: never parsed into objects, never joined into one large string.
 * On this machine every large string costs: joining 1,163 figures' texts,
 * searching the result and encoding it took about 8 ms a request, where
 * copying their bytes into one buffer takes 0.3 ms (bench/README.md).
 *
 * Apollo serialises a result to a string (`stringifyResult`), so a RawJson
 * stands in it as a placeholder, and the HTTP server puts the bytes in its
 * place when it writes the body (`withRawJson`).
 */
export class RawJson {
  constructor(readonly bytes: Buffer) {}

  /** JSON.stringify asks for a value: a placeholder, swapped for the bytes when the body is written. */
  toJSON(): string {
    const id = nextId++;
    waiting.set(id, this.bytes);
    // Taken as soon as the body is written; a result serialised elsewhere (a test calling Apollo directly) must not pile up.
    if (waiting.size > MAX_WAITING) waiting.delete(waiting.keys().next().value!);
    return `${PLACEHOLDER_PREFIX}${id}`;
  }
}

/**
 * Starts with a NUL, which no text from PostgreSQL holds, and a random part,
 * which no caller knows: a string of the response cannot be taken for it.
 */
const PLACEHOLDER_PREFIX = `\u0000raw-${randomBytes(12).toString('hex')}:`;
const QUOTED_PREFIX = JSON.stringify(PLACEHOLDER_PREFIX).slice(0, -1);
const PLACEHOLDER = new RegExp(`${escapeRegExp(QUOTED_PREFIX)}(\\d+)"`, 'g');
const MAX_WAITING = 1_000;
const waiting = new Map<number, Buffer>();
let nextId = 0;

/** A response body as Apollo serialised it, with each RawJson's bytes in place of its placeholder. */
export function withRawJson(body: string): string | Buffer {
  if (!body.includes(QUOTED_PREFIX)) return body;
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const id = Number(match[1]);
    const bytes = waiting.get(id);
    if (!bytes) throw new Error(`The one-statement answer ${id} is no longer held`);
    waiting.delete(id);
    parts.push(Buffer.from(body.slice(last, match.index)), bytes);
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(body.slice(last)));
  return Buffer.concat(parts);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What Apollo wrote around a body's one RawJson (`{"data":` and `}` with its newline); undefined unless it holds exactly one. */
export function aroundRawJson(body: string): { head: string; tail: string } | undefined {
  const matches = [...body.matchAll(PLACEHOLDER)];
  if (matches.length !== 1) return undefined;
  const [match] = matches;
  return { head: body.slice(0, match.index), tail: body.slice(match.index + match[0].length) };
}
