import { ConfigError, loadConfig } from '../../server/platform/config';

test('defaults need no configuration: embedded database on 127.0.0.1:4000', () => {
  expect(loadConfig({})).toEqual({ port: 4000, host: '127.0.0.1', databaseUrl: undefined, dataDir: '.data/pglite', logLevel: 'info' });
});

test('every invalid variable is reported at once, by name', () => {
  let error: unknown;
  try {
    loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).problems).toEqual([
    'PORT must be an integer from 0 to 65535 (got "eighty")',
    'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql:")',
    'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
  ]);
});

test('DATABASE_URL selects a real server', () => {
  expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
});
