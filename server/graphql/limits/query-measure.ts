import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
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
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  measure: QueryMeasure;
}

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const measure: QueryMeasure = { cost: 0, depth: 0, aliases: 0, fields: 0 };
  if (root) walkSelections({ schema, fragments, variables, measure }, operation.selectionSet, root, 1, 1);
  // Every query costs something, even one that asks for no list.
  measure.cost = Math.max(1, measure.cost);
  return measure;
}

function walkSelections(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLObjectType | null, multiplier: number, depth: number): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) walkField(walk, selection, parent, multiplier, depth);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walkSelections(walk, selection.selectionSet, typeOf(walk, selection.typeCondition?.name.value) ?? parent, multiplier, depth);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment) walkSelections(walk, fragment.selectionSet, typeOf(walk, fragment.typeCondition.name.value), multiplier, depth);
    }
  }
}

function typeOf(walk: Walk, name: string | undefined): GraphQLObjectType | null {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && isObjectType(type) ? type : null;
}

function walkField(walk: Walk, field: FieldNode, parent: GraphQLObjectType | null, multiplier: number, depth: number): void {
  const { measure } = walk;
  measure.fields++;
  if (field.alias) measure.aliases++;
  measure.depth = Math.max(measure.depth, depth);
  if (!field.selectionSet) return;
  const definition = parent?.getFields()[field.name.value];
  const returned = definition ? getNamedType(definition.type) : undefined;
  const pages = pagesAsked(walk, field, returned?.name);
  measure.cost += multiplier * pages;
  const child = returned && isObjectType(returned) ? returned : null;
  walkSelections(walk, field.selectionSet, child, multiplier * Math.max(1, pages), depth + 1);
}

/** Items a list field asks for: a connection's page, or the IDs given to `nodes`. */
function pagesAsked(walk: Walk, field: FieldNode, typeName: string | undefined): number {
  if (typeName?.endsWith('Connection')) {
    const size = argument(walk, field, 'first') ?? argument(walk, field, 'last');
    return typeof size === 'number' && size >= 0 ? size : DEFAULT_PAGE_SIZE;
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
