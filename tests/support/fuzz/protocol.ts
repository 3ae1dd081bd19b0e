import fc from 'fast-check';

/** One HTTP request as sent: everything about it may be wrong. */
export interface RawRequest {
  label: string;
  method: string;
  /** Appended to /graphql. */
  search?: string;
  headers: Record<string, string>;
  body?: string;
}

const json = { 'content-type': 'application/json' };
const post = (label: string, body: string, headers: Record<string, string> = json): RawRequest => ({ label, method: 'POST', headers, body });
const get = (label: string, search: string): RawRequest => ({ label, method: 'GET', search, headers: {} });
const operation = (value: unknown) => JSON.stringify(value);

/** Requests that break the rules of GraphQL over HTTP rather than of the schema. */
const FIXED: RawRequest[] = [
  post('bad JSON', '{"query": '),
  post('bad JSON: trailing garbage', '{"query": "{ plans { totalCount } }"} x'),
  post('empty body', ''),
  post('JSON null', 'null'),
  post('JSON string', '"{ plans { totalCount } }"'),
  post('JSON number', '42'),
  post('empty batch', '[]'),
  post('batch of numbers', '[1, 2]'),
  post('batch of 11', operation(Array.from({ length: 11 }, () => ({ query: '{ __typename }' })))),
  post('batch with a bad entry', operation([{ query: '{ __typename }' }, { query: 7 }, null])),
  post('query is a number', operation({ query: 1 })),
  post('query is null', operation({ query: null })),
  post('query is an object', operation({ query: { a: 1 } })),
  post('no query', operation({ variables: {} })),
  post('variables are a string', operation({ query: '{ __typename }', variables: 'x' })),
  post('variables are a list', operation({ query: '{ __typename }', variables: [1] })),
  post('operationName is a number', operation({ query: '{ __typename }', operationName: 5 })),
  post('extensions are a string', operation({ query: '{ __typename }', extensions: 'x' })),
  post('persisted query by hash only', operation({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })),
  post('persisted query hash is a number', operation({ extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } })),
  post('persisted query version is a string', operation({ query: '{ __typename }', extensions: { persistedQuery: { version: '1', sha256Hash: 'x' } } })),
  post('text/plain', operation({ query: '{ __typename }' }), { 'content-type': 'text/plain' }),
  post('no content type', operation({ query: '{ __typename }' }), {}),
  post('form encoded', 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
  post('multipart', '--x\r\n\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }),
  post('graphql content type', '{ __typename }', { 'content-type': 'application/graphql' }),
  post('latin-1 charset', operation({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=latin1' }),
  post('byte order mark', '\ufeff' + operation({ query: '{ __typename }' })),
  post('a mutation over POST without a token', operation({ query: 'mutation { consolidatePeriod(input: { periodCode: "2024" }) { userErrors { code } } }' })),
  post('fragment cycle', operation({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' })),
  post('fragment on a missing type', operation({ query: '{ ...A } fragment A on Nope { x }' })),
  post('unused variable', operation({ query: 'query($a: Int) { __typename }', variables: { a: 1 } })),
  post('unknown operation name', operation({ query: 'query A { __typename }', operationName: 'B' })),
  post('operation name of a fragment', operation({ query: 'query A { ...F } fragment F on Query { __typename }', operationName: 'F' })),
  post('two anonymous operations', operation({ query: '{ __typename } { __typename }' })),
  post('subscription', operation({ query: 'subscription { __typename }' })),
  post('deep selection', operation({ query: '{ ' + 'tasks { nodes { '.repeat(40) + 'code' + ' } }'.repeat(40) + ' }' })),
  post('deep list literal', operation({ query: `{ nodes(ids: ${'['.repeat(200)}"x"${']'.repeat(200)}) { id } }` })),
  post('deep variables', `{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(5000)}${']'.repeat(5000)}}}`),
  post('many aliases', operation({ query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: plans { totalCount }`).join(' ')} }` })),
  post('many fields', operation({ query: `{ ${'__typename '.repeat(1500)}}` })),
  post('huge string variable', operation({ query: 'query($s: String!) { indicators(filter: { search: $s }) { totalCount } }', variables: { s: 'đ'.repeat(400_000) } })),
  post('huge first', operation({ query: '{ tasks(first: 2147483647) { totalCount } }' })),
  post('Int overflow literal', operation({ query: '{ tasks(first: 99999999999) { totalCount } }' })),
  post('float for Int', operation({ query: '{ tasks(first: 1.5) { totalCount } }' })),
  post('first and last', operation({ query: '{ tasks(first: 1, last: 1) { totalCount } }' })),
  post('negative last', operation({ query: '{ tasks(last: -1) { totalCount } }' })),
  post('introspection', operation({ query: '{ __schema { types { name fields { name } } } }' })),
  post('introspection aliased 300 times', operation({ query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: __schema { types { ...T } }`).join(' ')} } fragment T on __Type { name fields { name args { name } } }` })),
  post('introspection lists aliased under aliased lists', operation({
    query: `{ __schema { ...S } } fragment S on __Schema { ${Array.from({ length: 10 }, (_, i) => `t${i}: types { ...T }`).join(' ')} } fragment T on __Type { ${Array.from({ length: 10 }, (_, i) => `f${i}: fields { name }`).join(' ')} }`,
  })),
  post('Infinity for an Int variable', '{"query": "query($n: Int) { tasks(first: $n) { totalCount } }", "variables": {"n": 1e400}}'),
  post('a fraction for an Int variable', operation({ query: 'query($n: Int) { tasks(first: $n) { totalCount } }', variables: { n: 2.5 } })),
  post('non-null variables left to their defaults', operation({ query: 'query($n: Int! = 3, $b: Boolean! = false) { tasks(first: $n) @skip(if: $b) { totalCount } }' })),
  post('a variable named constructor', operation({ query: 'query($constructor: Int) { tasks(first: $constructor) { totalCount } }' })),
  post('a variable named __proto__', '{"query": "query($__proto__: Int) { tasks(first: $__proto__) { totalCount } }", "variables": {"__proto__": 2}}'),
  post('NUL in a literal', operation({ query: '{ indicators(filter: { search: "\\u0000" }) { totalCount } }' })),
  post('lone surrogate escape in a literal', operation({ query: '{ indicators(filter: { search: "\\ud800" }) { totalCount } }' })),
  post('lone surrogate in an operation name', operation({ query: '{ __typename }', operationName: '\ud800' })),
  get('GET a mutation', `?query=${encodeURIComponent('mutation { consolidatePeriod(input: { periodCode: "2024" }) { userErrors { code } } }')}`),
  get('GET without query', '?foo=1'),
  get('GET with bad variables', `?query=${encodeURIComponent('query($a: Int) { tasks(first: $a) { totalCount } }')}&variables=%7Bnope`),
  get('GET with variables that are a list', `?query=${encodeURIComponent('{ __typename }')}&variables=%5B1%5D`),
  get('GET with bad extensions', `?query=${encodeURIComponent('{ __typename }')}&extensions=nope`),
  get('GET with a percent sign alone', '?query=%'),
  get('GET with a NUL', '?query=%00'),
  { label: 'PUT', method: 'PUT', headers: json, body: operation({ query: '{ __typename }' }) },
  { label: 'DELETE', method: 'DELETE', headers: {} },
  { label: 'PATCH', method: 'PATCH', headers: json, body: '{}' },
  { label: 'OPTIONS', method: 'OPTIONS', headers: {} },
  { label: 'HEAD', method: 'HEAD', headers: {} },
  { label: 'a huge request id', method: 'POST', headers: { ...json, 'x-request-id': 'r'.repeat(8000) }, body: operation({ query: '{ __typename }' }) },
  { label: 'a malformed authorization', method: 'POST', headers: { ...json, authorization: 'Basic YTpi' }, body: operation({ query: '{ __typename }' }) },
  { label: 'a bearer of nasty text', method: 'POST', headers: { ...json, authorization: 'Bearer \u00ff\u00fe' }, body: operation({ query: '{ __typename }' }) },
];

/** Documents made of random pieces of GraphQL syntax: mostly unparsable, all must be refused cleanly. */
const garbledDocuments = fc
  .array(fc.constantFrom('{', '}', '(', ')', '[', ']', '...', 'on', 'fragment', 'query', 'mutation', 'F', 'tasks', 'nodes', 'code', ':', '$a', '"x"', '1', '@skip(if: true)', '#', '\n', ' '), {
    maxLength: 40,
  })
  .map((pieces): RawRequest => post('garbled document', operation({ query: pieces.join(' ') })));

/** Fragments spread in random patterns, cycles included. */
const fragmentPatterns = fc
  .array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), { minLength: 1, maxLength: 6 })
  .map((spreads): RawRequest => {
    const fragments = spreads.map((targets, i) => `fragment F${i} on Query { __typename ${targets.map((t) => `...F${t}`).join(' ')} }`);
    return post('fragment pattern', operation({ query: `{ ...F0 }\n${fragments.join('\n')}` }));
  });

export const protocolRequests: fc.Arbitrary<RawRequest> = fc.oneof(fc.constantFrom(...FIXED), garbledDocuments, fragmentPatterns);

export const FIXED_PROTOCOL_REQUESTS = FIXED;
