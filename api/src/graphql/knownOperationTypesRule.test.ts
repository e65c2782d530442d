import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { knownOperationTypesRule } from './knownOperationTypesRule.ts';

const schema = buildSchema(`
  type Query { name: String }
  type Mutation { rename(name: String!): String }
`);
const errors = (query: string) => validate(schema, parse(query), [knownOperationTypesRule]).map((error) => error.message);

describe('knownOperationTypesRule', () => {
  it('accepts the operations the schema has a root for', () => {
    expect(errors('{ name } mutation M { rename(name: "x") }')).toEqual([]);
  });

  it('refuses a subscription, saying what the API answers', () => {
    expect(errors('subscription { name }')).toEqual(['this API has no subscriptions: it answers queries and mutations']);
  });
});
