/**
 * The API's HTTP server: GraphQL at /graphql, OpenLineage push at /api/v1/lineage,
 * liveness at /healthz and readiness (Neo4j and Meilisearch reachable) at /readyz.
 * Binds to loopback by default.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { DEFAULT_OPERATION_LIMITS } from '@polder/runtime';
import { getVariableValues, GraphQLError } from 'graphql';
import { createContext, type ApiContext, type ApiDependencies } from './context.ts';
import { isExpectedError, isServiceUnavailable } from './errors.ts';
import { polderSchema } from './schema.ts';
import { operationLimitsRule } from './limits/operationLimits.ts';
import { costSettingsFor, operationCost, type CostSettings } from './limits/operationCost.ts';
import { compiledExecutionGateway } from './graphql/compiledExecution.ts';
import { knownOperationTypesRule } from './graphql/knownOperationTypesRule.ts';
import { refuseHalfCharacters } from './graphql/wholeCharacters.ts';
import { openLineageRoutes } from './modules/openlineage/openlineage.routes.ts';
import { AccessService, DEFAULT_ACCESS_SETTINGS } from './modules/access/access.service.ts';
import { requestCredentials } from './modules/access/requestCredentials.ts';
import { clearedSessionCookie, sessionCookie } from './modules/access/sessionCookie.ts';
import { directGraphqlRoute, type GraphqlRequestFacts } from './http/directGraphqlRoute.ts';
import { mutationGate } from './modules/access/mutationGate.ts';

/** The largest request body read, on either path (express's parser and the direct GraphQL route), and as errors name it. */
const REQUEST_BODY_LIMIT_BYTES = 1024 * 1024;
export const REQUEST_BODY_LIMIT = `${REQUEST_BODY_LIMIT_BYTES / (1024 * 1024)}mb`;

/**
 * Every answer depends on who asks (what they may see, what is masked for them): no cache between the API and
 * its callers may keep one for the next caller. And no browser sniffs a JSON answer into a page.
 */
const ANSWER_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } as const;

