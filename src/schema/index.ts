// The JSON Schemas shipped in schemas/: names, files, and the generator of the CSV schemas.
export { SCHEMA_NAMES, SCHEMA_DIR, schemaFile, schemaJson, schemaSubject, isSchemaName, csvTypeOf } from './schemas';
export type { SchemaName } from './schemas';
export { articlesSchema, csvSchema, errorsSchema, schemaText } from '../contract/json-schema';
export { generatedSchemas } from './generate';
