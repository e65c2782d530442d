import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledExecutionGateway } from './compiledExecution.ts';

// A small schema with what the catalog's resolvers do: lists of objects, arguments, a resolver that
// refuses with a coded error, and mutations that must run one after the other.
const calls: string[] = [];
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: { id: { type: new GraphQLNonNull(GraphQLInt) }, label: { type: GraphQLString, resolve: (item: { id: number }) => `item ${item.id}` } },
});
// A required field with a default, as type-graphql writes `@Field({ defaultValue })` on an input type.
const EchoInput = new GraphQLInputObjectType({
  name: 'EchoInput',
  fields: { text: { type: new GraphQLNonNull(GraphQLString) }, times: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 2 } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: { type: new GraphQLList(Item), args: { count: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_root, { count }: { count: number }) => Array.from({ length: count }, (_, id) => ({ id })) },
      echo: { type: GraphQLString, args: { input: { type: new GraphQLNonNull(EchoInput) } }, resolve: (_root, { input }: { input: { text: string; times: number } }) => input.text.repeat(input.times) },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('a fault, not a refusal');
        },
      },
      missing: {
        type: Item,
        resolve: () => {
          throw new GraphQLError('No item here', { extensions: { code: 'NOT_FOUND' } });
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      step: {
        type: GraphQLString,
        args: { name: { type: new GraphQLNonNull(GraphQLString) }, delayMs: { type: GraphQLInt } },
        resolve: async (_root, { name, delayMs }: { name: string; delayMs?: number }) => {
          await new Promise((resolve) => setTimeout(resolve, delayMs ?? 0));
          calls.push(name);
          return name;
        },
      },
    },
  }),
});

async function run(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const server = new ApolloServer({ gateway: compiledExecutionGateway(schema) });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables, operationName });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  } finally {
    await server.stop();
  }
}

describe('compiledExecutionGateway', () => {
  it('answers as graphql-js does: lists, arguments, field resolvers', async () => {
    const { data, errors } = await run('query ($n: Int!) { items(count: $n) { id label } }', { n: 2 });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ items: [{ id: 0, label: 'item 0' }, { id: 1, label: 'item 1' }] });
  });

  it("keeps a resolver's error code, message and path", async () => {
    const { data, errors } = await run('{ missing { id } items(count: 1) { id } }');
    expect(data).toEqual({ missing: null, items: [{ id: 0 }] });
    expect(errors).toEqual([expect.objectContaining({ message: 'No item here', path: ['missing'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });

  it("fills an input object variable's missing fields with their defaults", async () => {
    const { data, errors } = await run('query ($input: EchoInput!) { echo(input: $input) }', { input: { text: 'ab' } });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ echo: 'abab' });
  });

  it('fills the field of an input object written in the operation with its default when the variable for it is not given', async () => {
    const { data, errors } = await run('query ($text: String!, $times: Int) { echo(input: {text: $text, times: $times}) }', { text: 'ab' });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ echo: 'abab' });
  });

  it("formats a resolver's unexpected error as Apollo does, with its location", async () => {
    const { data, errors } = await run('{\n  broken\n}');
    expect(data).toEqual({ broken: null });
    expect(errors).toEqual([{ message: 'a fault, not a refusal', locations: [{ line: 2, column: 3 }], path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it("answers a caller's bad variable BAD_USER_INPUT with status 400, naming the variable", async () => {
    const { status, data, errors } = await run('query ($n: Int!) { items(count: $n) { id } }', { n: 'two' });
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining('"$n"'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('runs mutations one after the other, in the order written', async () => {
    calls.length = 0;
    const { data } = await run('mutation { first: step(name: "first", delayMs: 30) second: step(name: "second") }');
    expect(data).toEqual({ first: 'first', second: 'second' });
    expect(calls).toEqual(['first', 'second']);
  });

  it("answers a document of several operations and no name, or a name it lacks, as the caller's error (400)", async () => {
    const several = 'query One { items(count: 1) { id } } query Two { items(count: 2) { id } }';
    expect(await run(several)).toMatchObject({ status: 400, errors: [{ message: 'Must provide operation name if query contains multiple operations.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] });
    expect(await run(several, undefined, 'Three')).toMatchObject({ status: 400, errors: [{ message: 'Unknown operation named "Three".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] });
  });

  it('runs the operation named, of several', async () => {
    const { data } = await run('query One { items(count: 1) { id } } query Two { items(count: 2) { id } }', undefined, 'Two');
    expect(data).toEqual({ items: [{ id: 0 }, { id: 1 }] });
  });
});
