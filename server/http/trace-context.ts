import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** W3C Trace Context: `00-<trace-id>-<parent-id>-<flags>`, ids of hex digits, not all zeros. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export interface RequestIdentity {
  /** X-Request-Id as sent (up to 100 characters), else the trace ID, else a new UUID. */
  requestId: string;
  traceId?: string;
  /** The caller's span, which this request's span continues. */
  parentSpanId?: string;
  /** This request's span, sent back in `traceresponse`. */
  spanId?: string;
  /** The caller's flags (`01`: sampled), echoed in `traceresponse`: this server samples as its caller decided. */
  traceFlags?: string;
}

export function identify(req: IncomingMessage): RequestIdentity {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const trace = TRACEPARENT.exec(header('traceparent')?.trim().toLowerCase() ?? '');
  const valid = trace && !/^0+$/.test(trace[1]) && !/^0+$/.test(trace[2]);
  const requestId = header('x-request-id')?.slice(0, 100) || (valid ? trace[1] : randomUUID());
  return valid ? { requestId, traceId: trace[1], parentSpanId: trace[2], spanId: randomBytes(8).toString('hex'), traceFlags: trace[3] } : { requestId };
}
