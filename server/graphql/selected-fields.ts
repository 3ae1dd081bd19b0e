import { DocumentNode, GraphQLSchema, isAbstractType, Kind, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

/** For each object type, the fields a document selects on it anywhere. */
export type Selection = ReadonlyMap<string, ReadonlySet<string>>;

const cache = new WeakMap<DocumentNode, Selection>();

/**
 * A superset, per type, of what the document can read: every operation and
 * fragment, whatever @skip/@include say. A field selected on an interface
 * counts for every type that implements it. Apollo hands back the same
 * document for the same query text, so each is walked once.
 */
export function selectedFields(schema: GraphQLSchema, document: DocumentNode): Selection {
  let selection = cache.get(document);
  if (selection) return selection;
  const byType = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let fields = byType.get(type);
    if (!fields) byType.set(type, (fields = new Set()));
    fields.add(field);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        if (isAbstractType(parent)) for (const type of schema.getPossibleTypes(parent)) add(type.name, node.name.value);
        else add(parent.name, node.name.value);
      },
    }),
  );
  selection = byType;
  cache.set(document, selection);
  return selection;
}
