import { readFileSync } from 'node:fs';
import { buildSchema, getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costSettingsFor, operationCost, UNPAGED_LIST_SIZE, type CostSettings } from './operationCost.ts';

// The API's own schema, as committed: the page sizes counted are its arguments and their defaults.
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

function cost(query: string, variables: Record<string, unknown> = {}, settings: CostSettings = { unpagedListSize: UNPAGED_LIST_SIZE, serverPageSizes: {} }): number {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return operationCost(schema, document, operation, coerced.coerced, settings);
}

describe('operationCost', () => {
  it('counts one for each field of one object', () => {
    expect(cost('{ dataset(urn: "x") { name description } }')).toBe(3);
  });

  it('multiplies a list by its page size: given, from a variable, or the default', () => {
    expect(cost('{ dataset(urn: "x") { fields(limit: 10) { name } } }')).toBe(1 + 10 * 2);
    expect(cost('query ($n: Int!) { dataset(urn: "x") { fields(limit: $n) { name } } }', { n: 7 })).toBe(1 + 7 * 2);
    expect(cost('{ dataset(urn: "x") { fields { name } } }')).toBe(1 + 1000 * 2);
  });

  it("counts a page object's list once, at the page's size", () => {
    // downstream(limit: 5) → DatasetPage { total datasets { name } }: 5 × (1 + total + datasets × (1 + name)).
    expect(cost('{ dataset(urn: "x") { downstream(limit: 5) { total datasets { name } } } }')).toBe(1 + 5 * (1 + 1 + 1 * 2));
    // A lineage walk's nodes and edges are its page: `input.limit`.
    expect(cost('{ lineage(input: {urn: "x", depth: 2, limit: 100}) { nodes { urn } edges { from to } } }')).toBe(100 * (1 + 2 + 3));
  });

  it("counts a walk without a limit at the server's node cap, the limit it will use", () => {
    const walk = '{ lineage(input: {urn: "x", depth: 2}) { nodes { urn } } }';
    expect(cost(walk, {}, costSettingsFor(5_000))).toBe(5_000 * (1 + 2));
    expect(cost(walk, {}, costSettingsFor(1_000))).toBe(1_000 * (1 + 2));
    // Without it, the nodes would pass for a short unpaged list.
    expect(cost(walk)).toBe(1 + 20 * 2);
  });

  it('counts a walk asking past the node cap at the cap: the walk refuses that limit itself, naming it', () => {
    expect(cost('{ lineage(input: {urn: "x", depth: 2, limit: 1000000}) { nodes { urn } } }', {}, costSettingsFor(1_000))).toBe(1_000 * (1 + 2));
  });

  it('multiplies nested pages, which is what it is for', () => {
    const nested = '{ dataset(urn: "x") { downstream(limit: 500) { datasets { downstream(limit: 500) { datasets { name } } } } } }';
    expect(cost(nested)).toBe(1 + 500 * (1 + 1 * (1 + 500 * (1 + 1 * 2))));
  });

  it('assumes a length for a list with no page size, outside a page', () => {
    expect(cost('{ dataset(urn: "x") { owners { name } tags } }')).toBe(1 + 20 * 2 + 20);
  });

  it('counts entities by the URNs given', () => {
    expect(cost('query ($urns: [ID!]!) { entities(urns: $urns) { urn } }', { urns: ['a', 'b', 'c'] })).toBe(3 * 2);
  });

  it('follows fragments, inline and named, and counts introspection one per field', () => {
    expect(cost('{ entity(urn: "x") { ... on Dataset { fields(limit: 2) { ...F } } } } fragment F on Field { name }')).toBe(1 + 2 * 2);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(1);
  });
});
