import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../relay/connection';

/** What a query asks for, measured from its text before anything runs. */
export interface QueryMeasure {
  /**
   * Nodes it may return, as GitHub counts them: each connection asks for its
   * `first` or `last` (100 when neither is given) times the pages it sits in.
   */
  cost: number;
  depth: number;
  aliases: number;
  fields: number;
  /** The introspection part (`__schema`, `__type`), under limits of its own: see introspectionOf. Its aliases and its lists' items are counted above. */
  introspection: IntrospectionMeasure;
  /**
   * Root fields whose rows depend on the data (analytics): their cost is their
   * part's bound for these arguments, `times` over, added by the caller.
   */
  bounded: BoundedField[];
}

export interface BoundedField {
  field: string;
  args: Record<string, unknown>;
  times: number;
}

export interface IntrospectionMeasure {
  depth: number;
  /** A list field of the introspection types (`fields`, `types`...) under itself on some path: a query that can multiply its answer without bound. */
  repeated: boolean;
  /** `__schema` and `__type` selections, fragments expanded: each is a copy of (part of) the schema. */
  roots: number;
  /** Field selections inside them, fragments expanded. */
  fields: number;
}

type Parent = GraphQLObjectType | GraphQLInterfaceType | null;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /**
   * Each fragment measured once, however often it is spread. The measures of
   * a selection are linear in the pages around it (a spread inside a page of
   * n counts n times its cost), so a fragment's own measure, taken as if it
   * sat at the root, is all a spread needs. Without this, a fragment that
   * spreads the next one three times, 20 levels down, is walked 3^20 times.
   */
  measured: Map<string, QueryMeasure | 'measuring'>;
  /** The same for introspection, keyed by the fragment and whether it is spread under a whole list (introspectSelections). */
  introspected: Map<string, Introspected | 'measuring'>;
  /** Root fields whose rows are bounded by their part, not by `first`/`last`. */
  boundedFields: ReadonlySet<string>;
}

const NO_INTROSPECTION: IntrospectionMeasure = { depth: 0, repeated: false, roots: 0, fields: 0 };
const NOTHING: QueryMeasure = { cost: 0, depth: 0, aliases: 0, fields: 0, introspection: NO_INTROSPECTION, bounded: [] };

/** Linear in the document's size: every selection set is walked once. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  boundedFields: ReadonlySet<string> = new Set(),
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  // Without a prototype, `$constructor` is the variable, not Object.prototype's.
  const own = Object.assign(Object.create(null) as Record<string, unknown>, variables);
  const measure = measureSelections({ schema, fragments, variables: own, measured: new Map(), introspected: new Map(), boundedFields }, operation.selectionSet, root ?? null);
  // Every query costs something, even one that asks for no list.
  return { ...measure, cost: Math.max(1, boundless(measure.cost)), depth: Math.max(measure.depth, measure.introspection.depth ? 1 : 0) };
}

/** Infinity or NaN, as the most a query could cost: refused by any limit, and never a NaN that passes every `>`. */
function boundless(count: number): number {
  return Number.isFinite(count) ? count : Number.MAX_SAFE_INTEGER;
}

function measureSelections(walk: Walk, selectionSet: SelectionSetNode, parent: Parent): QueryMeasure {
  const total = { ...NOTHING };
  for (const selection of selectionSet.selections) {
    let part: QueryMeasure;
    if (selection.kind === Kind.FIELD) part = INTROSPECTION_ROOTS.has(selection.name.value) ? introspectionOf(walk, selection) : measureField(walk, selection, parent);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      part = measureSelections(walk, selection.selectionSet, typeOf(walk, selection.typeCondition?.name.value) ?? parent);
    } else part = measureFragment(walk, selection.name.value);
    total.cost += part.cost;
    if (part.bounded.length) total.bounded = [...total.bounded, ...part.bounded];
    total.fields += part.fields;
    total.aliases += part.aliases;
    total.depth = Math.max(total.depth, part.depth);
    total.introspection = {
      depth: Math.max(total.introspection.depth, part.introspection.depth),
      repeated: total.introspection.repeated || part.introspection.repeated,
      roots: total.introspection.roots + part.introspection.roots,
      fields: total.introspection.fields + part.introspection.fields,
    };
  }
  return total;
}

/** `__schema` and `__type` (at any level: `__type` is a root field, but a fragment may sit anywhere). */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * The list fields of the introspection types. The standard introspection
 * queries (GraphiQL's, graphql-js's getIntrospectionQuery) ask for each at
 * most once along a path, 15 levels deep with `ofType`; asking for one under
 * itself (`types { fields { type { fields ... } } }`) multiplies the answer
 * by the schema's size at every level.
 */
