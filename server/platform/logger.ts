import pino, { Logger } from 'pino';
import { LogLevel } from './config';

export type { Logger };

/** Logs as JSON lines to stdout, or to stderr (fd 2) for a command whose stdout is its output. */
export function createLogger(level: LogLevel, fd: 1 | 2 = 1): Logger {
  const options = { level, base: { service: 'plan-monitor' } };
  return fd === 2 ? pino(options, pino.destination({ dest: 2, sync: true })) : pino(options);
}
