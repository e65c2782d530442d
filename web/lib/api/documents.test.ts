/**
 * Every GraphQL document the web sends is valid against the API's committed schema (api/schema.graphql,
 * itself checked against the code by the API's tests). So a renamed field or a new required argument
 * breaks here, in the unit tests, and not first on a page in a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLDocument } from './GraphQLDocument';

const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));

/** The documents a module exports, by export name. */
function isDocument(value: unknown): value is GraphQLDocument<unknown, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { source?: unknown }).source === 'string' && typeof (value as { operationName?: unknown }).operationName === 'string';
}

const documents: Array<[string, GraphQLDocument<unknown, unknown>]> = [];
for (const folder of ['queries', 'mutations']) {
  for (const file of readdirSync(new URL(`./${folder}/`, import.meta.url)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const module = (await import(`./${folder}/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isDocument(value)) documents.push([`${folder}/${file}: ${name}`, value]);
  }
}

describe("the web's GraphQL documents", () => {
  it('are found in the files of queries/ and mutations/', () => {
    const files = new Set(documents.map(([where]) => where.split(':')[0]));
    expect(files.size).toBeGreaterThanOrEqual(30);
  });

  it.each(documents)('%s is valid against api/schema.graphql', (_where, document) => {
    expect(validate(schema, parse(document.source)).map((error) => error.message)).toEqual([]);
  });
});
