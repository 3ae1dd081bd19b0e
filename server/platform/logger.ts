import pino, { Logger } from 'pino';
import { LogLevel } from './config';

export type { Logger };

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'plan-monitor' } });
}
