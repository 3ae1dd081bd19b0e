import { createRequire } from 'node:module';
import { getNamedType, isLeafType, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { hasRules, needsValidation, validateInput } from './validate-input';

type Resolve = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type MetadataStorage = ReturnType<typeof getMetadataStorage>;
/** What queries and field resolvers share: the method, its parameters, its middlewares and roles. */
type ResolverMetadata = Pick<MetadataStorage['queries'][number], 'target' | 'methodName' | 'params' | 'middlewares' | 'roles'>;
type ParamMetadata = NonNullable<ResolverMetadata['params']>[number];
type ReadParam = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

interface ArgumentConversion {
  convertArgsToInstance(param: ParamMetadata, args: Record<string, unknown>): unknown;
  convertArgToInstance(param: ParamMetadata, args: Record<string, unknown>): unknown;
}

/** A root that is not an instance of the declared class: type-graphql's own resolver converts it. */
const NOT_HANDLED = Symbol('not handled');

/**
 * Calls query and field resolver methods without type-graphql's per-call wrapper.
 *
 * For every call the wrapper builds a resolver-data object, sorts the method's
 * parameters again, validates each argument through an async step and joins
 * them with `Promise.all`, then runs its middleware chain (empty here): the
 * nested graph makes ~370 such calls per request, and they were a quarter of
 * what it allocated (bench/README.md). The resolver below does the same work
 * once per schema where it can: it reads the parameters in a fixed order,
 * passes plain argument classes (connection arguments) as plain objects,
 * converts the others with type-graphql's own functions, and awaits
 * validation only for inputs that declare rules.
 *
 * Resolvers with middlewares, `@Authorized` roles, per-argument validation
 * settings or other parameter kinds keep type-graphql's resolver, and so does
 * every call whose root is not an instance of the declared class.
 */
export function callResolversDirectly(schema: GraphQLSchema): void {
  const conversion = argumentConversion();
  if (!conversion) return;
  const storage = getMetadataStorage();
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const query of storage.queries) replace(queryFields[query.schemaName], query, conversion);
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external') continue;
    const typeName = typeNames.get(resolver.getObjectType?.());
    const type = typeName ? schema.getType(typeName) : undefined;
    if (isObjectType(type)) replace(type.getFields()[resolver.schemaName], resolver, conversion);
  }
}

/**
 * type-graphql's argument conversion is not among its exports; the version is
 * pinned exactly in package.json. Should the module move, resolvers keep
 * type-graphql's wrapper (slower, same answers) rather than fail.
 */
function argumentConversion(): ArgumentConversion | undefined {
  try {
    const load = createRequire(require.resolve('type-graphql'));
    const module = load('./resolvers/convert-args.js') as Partial<ArgumentConversion>;
    if (typeof module.convertArgsToInstance === 'function' && typeof module.convertArgToInstance === 'function') {
      return module as ArgumentConversion;
    }
  } catch {
    // fall through: keep type-graphql's resolvers
  }
  return undefined;
}

function replace(field: GraphQLField<unknown, unknown> | undefined, metadata: ResolverMetadata, conversion: ArgumentConversion): void {
  if (!field?.resolve || metadata.middlewares?.length || metadata.roles) return;
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  const readers = params.map((param) => readerOf(param, field, conversion));
  if (readers.some((reader) => reader === undefined)) return;
  const read = readers as ReadParam[];
  const target = metadata.target as new () => Record<string, (...values: unknown[]) => unknown>;
  const instance = new target();
  const method = instance[metadata.methodName];
  const fallback = field.resolve as Resolve;
  const validated = params.map((param) => param.kind === 'args' || param.kind === 'arg');
  field.resolve = ((root, args, context, info) => {
    const values: unknown[] = new Array(read.length);
    let validating = false;
    for (let i = 0; i < read.length; i++) {
      const value = read[i](root, args, context, info);
      if (value === NOT_HANDLED) return fallback(root, args, context, info);
      values[i] = value;
      if (validated[i] && needsValidation(value)) validating = true;
    }
    if (!validating) return method.apply(instance, values);
    return Promise.all(values.map((value, i) => (validated[i] ? validateInput(value) : undefined))).then(() =>
      method.apply(instance, values),
    );
  }) as Resolve;
}

function readerOf(param: ParamMetadata, field: GraphQLField<unknown, unknown>, conversion: ArgumentConversion): ReadParam | undefined {
  switch (param.kind) {
    case 'root': {
      if (param.propertyName) return undefined;
      const type = param.getType?.();
      if (typeof type !== 'function') return (root) => root;
      return (root) => (root == null || root instanceof type ? root : NOT_HANDLED);
    }
    case 'context': {
      const property = param.propertyName;
      return property ? (_root, _args, context) => (context as Record<string, unknown>)[property] : (_root, _args, context) => context;
    }
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'args': {
      if (param.validateFn || param.validateSettings !== undefined) return undefined;
      const names = plainArgumentNames(param.getType(), field);
      if (names) return (_root, args) => pick(args, names);
      return (_root, args) => conversion.convertArgsToInstance(param, args);
    }
    case 'arg':
      if (param.validateFn || param.validateSettings !== undefined) return undefined;
      return (_root, args) => conversion.convertArgToInstance(param, args);
    default:
      return undefined;
  }
}

/**
 * The argument names of an `@ArgsType` class that is plain data: scalar or enum
 * fields only, no validation rules, no methods. Its arguments are passed as a
 * plain object (what connection arguments are) instead of an instance built
 * field by field. Undefined for any other class.
 */
function plainArgumentNames(type: unknown, field: GraphQLField<unknown, unknown>): readonly string[] | undefined {
  if (typeof type !== 'function' || hasRules(type)) return undefined;
  const names: string[] = [];
  for (let current = type; current?.prototype; current = Object.getPrototypeOf(current)) {
    if (Object.getOwnPropertyNames(current.prototype).some((name) => name !== 'constructor')) return undefined;
    const declared = getMetadataStorage().argumentTypes.find((args) => args.target === current);
    names.push(...(declared?.fields?.map((f) => f.name) ?? []));
  }
  const leaf = names.every((name) => {
    const argument = field.args.find((a) => a.name === name);
    return argument !== undefined && isLeafType(getNamedType(argument.type));
  });
  return leaf && names.length ? names : undefined;
}

function pick(args: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of names) if (args[name] !== undefined) values[name] = args[name];
  return values;
}
