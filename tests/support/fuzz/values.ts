import fc from 'fast-check';
import {
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Text that has broken parsers, drivers and databases somewhere. */
const NASTY_TEXT = [
  '',
  ' ',
  'x'.repeat(10_000),
  '\u0000',
  'a\u0000b',
  '\u0001\u0008\u001f\u007f',
  '\ud800',
  'a\udfffb',
  '\u202eRTL\u202c',
  '\ufeffBOM',
  '💥🏳️‍🌈',
  'Xã Bằng Thành',
  "' or 1=1 --",
  '"; drop table report; --',
  '%_\\',
  '$1',
  '{"a":1}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '2026-13-45',
  '0000-00-00',
  '9999-12-31',
  '-271821-04-20T00:00:00Z',
  '2026-02-30T25:61:00Z',
  'NaN',
  'Infinity',
  '1e308',
  'UBND-061',
  '06',
  '01840',
  '2026-H1',
  '2024',
  'households-housing',
  'III.1.đ',
];

const NASTY_NUMBERS = [0, -1, 1, 2, 99, 100, 101, 1000, 1001, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 1.5, 0.1, 5e-324];

const TYPE_NAMES = ['Task', 'Report', 'IndicatorValue', 'User', 'ApiToken', 'Indicator', 'AdministrativeUnit', 'ReportingPeriod', 'Nope'];

/** Global IDs: real shapes with keys that may or may not exist, and malformed ones. */
const globalId = fc.oneof(
  fc.tuple(fc.constantFrom(...TYPE_NAMES), fc.integer({ min: 1, max: 60 })).map(([type, id]) => Buffer.from(`${type}:${id}`).toString('base64url')),
  fc.constantFrom('', 'nope', '!!!', Buffer.from('Task:-1').toString('base64url'), Buffer.from('Task:1e3').toString('base64url'), Buffer.from('Task:99999999999999999999').toString('base64url')),
);

/** Cursors this API never made: wrong types, wrong lengths, not base64, not JSON. */
export const badCursor = fc.oneof(
  fc.constantFrom('', 'nope', 'WzEsMl0', '!!!', Buffer.from('[').toString('base64url')),
  fc
    .array(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.constant([]), fc.constant({})), { maxLength: 3 })
    .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
);

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.constantFrom(...NASTY_TEXT),
  fc.constant([]),
  fc.constant({}),
  fc.constant([[[[['deep']]]]]),
);

/**
 * A value for an input type. `typed`: always of its type, so that it passes
 * GraphQL's coercion and reaches the resolvers, with nasty contents. `wild`:
 * sometimes null where null is not allowed, or of another type altogether.
 */
export type Mode = 'typed' | 'wild';

export function valueFor(type: GraphQLInputType, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  const wild = mode === 'wild';
  if (isNonNullType(type)) {
    const value = valueFor(type.ofType, mode, depth);
    return wild ? fc.oneof({ arbitrary: value, weight: 9 }, { arbitrary: fc.constant(null), weight: 1 }) : value.filter((v) => v !== null);
  }
  const wrong = { arbitrary: anyJson, weight: wild ? 1 : 0 };
  if (isListType(type)) {
    const items = depth > 3 ? fc.constant([]) : fc.array(valueFor(type.ofType, mode, depth + 1), { maxLength: 4 });
    return fc.oneof({ arbitrary: items, weight: 6 }, { arbitrary: valueFor(type.ofType, mode, depth + 1), weight: 2 }, wrong);
  }
  return fc.oneof({ arbitrary: namedValue(type, mode, depth), weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, wrong);
}

function namedValue(type: GraphQLNamedType, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  const wild = mode === 'wild';
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.name));
    return wild ? fc.oneof(values, fc.constantFrom('NOT_A_VALUE', 'lead', '', 1)) : values;
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = valueFor(field.type, mode, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.oneof(
      { arbitrary: fc.record(record, { requiredKeys: required }), weight: 6 },
      { arbitrary: fc.record(record), weight: wild ? 2 : 0 },
      { arbitrary: fc.constant({ notAField: 1 }), weight: wild ? 1 : 0 },
    );
  }
  if (isScalarType(type)) return scalarValue(type.name, mode);
  return anyJson;
}

const INT32 = NASTY_NUMBERS.filter((n) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 - 1);

function scalarValue(name: string, mode: Mode): fc.Arbitrary<unknown> {
  const wild = mode === 'wild';
  switch (name) {
    case 'Int':
      return wild ? fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.integer(), fc.constant('10')) : fc.oneof(fc.constantFrom(...INT32), fc.integer());
    case 'Float':
      return fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }), ...(wild ? [fc.constant('1,5')] : []));
    case 'Boolean':
      return wild ? fc.oneof(fc.boolean(), fc.constantFrom('true', 0)) : fc.boolean();
    case 'ID':
      return globalId;
    case 'Date': {
      const dates = fc.constantFrom('2024-01-01', '2024-12-14', '2025-06-30', '2025-07-01', '2026-12-01', '2030-12-31', '1900-01-01', '2999-12-31');
      return wild ? fc.oneof(dates, fc.constantFrom(...NASTY_TEXT)) : dates;
    }
    case 'DateTime': {
      const times = fc.constantFrom('2026-12-01T00:00:00Z', '2025-07-01T00:00:00+07:00', '1970-01-01T00:00:00Z', '2999-01-01T00:00:00Z');
      return wild ? fc.oneof(times, fc.constantFrom(...NASTY_TEXT)) : times;
    }
    case 'JSONObject':
      return wild ? fc.oneof(fc.constant({}), fc.object({ maxDepth: 3 }), anyJson) : fc.oneof(fc.constant({}), fc.object({ maxDepth: 3 }));
    default:
      // String, and cursors (after/before are strings): known codes, nasty text, and cursors this API never made.
      return fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }), badCursor);
  }
}
