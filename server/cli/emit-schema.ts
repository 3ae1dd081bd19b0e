import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaFile } from '../graphql/print-schema';
import { buildAppSchema } from '../graphql/schema';
import { PARTS } from '../parts';

/** `npm run schema:emit`: writes schema/schema.graphql from the resolvers. */
buildAppSchema(PARTS)
  .then((schema) => {
    const target = resolve(process.cwd(), 'schema/schema.graphql');
    writeFileSync(target, printSchemaFile(schema));
    console.log(`wrote ${target}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
