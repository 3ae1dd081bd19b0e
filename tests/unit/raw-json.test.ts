import { RawJson, stringifyResult } from '../../server/graphql/sql-read/raw-json';

test('JSON text that PostgreSQL built is written into the response as it came', () => {
  const text = '{"indicator":{"code":"households-electricity","value":95.50}}';
  expect(stringifyResult({ data: new RawJson(text) })).toBe(`{"data":${text}}\n`);
});

test('several texts keep their places, and other values are serialised as JSON.stringify does', () => {
  const body = stringifyResult({ errors: [{ message: 'x' }], data: { a: new RawJson('[1,2]'), b: 'plain', c: new RawJson('null') } });
  expect(JSON.parse(body)).toEqual({ errors: [{ message: 'x' }], data: { a: [1, 2], b: 'plain', c: null } });
});

test("a caller's string cannot pass for a placeholder: it has no NUL and does not know the random part", () => {
  const sneaky = '\u0000raw-0000:0';
  expect(JSON.parse(stringifyResult({ data: { name: sneaky, real: new RawJson('{"x":1}') } }))).toEqual({ data: { name: sneaky, real: { x: 1 } } });
});
