import 'reflect-metadata';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../server/graphql/schema';
import { PARTS } from '../../server/parts';

/** The schema's descriptions are the API's documentation (GraphiQL's Docs, the SDK's types): nothing goes without one. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) continue;
    if (!type.description?.trim()) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description?.trim()) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`enum value ${type.name}.${value.name}`);
  }
  return missing;
}

test('every type, field, argument and enum value has a description', async () => {
  expect(undescribed(await buildAppSchema(PARTS))).toEqual([]);
});