const INTROSPECTION_LISTS = ['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args', 'directives'];

interface Introspected {
  depth: number;
  /** Bit i: INTROSPECTION_LISTS[i] occurs on some path below. */
  lists: number;
  repeated: boolean;
  fields: number;
  aliases: number;
  /** Items of introspection lists in the answer, per item of the parent. */
  cost: number;
}

const NO_INTROSPECTED: Introspected = { depth: 0, lists: 0, repeated: false, fields: 0, aliases: 0, cost: 0 };

/**
 * The introspection part of a query, under limits of its own (the standard
 * introspection query would pass the depth limit): its depth, no list field
 * under itself, a few `__schema`/`__type` per operation and a field
 * allowance. Its aliases count as any others, and the items of its lists
 * count toward the cost, sized by this schema (see introspectionSizes).
 * Fragments are measured once per kind of context, as for the rest.
 */
function introspectionOf(walk: Walk, field: FieldNode): QueryMeasure {
  const type = field.name.value === '__schema' ? '__Schema' : '__Type';
  // The one schema is all of the schema; `__type` is one type among many.
  const inner = field.selectionSet ? introspectSelections(walk, field.selectionSet, type, type === '__Schema') : NO_INTROSPECTED;
  return {
    ...NOTHING,
    // Whole numbers in exact arithmetic (averages times their counts): rounding undoes float error only.
    cost: Math.round(inner.cost),
    aliases: (field.alias ? 1 : 0) + inner.aliases,
    introspection: { depth: 1 + inner.depth, repeated: inner.repeated, roots: 1, fields: 1 + inner.fields },
  };
}

/**
 * `complete`: the parent items are all the items of their type in the schema
 * (every type under `__schema { types }`, every field under their `fields`),
 * so a list below holds, all parents together, its schema-wide total: its
 * average per parent is exact. Otherwise each parent counts its longest list.
 */
function introspectSelections(walk: Walk, selectionSet: SelectionSetNode, parent: string, complete: boolean): Introspected {
  const total = { ...NO_INTROSPECTED };
  for (const selection of selectionSet.selections) {
    let part: Introspected;
    if (selection.kind === Kind.FIELD) part = introspectField(walk, selection, parent, complete);
    else if (selection.kind === Kind.INLINE_FRAGMENT) part = introspectSelections(walk, selection.selectionSet, parent, complete);
    else part = introspectFragment(walk, selection.name.value, complete);
    total.depth = Math.max(total.depth, part.depth);
    total.lists |= part.lists;
    total.repeated ||= part.repeated;
    total.fields += part.fields;
    total.aliases += part.aliases;
    total.cost += part.cost;
  }
  return total;
}

function introspectField(walk: Walk, field: FieldNode, parent: string, complete: boolean): Introspected {
  const size = introspectionSizes(walk.schema).get(`${parent}.${field.name.value}`);
  const type = walk.schema.getType(parent);
  const definition = type && isObjectType(type) ? type.getFields()[field.name.value] : undefined;
  const child = definition ? getNamedType(definition.type).name : parent;
  const inner = field.selectionSet ? introspectSelections(walk, field.selectionSet, child, complete && !!size?.owned) : NO_INTROSPECTED;
  const index = INTROSPECTION_LISTS.indexOf(field.name.value);
  const bit = index >= 0 ? 1 << index : 0;
  const pages = size ? (complete ? size.total / size.parents : size.max) : 0;
  return {
    depth: 1 + inner.depth,
    lists: inner.lists | bit,
    repeated: inner.repeated || (inner.lists & bit) !== 0,
    fields: 1 + inner.fields,
    aliases: (field.alias ? 1 : 0) + inner.aliases,
    cost: size ? pages * (1 + inner.cost) : inner.cost,
  };
}

function introspectFragment(walk: Walk, name: string, complete: boolean): Introspected {
  const key = `${complete ? 'all' : 'one'}:${name}`;
  const known = walk.introspected.get(key);
  if (known === 'measuring') return NO_INTROSPECTED;
  if (known) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment) return NO_INTROSPECTED;
  walk.introspected.set(key, 'measuring');
  const measure = introspectSelections(walk, fragment.selectionSet, fragment.typeCondition.name.value, complete);
  walk.introspected.set(key, measure);
  return measure;
}

