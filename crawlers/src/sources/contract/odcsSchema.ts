/**
 * The ODCS v3.1.0 JSON Schema (draft 2019-09), as bitol-io publishes it (see
 * README.md beside it), compiled once per process: compiling its 86 KB takes
 * longer than validating a directory of contracts.
 *
 * The validator collects every error (`allErrors`) with the schemas involved
 * (`verbose`), which readableSchemaErrors needs to tell a real error from the
 * echo of a failed branch. `ajv-formats` checks `date` and `date-time` values,
 * such as a team member's `dateIn`.
 */
import { readFileSync } from 'node:fs';
import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

export type JsonSchema = Record<string, unknown>;

const SCHEMA_FILE = new URL('./odcs-json-schema-v3.1.0.json', import.meta.url);

let compiled: { schema: JsonSchema; validate: ValidateFunction } | undefined;

export function odcsSchema(): JsonSchema {
  return compiledSchema().schema;
}

/** Every way `value` breaks the schema; empty when it is a valid contract. */
export function odcsSchemaErrors(value: unknown): ErrorObject[] {
  const { validate } = compiledSchema();
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

function compiledSchema(): { schema: JsonSchema; validate: ValidateFunction } {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;
    const ajv = new Ajv2019({ allErrors: true, verbose: true });
    // ajv-formats is CommonJS: `.default` is the plugin both as Node loads it and as its types say.
    addFormats.default(ajv);
    compiled = { schema, validate: ajv.compile(schema) };
  }
  return compiled;
}
