import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './platform/config';
import { createLogger } from './platform/logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const app = await startApp(config, logger);
  logger.info({ url: app.url, startupMs: Date.now() - started }, `ready: GraphQL API and GraphiQL at ${app.url}`);
  // For people, on stderr: stdout is the JSON log stream that machines read, and a token must never enter it.
  console.error(`\n  Bắc Kạn ethnic-affairs plan monitor\n  GraphQL + GraphiQL: ${app.url}\n  Database: ${app.database.description}\n`);
  if (app.firstAdministratorToken) {
    console.error(
      `  First start: created the administrator "local-admin". Its API token is shown this once:\n\n    ${app.firstAdministratorToken}\n\n` +
        '  Send it as "Authorization: Bearer <token>" (in GraphiQL: the Headers tab).\n',
    );
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    app
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  // A promise nobody awaited must not take every caller down with it (Node's default exits): log it, keep serving.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  console.error('failed to start:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
