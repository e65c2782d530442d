import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@polder/runtime';
import { directGraphqlRoute, type GraphqlRequestFacts } from './directGraphqlRoute.ts';

interface Context {
  facts: GraphqlRequestFacts;
}

const typeDefs = `type Query { caller: String, secure: Boolean } type Mutation { signIn: Boolean }`;
const resolvers = {
  Query: { caller: (_: unknown, __: unknown, { facts }: Context) => facts.clientAddress, secure: (_: unknown, __: unknown, { facts }: Context) => facts.secure },
  Mutation: {
    signIn: (_: unknown, __: unknown, { facts }: Context) => {
      facts.addCookie('a=1');
      facts.addCookie('b=2');
      return true;
    },
  },
};

describe('directGraphqlRoute', () => {
  let server: Server;
  let port: number;
  const apollo = new ApolloServer<Context>({ typeDefs, resolvers });

  beforeAll(async () => {
    await apollo.start();
    const direct = directGraphqlRoute<Context>({
      apollo,
      contextFor: async (facts) => ({ facts }),
      trustedProxies: ['loopback'],
      bodyLimitBytes: 100,
      answerHeaders: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
      errorAnswer: ({ status, message }) => ({ status, body: JSON.stringify({ refused: message }) }),
      logger: createLogger('directGraphqlRoute.test', 'silent'),
    });
    // What the route declines, the stand-in for express answers.
    server = createServer((request, response) => {
      if (!direct(request, response)) response.writeHead(299, { 'content-type': 'text/plain' }).end('declined');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  });

  const send = (options: { path?: string; method?: string; headers?: Record<string, string>; body?: string }) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const body = options.body ?? '';
      const sent = httpRequest(
        { host: '127.0.0.1', port, path: options.path ?? '/graphql', method: options.method ?? 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...options.headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });

  it('answers a JSON POST to /graphql through Apollo, with the answer headers', async () => {
    const answer = await send({ body: JSON.stringify({ query: '{ caller secure }' }) });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store'); // Apollo's own, over the route's, once
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ data: { caller: '127.0.0.1', secure: false } });
  });

  it('believes a trusted proxy about the caller and the protocol', async () => {
    const answer = await send({ headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' }, body: JSON.stringify({ query: '{ caller secure }' }) });
    expect(JSON.parse(answer.body)).toEqual({ data: { caller: '203.0.113.7', secure: true } });
  });

  it('sets every cookie the operation asked for', async () => {
    const answer = await send({ body: JSON.stringify({ query: 'mutation { signIn }' }) });
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('keeps Apollo’s own refusals and statuses', async () => {
    const answer = await send({ body: JSON.stringify({ query: '{ nope }' }) });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a body that is not JSON, or not an object, with the answer it was given', async () => {
    const broken = await send({ body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).refused).toMatch(/JSON/);
    const scalar = await send({ body: '42' });
    expect(scalar.status).toBe(400);
    expect(JSON.parse(scalar.body)).toEqual({ refused: 'the body must be a JSON object' });
  });

  it.each([
    ['another path', { path: '/graphql/' }],
    ['a query string', { path: '/graphql?x=1' }],
    ['another method', { method: 'PUT' }],
    ['another content type', { headers: { 'content-type': 'text/plain' } }],
    ['another charset', { headers: { 'content-type': 'application/json; charset=latin1' } }],
    ['a compressed body', { headers: { 'content-encoding': 'gzip' } }],
    ['a body over the limit', { body: JSON.stringify({ query: `{ caller ${' '.repeat(100)} }` }) }],
  ])('leaves %s to express', async (_what, options) => {
    const answer = await send({ body: JSON.stringify({ query: '{ caller }' }), ...options });
    expect(answer.status).toBe(299);
    expect(answer.body).toBe('declined');
  });

  it('takes application/json with a UTF-8 charset', async () => {
    const answer = await send({ headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify({ query: '{ caller }' }) });
    expect(answer.status).toBe(200);
  });
});
