/**
 * The GraphQL requests nearly every caller sends, a POST to /graphql of a JSON body of known length, answered
 * by Apollo straight from Node's HTTP server, without express. Every other request (another path or method, a
 * query string, another content type or charset, a compressed, chunked or too large body) still goes through
 * express and its middleware (server.ts), as before.
 *
 * Why: on the trivial query `{ __typename }`, under load from a thread of its own, the API answered 4,000
 * requests a second through express and 8,000–8,500 this way, against 16,000–18,000 for a bare `node:http`
 * server (BENCHMARKS.md, forty-first session). express's router, body parser and prototype-swapped request and
 * response cost more than all of Apollo and Polder together.
 *
 * What express did on this path is done here alike: the answer's headers (`answerHeaders`), the body limit, a
 * JSON answer naming a body that is not JSON, the caller's address and protocol as the trusted proxies say
 * (proxy-addr, as express's `trust proxy`), and the session cookie (sessionCookie.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '@polder/runtime';

/** What a request's context is made from, whichever path it came by. */
export interface GraphqlRequestFacts {
  headers: IncomingMessage['headers'];
  clientAddress: string;
  /** Whether the caller reached the API (or the trusted proxy in front of it) over HTTPS. */
  secure: boolean;
  /** Adds a `Set-Cookie` value to the answer. */
  addCookie(value: string): void;
}

export interface DirectGraphqlRoute {
  /** Answers the request and returns true when it is one this route takes; otherwise touches nothing and returns false. */
  (request: IncomingMessage, response: ServerResponse): boolean;
}

export interface DirectGraphqlOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  contextFor(facts: GraphqlRequestFacts): Promise<Context>;
  /** The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, as express's `trust proxy` takes them. */
  trustedProxies: string[];
  bodyLimitBytes: number;
  /** Headers every answer of the API carries. */
  answerHeaders: Readonly<Record<string, string>>;
  /** The JSON answer to an error outside GraphQL (a body that is not JSON, or an unexpected failure), as the express path gives it. */
  errorAnswer(error: { status: number; type?: 'entity.parse.failed'; message?: string }): { status: number; body: string };
  logger: Logger;
}

/** `application/json`, with no charset or UTF-8: what express's JSON body parser would read as this does. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export function directGraphqlRoute<Context extends BaseContext>(options: DirectGraphqlOptions<Context>): DirectGraphqlRoute {
  const trust = proxyAddr.compile(options.trustedProxies);
  const answerHeaders = lowerCased(options.answerHeaders);
  const takes = (request: IncomingMessage): boolean => {
    const { headers } = request;
    if (request.method !== 'POST' || request.url !== '/graphql') return false;
    if (!JSON_TYPE.test(headers['content-type'] ?? '')) return false;
    if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
    const length = Number(headers['content-length']);
    return Number.isInteger(length) && length >= 0 && length <= options.bodyLimitBytes;
  };

  return (request, response) => {
    if (!takes(request)) return false;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', () => response.destroy());
    request.on('end', () => {
      answer(request, response, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        options.logger.error({ path: '/graphql', err: error }, 'unexpected HTTP error');
        if (response.headersSent) return response.destroy();
        const failure = options.errorAnswer({ status: 500 });
        send(response, failure.status, failure.body);
      });
    });
    return true;
  };

  function send(response: ServerResponse, status: number, body: string, headers: Record<string, string | string[]> = { 'content-type': 'application/json; charset=utf-8' }): void {
    response.writeHead(status, withAnswerHeaders(headers));
    response.end(body);
  }

  /** The API's headers for every answer, and `headers` over them (Apollo's own, as on the express path, where it sets them last). */
  function withAnswerHeaders(headers: Record<string, string | string[]>): Record<string, string | string[]> {
    return { ...answerHeaders, ...lowerCased(headers) };
  }

  async function answer(request: IncomingMessage, response: ServerResponse, text: string): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      const refusal = options.errorAnswer({ status: 400, type: 'entity.parse.failed', message: (error as Error).message });
      return send(response, refusal.status, refusal.body);
    }
    // As express's parser in strict mode: an object or an array, nothing else.
    if (typeof body !== 'object' || body === null) {
      const refusal = options.errorAnswer({ status: 400, type: 'entity.parse.failed', message: 'the body must be a JSON object' });
      return send(response, refusal.status, refusal.body);
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const cookies: string[] = [];
    const facts: GraphqlRequestFacts = {
      headers: request.headers,
      clientAddress: addressOf(request, trust),
      secure: protocolOf(request, trust) === 'https',
      addCookie: (value) => cookies.push(value),
    };
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => options.contextFor(facts),
    });

    const answerHeaders: Record<string, string | string[]> = Object.fromEntries(result.headers);
    if (cookies.length > 0) answerHeaders['set-cookie'] = cookies;
    if (result.body.kind === 'complete') return send(response, result.status ?? 200, result.body.string, answerHeaders);
    // An incremental answer (@defer, @stream), written as it comes.
    response.writeHead(result.status ?? 200, withAnswerHeaders(answerHeaders));
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

type Trust = (address: string, hop: number) => boolean;

/**
 * The caller's address as express's `req.ip` reads it: through X-Forwarded-For as far as the proxies are
 * trusted. Without the header that is the peer's own address, which proxy-addr would work out at some cost
 * (a twentieth of a trivial request's time, most of it parsing the address to test it against the trusted).
 */
function addressOf(request: IncomingMessage, trust: Trust): string {
  if (request.headers['x-forwarded-for'] === undefined) return request.socket.remoteAddress ?? 'unknown';
  return proxyAddr(request, trust);
}

/** The request's protocol as express's `req.protocol` reads it: X-Forwarded-Proto's first value when the peer is a trusted proxy. */
function protocolOf(request: IncomingMessage, trust: Trust): string {
  const own = (request.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const forwarded = request.headers['x-forwarded-proto'];
  if (forwarded === undefined || !trust(request.socket.remoteAddress ?? '', 0)) return own;
  return (Array.isArray(forwarded) ? forwarded[0]! : forwarded).split(',')[0]!.trim();
}

function lowerCased<Value>(headers: Readonly<Record<string, Value>>): Record<string, Value> {
  const lower: Record<string, Value> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return lower;
}
