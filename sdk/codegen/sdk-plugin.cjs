// graphql-codegen plugin: one typed SDK method per operation in sdk/operations,
// and `paginate.<name>` for every operation whose root field is a connection
// (it takes `$first` and `$after` and selects `pageInfo` and `nodes`). The
// query text is embedded as a string, so the SDK needs no GraphQL runtime.
const { Kind, print, visit } = require('graphql');

const pascal = (name) => name[0].toUpperCase() + name.slice(1);
const camel = (name) => name[0].toLowerCase() + name.slice(1);

function collectFragments(documents) {
  const fragments = new Map();
  for (const { document } of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** The fragments an operation uses, transitively, in a stable order. */
function fragmentsOf(node, fragments, found = new Map()) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (found.has(name)) return;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`Unknown fragment ${name}`);
      found.set(name, fragment);
      fragmentsOf(fragment, fragments, found);
    },
  });
  return found;
}

function rootConnectionField(operation) {
  const variables = new Set(operation.variableDefinitions.map((v) => v.variable.name.value));
  if (!variables.has('first') || !variables.has('after')) return null;
  const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
  if (fields.length !== 1) return null;
  const selected = new Set((fields[0].selectionSet?.selections ?? []).filter((s) => s.kind === Kind.FIELD).map((s) => s.name.value));
  if (!selected.has('pageInfo') || !selected.has('nodes')) return null;
  return (fields[0].alias ?? fields[0].name).value;
}

function needsVariables(operation) {
  return operation.variableDefinitions.some((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue);
}

module.exports = {
  plugin(_schema, documents, config) {
    const fragments = collectFragments(documents);
    const typesModule = config.typesModule ?? './graphql.js';
    const operations = documents
      .flatMap(({ document }) => document.definitions)
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .sort((a, b) => a.name.value.localeCompare(b.name.value));
    const imports = new Set();
    const strings = [];
    const methods = [];
    const pagers = [];
    for (const operation of operations) {
      if (!operation.name) throw new Error('Every SDK operation needs a name');
      const name = operation.name.value;
      const kind = operation.operation;
      const resultType = `${name}${pascal(kind)}`;
      const variablesType = `${resultType}Variables`;
      imports.add(resultType).add(variablesType);
      const text = [operation, ...fragmentsOf(operation, fragments).values()].map((d) => print(d)).join('\n\n');
      strings.push(`/** The text of the ${kind} ${name}, with its fragments. */\nexport const ${name}${pascal(kind)}Text = ${JSON.stringify(text)};`);
      const optional = needsVariables(operation) ? '' : '?';
      methods.push(
        `    ${camel(name)}: (variables${optional}: ${variablesType}, options?: RequestOptions) =>\n` +
          `      client.request<${resultType}, ${variablesType}>(${name}${pascal(kind)}Text, variables, { operationName: '${name}', kind: '${kind}', ...options }),`,
      );
      const field = kind === 'query' ? rootConnectionField(operation) : null;
      if (field) {
        const pageVariables = `Omit<${variablesType}, 'first' | 'after'>`;
        const nodeType = `NonNullable<${resultType}['${field}']>['nodes'][number]`;
        const optionalPage = operation.variableDefinitions.some(
          (v) => !['first', 'after'].includes(v.variable.name.value) && v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
        )
          ? ''
          : '?';
        pagers.push(
          `      ${camel(name)}: (variables${optionalPage}: ${pageVariables}, options?: PaginateOptions): AsyncIterable<${nodeType}> =>\n` +
            `        client.paginate<${resultType}, ${variablesType}, ${nodeType}>(${name}${pascal(kind)}Text, variables ?? {}, (data) => data.${field}, { operationName: '${name}', ...options }),`,
        );
      }
    }
    return [
      `import type { GraphqlClient, PaginateOptions, RequestOptions } from '../client.js';`,
      `import type {\n${[...imports].sort().map((t) => `  ${t},`).join('\n')}\n} from '${typesModule}';`,
      '',
      ...strings,
      '',
      '/** One typed method per operation of sdk/operations, and `paginate` for every list. */',
      'export function createSdk(client: GraphqlClient) {',
      '  return {',
      ...methods,
      '    paginate: {',
      ...pagers,
      '    },',
      '  };',
      '}',
      '',
      'export type Sdk = ReturnType<typeof createSdk>;',
      '',
    ].join('\n');
  },
};
