import { articlesSchema, csvSchema, errorsSchema, schemaText } from '../contract/json-schema';
import { SCHEMA_NAMES, csvTypeOf, schemaFile } from './schemas';

/** Every shipped schema as [file name, JSON text], generated from the output contract. */
export function generatedSchemas(): [string, string][] {
  return SCHEMA_NAMES.map((name) => {
    const csv = csvTypeOf(name);
    const schema = csv !== null ? csvSchema(csv) : name === 'articles' ? articlesSchema() : errorsSchema();
    return [schemaFile(name), schemaText(schema)];
  });
}