export interface ApiServer {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export async function startApiServer(deps: ApiDependencies, listen: { host: string; port: number }): Promise<ApiServer> {
  const app = express();
  // The web catalog calls on behalf of browsers and says whose request it is (x-forwarded-for); the
  // sign-in limit counts per that address. Only the web is believed: from loopback unless configured.
  const trustedProxies = deps.trustedProxies ?? ['loopback'];
  app.set('trust proxy', trustedProxies);
  // Nobody need be told which framework answers.
  app.set('x-powered-by', false);
  // No ETag: every answer here is to a POST or changes with the graph, so nobody revalidates one, and
  // express would hash each body for it (a 1,000-node lineage answer is 300 kB).
  app.set('etag', false);
  app.use((_request, response, next) => {
    response.set(ANSWER_HEADERS);
    next();
  });
  // The common GraphQL request skips express (http/directGraphqlRoute.ts); every other goes through it.
  let direct: ((request: IncomingMessage, response: ServerResponse) => boolean) | undefined;
  const httpServer = createServer((request, response) => {
    if (!direct?.(request, response)) app(request, response);
  });
  // One per server: its sign-in rate limiter counts across requests.
  const access = new AccessService(deps.driver, { ...DEFAULT_ACCESS_SETTINGS, ...deps.access }, deps.database);
  const apollo = new ApolloServer<ApiContext>({
    gateway: compiledExecutionGateway(await polderSchema()),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Polder sets no cache hints; Apollo's default cache-control plugin would still wrap every field's resolver (about 5 % of a 1,000-node lineage answer).
      ApolloServerPluginCacheControlDisabled(),
      // Operations never leave the machine for Apollo's cloud, even when an APOLLO_KEY happens to be in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      logUnexpectedErrors(),
      mutationGate(),
      refuseHalfCharacters(),
      reportGraphQueryCount(),
      limitOperationCost(deps.operationLimits?.maxCost ?? DEFAULT_OPERATION_LIMITS.maxCost, costSettingsFor(deps.lineage.maxNodes)),
    ],
    includeStacktraceInErrorResponses: false,
    introspection: deps.introspection ?? true,
    validationRules: [knownOperationTypesRule, operationLimitsRule(deps.operationLimits ?? DEFAULT_OPERATION_LIMITS)],
    formatError: (formatted, error) => {
      // Apollo codes every invalid operation GRAPHQL_VALIDATION_FAILED; a refusal by the operation limits keeps
      // its own BAD_USER_INPUT, as the cost limit's does: the operation is valid, only too big.
      const refusal = (error as GraphQLError).originalError as GraphQLError | undefined;
      if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && refusal?.extensions?.code === 'BAD_USER_INPUT') {
        return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
      }
      const original = unwrapResolverError(error);
      if (isExpectedError(error) || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      if (isServiceUnavailable(original)) {
        return { message: 'The catalog graph is unavailable right now; try again shortly.', extensions: { code: 'UNAVAILABLE' } };
      }
      return { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const [graph, search] = await Promise.all([
      deps.driver.getServerInfo({ database: deps.database }).then(() => 'ok', () => 'unavailable'),
      deps.meili.isHealthy().then((healthy) => (healthy ? 'ok' : 'unavailable'), () => 'unavailable'),
    ]);
    const ready = graph === 'ok' && search === 'ok';
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', neo4j: graph, meilisearch: search });
  });
  // OpenLineage push (Marquez-compatible): its own body limit and error answers, see openlineage.routes.ts.
  app.use('/api/v1', openLineageRoutes(deps, access));
  // A request's context, whichever way it came.
  const contextFor = async ({ headers, clientAddress, secure, addCookie }: GraphqlRequestFacts): Promise<ApiContext> => {
    const credentials = requestCredentials(headers);
    const principal = await access.authenticate(credentials).catch((error: unknown) => {
      // Refused credentials answer 401, before any resolver runs.
      if (isExpectedError(error)) throw withHttpStatus(error as GraphQLError, 401);
      if (isServiceUnavailable(error)) {
        throw new GraphQLError('The catalog graph is unavailable right now; try again shortly.', { extensions: { code: 'UNAVAILABLE', http: { status: 503 } } });
      }
      throw error;
    });
    return createContext(deps, {
      principal,
      access,
      http: {
        clientAddress,
        credentials,
        setSessionCookie: (secret, expiresAt) => addCookie(sessionCookie(secret, expiresAt, secure)),
        clearSessionCookie: () => addCookie(clearedSessionCookie(secure)),
      },
    });
  };
  direct = directGraphqlRoute({
    apollo,
    contextFor,
    trustedProxies,
    bodyLimitBytes: REQUEST_BODY_LIMIT_BYTES,
    answerHeaders: ANSWER_HEADERS,
    errorAnswer: httpErrorAnswer,
    logger: deps.logger,
  });
  app.use(
    '/graphql',
    express.json({ limit: REQUEST_BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        contextFor({ headers: req.headers, clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown', secure: req.secure, addCookie: (value) => res.append('Set-Cookie', value) }),
    }),
  );

  // Any other path: a 404 in the same JSON shape, not express's HTML page.
  app.use((request, response) => {
    response.status(404).json({
      errors: [{ message: `no such endpoint: ${request.method} ${request.path} (the API answers at /graphql, /api/v1/lineage, /healthz and /readyz)`, extensions: { code: 'NOT_FOUND' } }],
    });
  });
  app.use(jsonErrors(deps));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  return {
    url: `http://${listen.host}:${port}`,
    server: httpServer,
    stop: () => apollo.stop(),
  };
}

function withHttpStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

/**
 * The last word on errors outside GraphQL (a body too large, malformed JSON):
 * a JSON answer with the status the error carries, never express's default
 * HTML page with a stack trace.
 */
function jsonErrors(deps: ApiDependencies): express.ErrorRequestHandler {
  return (error: HttpError, request, response, _next) => {
    const { status, body } = httpErrorAnswer(error);
    if (status >= 500) deps.logger.error({ path: request.path, err: error }, 'unexpected HTTP error');
    response.status(status).type('application/json').send(body);
  };
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
}

/** The status and JSON body answering an error outside GraphQL (body-parser's, or the direct route's alike). */
function httpErrorAnswer(error: HttpError): { status: number; body: string } {
  const status = error.status ?? error.statusCode ?? 500;
  const message =
    error.type === 'entity.too.large'
      ? `request body is larger than the ${REQUEST_BODY_LIMIT} limit`
      : error.type === 'entity.parse.failed'
        ? `request body is not valid JSON: ${error.message}`
        : status >= 500
          ? 'Internal error'
          : (error.message ?? 'Bad request');
  const code = status === 413 || status === 400 ? 'BAD_USER_INPUT' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

/**
 * How many Cypher queries an operation sent, in the `x-polder-graph-queries`
 * response header: how tests hold every operation to its N+1 budget.
 */
function reportGraphQueryCount(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('x-polder-graph-queries', String(contextValue.graph.queryCount));
        },
      };
    },
  };
}

/**
 * Refuses an operation whose answer may hold more than `maxCost` values, lists counted at their page
 * sizes (limits/operationCost.ts), before it runs. Here and not among the validation rules: a page size
 * may be a variable, and validation (cached per document) does not see variables.
 */
function limitOperationCost(maxCost: number, settings: CostSettings): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo refuses a document without the operation asked for
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are execution's to report, with its own messages.
          if (!variables.coerced) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, variables.coerced, settings);
          } catch (error) {
            // An argument its variable cannot fill (null for a non-null one with a default). Execution would
            // fail on it too, but as an unexpected error that the caller only sees masked.
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw error;
          }
          if (cost <= maxCost) return;
          const name = operation.name ? `operation ${operation.name.value}` : 'the operation';
          throw new GraphQLError(
            `${name} may return ${cost.toLocaleString('en')} values, counting each list at its page size; the limit is ${maxCost.toLocaleString('en')}: ask for smaller pages or fewer nested lists`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, cost, maxCost } },
          );
        },
      };
    },
  };
}

/**
 * Apollo's own refusals of a request: a query that does not parse or validate, none at all, an operation name
 * the document does not hold, a mutation sent by GET. The caller's mistakes, answered 400 with their code,
 * not the server's: an operator need not read them among the errors.
 */
const CALLERS_MISTAKES: ReadonlySet<unknown> = new Set(Object.values(ApolloServerErrorCode).filter((code) => code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR));

/** Unexpected errors are masked for the caller, so they must be logged here, with the operation. */
function logUnexpectedErrors(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName, contextValue }) {
          for (const error of errors) {
            if (isExpectedError(error) || CALLERS_MISTAKES.has(error.extensions?.code)) continue;
            contextValue.logger?.error({ operationName, path: error.path, err: unwrapResolverError(error) }, 'unexpected API error');
          }
        },
      };
    },
  };
}
