import { RawJson, withRawJson } from '../../server/graphql/sql-read/raw-json';

/** As Apollo serialises a result (its default `stringifyResult`), then as the HTTP server writes it. */
const body = (result: unknown) => withRawJson(JSON.stringify(result) + '\n');
const raw = (text: string) => new RawJson(Buffer.from(text));

test('JSON that PostgreSQL built is written into the response as it came, as bytes', () => {
  const text = '{"indicator":{"code":"households-electricity","unit":{"name":"Phường Nguyễn Thị Minh Khai"},"value":95.50}}';
  const written = body({ data: raw(text) });
  expect(Buffer.isBuffer(written)).toBe(true);
  expect(written.toString()).toBe(`{"data":${text}}\n`);
});

test('several answers keep their places, and other values are serialised as JSON.stringify does', () => {
  const written = body([{ errors: [{ message: 'x' }], data: { a: raw('[1,2]'), b: 'plain', c: raw('null') } }, { data: raw('{"y":2}') }]);
  expect(JSON.parse(written.toString())).toEqual([{ errors: [{ message: 'x' }], data: { a: [1, 2], b: 'plain', c: null } }, { data: { y: 2 } }]);
});

test('a body without one-statement answers is written as the string it is', () => {
  expect(body({ data: { name: 'Bắc Kạn' } })).toBe('{"data":{"name":"Bắc Kạn"}}\n');
});

test("a caller's string cannot pass for a placeholder: it has no NUL and does not know the random part", () => {
  const sneaky = '\u0000raw-0000:0';
  expect(JSON.parse(body({ data: { name: sneaky, real: raw('{"x":1}') } }).toString())).toEqual({ data: { name: sneaky, real: { x: 1 } } });
});

test('an answer is written once: its bytes are not held after the body that carries them', () => {
  const text = JSON.stringify({ data: raw('{"x":1}') });
  expect(withRawJson(text).toString()).toBe('{"data":{"x":1}}');
  expect(() => withRawJson(text)).toThrow(/no longer held/);
});
