import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

const HEADER = `# GENERATED FILE: DO NOT EDIT.
# Emitted from the type-graphql resolvers by \`npm run schema:emit\`;
# a test fails when it differs from what the code builds.
`;

/** The committed schema file's exact text: sorted, so that it changes only when the schema does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
