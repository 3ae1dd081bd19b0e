import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { valueFor, type Mode } from './values';

export interface FuzzOperation {
  /** What the request exercises, for the report. */
  label: string;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
}

/**
 * For every root field of the query and mutation types: its arguments as
 * variables (typed as the schema types them, so that bad values reach the
 * server's coercion and resolvers) or as literals written into the document,
 * and a selection of its result a few levels down.
 */
export function rootFieldOperations(schema: GraphQLSchema): fc.Arbitrary<FuzzOperation> {
  const roots: Array<['query' | 'mutation', GraphQLField<unknown, unknown>]> = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) roots.push([kind, field]);
  }
  const modes = fc.constantFrom<Mode>('typed', 'typed', 'typed', 'wild');
  return fc.tuple(fc.constantFrom(...roots), modes).chain(([[kind, field], mode]) => {
    const args = field.args.map((arg) => valueFor(arg.type, mode).map((value) => [arg, value] as const));
    return fc.tuple(fc.tuple(...args), fc.boolean()).map(([values, literal]) => {
      const selection = selectionOf(getNamedType(field.type), 0);
      if (literal) {
        const written = values.filter(([, value]) => value !== undefined).map(([arg, value]) => `${arg.name}: ${printLiteral(value, arg.type)}`);
        const call = written.length ? `${field.name}(${written.join(', ')})` : field.name;
        return { label: `${kind} ${field.name} (${mode}, literals)`, body: { query: `${kind} { ${call} ${selection} }` } };
      }
      const declared = values.map(([arg]) => `$${arg.name}: ${arg.type.toString()}`);
      const passed = values.map(([arg]) => `${arg.name}: $${arg.name}`);
      const variables = Object.fromEntries(values.map(([arg, value]) => [arg.name, value]));
      const head = declared.length ? `${kind}(${declared.join(', ')})` : kind;
      const call = passed.length ? `${field.name}(${passed.join(', ')})` : field.name;
      return { label: `${kind} ${field.name} (${mode})`, body: { query: `${head} { ${call} ${selection} }`, variables } };
    });
  });
}

/** Leaf fields without required arguments, and a level or two of objects and connections below. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth < 2 && (field.name === 'nodes' || field.name === 'edges' || field.name === 'pageInfo' || depth === 0)) {
      const args = named.name.endsWith('Connection') ? '(first: 3)' : '';
      parts.push(`${field.name}${args} ${selectionOf(named, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** A value written as a GraphQL literal; enum values bare where the type expects one. */
function printLiteral(value: unknown, type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => printLiteral(v, isListType(inner) ? inner.ofType : inner)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(inner) ? inner.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'badName'}: ${printLiteral(v, fields[k]?.type ?? inner)}`).join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(inner) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}
