import { Writable } from 'node:stream';
import pino from 'pino';
import { GraphQLError } from 'graphql';
import { createErrorFormatter, logUnexpectedErrors, RequestFailure } from '../../server/graphql/errors';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  return { lines, logger };
}

async function encounter(errors: GraphQLError[], logger: pino.Logger, requestId: string) {
  const listener = await logUnexpectedErrors.requestDidStart!({} as never);
  await listener!.didEncounterErrors!({ errors, contextValue: { logger, requestId } } as never);
}

test('an unexpected error is logged once, with its cause and the request ID, and the client sees only INTERNAL_SERVER_ERROR', async () => {
  const { lines, logger } = capture();
  const cause = new TypeError("Cannot read properties of null (reading 'kind')");
  const error = new GraphQLError(cause.message, { path: ['tasks'], originalError: cause });
  await encounter([error], logger, 'request-1');
  const formatted = createErrorFormatter(logger)({ message: error.message, path: ['tasks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
  expect(formatted).toEqual({ message: 'Internal server error', locations: undefined, path: ['tasks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 50, requestId: 'request-1', path: ['tasks'], err: { type: 'TypeError', message: cause.message } });
});

test('an error the client caused is not logged as unexpected', async () => {
  const { lines, logger } = capture();
  await encounter([new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } })], logger, 'request-2');
  expect(lines).toEqual([]);
});

test('an unexpected error raised outside the request pipeline is still logged by the formatter', () => {
  const { lines, logger } = capture();
  const error = new GraphQLError('context creation failed');
  createErrorFormatter(logger)({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
  expect(lines).toHaveLength(1);
  expect(lines[0].msg).toBe("unexpected error outside a request's pipeline");
});

test("an error in creating a request's context is logged by the formatter with its cause and the request ID", () => {
  const { lines, logger } = capture();
  const cause = new Error('Unable to acquire a connection');
  // What Apollo makes of what the HTTP layer throws from the context function.
  const error = new GraphQLError(`Context creation failed: ${cause.message}`, { originalError: new RequestFailure('request-4', cause) });
  const formatted = createErrorFormatter(logger)({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
  expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 50, requestId: 'request-4', err: { message: cause.message } });
});

test("an error that escapes Apollo's pipeline is logged once, by the plugin, with the request ID; not again for Apollo's stand-in", async () => {
  const { lines, logger } = capture();
  const cause = new TypeError('a hook failed');
  await logUnexpectedErrors.unexpectedErrorProcessingRequest!({ requestContext: { contextValue: { logger, requestId: 'request-5' } }, error: cause } as never);
  const standIn = new Error('Internal server error');
  createErrorFormatter(logger)({ message: standIn.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, standIn);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 50, requestId: 'request-5', err: { message: cause.message } });
});