/** How long an introspection list is in this schema: the longest one, and all of them together over how many parents. */
interface ListSize {
  max: number;
  total: number;
  parents: number;
  /** Each item belongs to one parent (a type's fields), so all the parents' lists together hold each once; not so `interfaces` and `possibleTypes`. */
  owned: boolean;
}

const sizesOf = new WeakMap<GraphQLSchema, Map<string, ListSize>>();

/** The lists of the introspection types, keyed `__Type.fields`, measured once per schema. */
function introspectionSizes(schema: GraphQLSchema): Map<string, ListSize> {
  let sizes = sizesOf.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const fields = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
  const directives = schema.getDirectives();
  const list = (lengths: number[], parents: number, owned: boolean): ListSize => ({
    max: Math.max(0, ...lengths),
    total: lengths.reduce((sum, n) => sum + n, 0),
    parents,
    owned,
  });
  const perType = (length: (type: (typeof types)[number]) => number, owned: boolean) => list(types.map(length), types.length, owned);
  sizes = new Map([
    ['__Schema.types', list([types.length], 1, true)],
    ['__Schema.directives', list([directives.length], 1, true)],
    ['__Type.fields', perType((t) => (isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).length : 0), true)],
    ['__Type.inputFields', perType((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0), true)],
    ['__Type.enumValues', perType((t) => (isEnumType(t) ? t.getValues().length : 0), true)],
    ['__Type.interfaces', perType((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0), false)],
    ['__Type.possibleTypes', perType((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0), false)],
    ['__Field.args', list(fields.map((f) => f.args.length), fields.length, true)],
    ['__Directive.args', list(directives.map((d) => d.args.length), directives.length, true)],
  ]);
  sizesOf.set(schema, sizes);
  return sizes;
}

function measureFragment(walk: Walk, name: string): QueryMeasure {
  const known = walk.measured.get(name);
  // A cycle (validation refuses them before this runs) adds nothing rather than looping.
  if (known === 'measuring') return NOTHING;
  if (known) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment) return NOTHING;
  walk.measured.set(name, 'measuring');
  const measure = measureSelections(walk, fragment.selectionSet, typeOf(walk, fragment.typeCondition.name.value));
  walk.measured.set(name, measure);
  return measure;
}

function typeOf(walk: Walk, name: string | undefined): Parent {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && (isObjectType(type) || isInterfaceType(type)) ? type : null;
}

function measureField(walk: Walk, field: FieldNode, parent: Parent): QueryMeasure {
  const aliases = field.alias ? 1 : 0;
  if (!field.selectionSet) return { cost: 0, depth: 1, aliases, fields: 1, introspection: NO_INTROSPECTION, bounded: [] };
  const definition = parent?.getFields()[field.name.value];
  const returned = definition ? getNamedType(definition.type) : undefined;
  const pages = pagesAsked(walk, field, returned?.name);
  const child = returned && (isObjectType(returned) || isInterfaceType(returned)) ? returned : null;
  const inner = measureSelections(walk, field.selectionSet, child);
  const times = Math.max(1, pages);
  const bounded = inner.bounded.map((b) => ({ ...b, times: b.times * times }));
  if (parent === walk.schema.getQueryType() && walk.boundedFields.has(field.name.value)) bounded.push({ field: field.name.value, args: argumentsOf(walk, field), times: 1 });
  return {
    cost: pages + times * inner.cost,
    depth: 1 + inner.depth,
    aliases: aliases + inner.aliases,
    fields: 1 + inner.fields,
    introspection: inner.introspection,
    bounded,
  };
}

/** A field's arguments as plain values, variables put in. */
function argumentsOf(walk: Walk, field: FieldNode): Record<string, unknown> {
  return Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, walk.variables)]));
}

/** Items a list field asks for: a connection's page, or the IDs given to `nodes`. */
function pagesAsked(walk: Walk, field: FieldNode, typeName: string | undefined): number {
  if (typeName?.endsWith('Connection')) {
    const size = argument(walk, field, 'first') ?? argument(walk, field, 'last');
    if (typeof size !== 'number' || size < 0) return DEFAULT_PAGE_SIZE;
    return boundless(size);
  }
  if (field.name.value === 'nodes' && typeName === 'Node') {
    const ids = argument(walk, field, 'ids');
    return Array.isArray(ids) ? ids.length : 1;
  }
  return 0;
}

function argument(walk: Walk, field: FieldNode, name: string): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value;
  return node ? valueOf(walk, node) : undefined;
}

function valueOf(walk: Walk, node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return walk.variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => valueOf(walk, v));
    default:
      return undefined;
  }
}
