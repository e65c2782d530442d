/**
 * Every GraphQL document the web sends is valid against the API's committed schema (api/schema.graphql,
 * itself checked against the code by the API's tests). So a renamed field or a new required argument
 * breaks here, in the unit tests, and not first on a page in a browser.
 *
 * And each fits within the lowest bounds on an operation that polder.yaml may set (`api.operations`,
 * MINIMUM_OPERATION_LIMITS), so no configuration the API accepts refuses the web's own requests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { MINIMUM_OPERATION_LIMITS } from '../../../runtime/src/apiLimits';
import { operationLimitsRule } from '../../../api/src/limits/operationLimits';
import { operationCost, UNPAGED_LIST_SIZE } from '../../../api/src/limits/operationCost';
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

  it.each(documents)('%s nests, selects and aliases within the lowest bounds the API may be given', (_where, document) => {
    expect(validate(schema, parse(document.source), [operationLimitsRule(MINIMUM_OPERATION_LIMITS)]).map((error) => error.message)).toEqual([]);
  });

  it.each(documents)('%s asks for fewer values than the lowest cost bound, at page sizes of 1,000', (_where, document) => {
    const parsed = parse(document.source);
    const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    const variables = Object.fromEntries((operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, sampleOf(typeFromAST(schema, definition.type as never) as GraphQLInputType)]));
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    expect(coerced.errors ?? []).toEqual([]);
    // The web gives every walk its own limit (getLineage), so no server-filled page size applies.
    const cost = operationCost(schema, parsed, operation, coerced.coerced!, { unpagedListSize: UNPAGED_LIST_SIZE, serverPageSizes: {} });
    expect(cost).toBeLessThanOrEqual(MINIMUM_OPERATION_LIMITS.maxCost);
  });
});

/**
 * A value for a variable of `type`: every whole number 1,000 (at least any page size the web asks for,
 * so the cost counted is an upper bound), a list of one, an input object with its required fields.
 */
function sampleOf(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleOf(inner.ofType as GraphQLInputType)];
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sampleOf(field.type)]));
  }
  if (isEnumType(named)) return named.getValues()[0]!.value;
  return { Int: 1_000, Float: 1, Boolean: true }[named.name] ?? 'x';
}
