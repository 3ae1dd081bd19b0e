/** A refusal answered before anything else is written: its status, code, message, extensions and headers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Array<[string, string]> = [],
  ) {
    super(message);
  }
}
