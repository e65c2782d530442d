import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationLimitsRule } from './operationLimits.ts';

const schema = buildSchema(`
  type Node { name: String, child: Node }
  type Query { node: Node }
`);
const limits = { maxDepth: 3, maxFields: 6, maxAliases: 2, maxCost: 1_000_000 };
const errors = (query: string) => validate(schema, parse(query), [operationLimitsRule(limits)]).map((error) => error.message);

describe('operationLimitsRule', () => {
  it('accepts an operation within every limit', () => {
    expect(errors('{ node { name child { name } } }')).toEqual([]);
  });

  it('refuses one nested too deep, counting through fragments', () => {
    expect(errors('query Deep { node { child { child { name } } } }')).toEqual(['operation Deep is nested 4 levels deep; the limit is 3']);
    expect(errors('{ node { ...F } } fragment F on Node { child { child { name } } }')).toEqual(['the operation is nested 4 levels deep; the limit is 3']);
  });

  it('refuses one that selects too many fields', () => {
    expect(errors('{ node { name child { name } } a: node { name child { name } } }')).toEqual([
      'the operation selects 8 fields; the limit is 6',
    ]);
  });

  it('refuses alias abuse', () => {
    expect(errors('{ a: node { name } b: node { name } c: node { name } }')).toEqual(['the operation uses 3 aliases; the limit is 2']);
  });

  const served = { maxDepth: 12, maxFields: 1000, maxAliases: 30, maxCost: 3_000_000 };

  it("lets the standard introspection query through, its depth being introspection's own", () => {
    const query = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(validate(schema, query, [...specifiedRules, operationLimitsRule(served)])).toEqual([]);
    // Its fields still count.
    expect(validate(schema, query, [operationLimitsRule({ ...served, maxFields: 50 })]).map((error) => error.message)).toEqual([
      expect.stringMatching(/^operation IntrospectionQuery selects \d+ fields; the limit is 50$/),
    ]);
  });

  it('leaves nested introspection lists to graphql, which refuses them', () => {
    const nested = parse('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }');
    expect(validate(schema, nested, [...specifiedRules, operationLimitsRule(served)]).map((error) => error.message)).toEqual(['Maximum introspection depth exceeded']);
  });

  it('survives a fragment cycle (reported by graphql itself)', () => {
    expect(() => errors('{ node { ...A } } fragment A on Node { child { ...A } }')).not.toThrow();
  });
});
