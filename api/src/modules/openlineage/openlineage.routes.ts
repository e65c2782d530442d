/**
 * OpenLineage over HTTP, as Marquez answers it, so Airflow, Spark and dbt
 * integrations work by pointing their `url` at Polder:
 *
 *   POST /api/v1/lineage        one event         → 201, empty body
 *   POST /api/v1/lineage/batch  a JSON array      → 201, empty body (all or nothing)
 *
 * except that a 201 has a body when a dataset the events name was left out (a table that the
 * include/exclude of the source crawling its database leave out of the catalog: map.ts), saying
 * which and why: `{"message": "...", "warnings": ["...", ...]}`. OpenLineage clients ignore the
 * body of a 2xx; whoever reads it learns why that table has no lineage.
 *
 * Pushing lineage needs an API token with the WRITE scope whose account is a
 * domain owner or an admin, sent the way the OpenLineage HTTP transport sends its
 * `api_key`: `Authorization: Bearer <token>` (401 without one, 403 when it may not).
 *
 * Failures are JSON in Dropwizard's (Marquez's) shape, `{"code": 400, "message": "..."}`,
 * plus `errors` listing every validation problem (up to 100) with its JSON pointer:
 * 400 invalid JSON or event, 405 another method than POST, 413 body over 5 MB, 415 not JSON, 503 graph
 * unreachable, 500 anything else (logged here, masked for the caller: never a stack trace).
 */
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { Logger } from '@polder/runtime';
import type { GraphQLError } from 'graphql';
import type { ApiDependencies } from '../../context.ts';
import { isExpectedError, isServiceUnavailable } from '../../errors.ts';
import type { AccessService } from '../access/access.service.ts';
import { assertAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { requestCredentials } from '../access/requestCredentials.ts';
import { OpenLineageService, type IngestResult } from './openlineage.service.ts';

export const LINEAGE_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
const JSON_TYPES = ['application/json', 'application/*+json'];
/** Enough for a producer to fix a whole batch; a response of 10,000 errors (or warnings) would help nobody. */
const MAX_REPORTED = 100;
/** How many of them a response's message names. */
const NAMED_IN_MESSAGE = 5;

export function openLineageRoutes(deps: ApiDependencies, access: AccessService): Router {
  const service = new OpenLineageService(deps.driver, deps.database, deps.logger);
  const router = Router();
  // express.json inflates gzip and deflate bodies (the OpenLineage HTTP transport's `compression`).
  const body = express.json({ limit: LINEAGE_BODY_LIMIT_BYTES, type: JSON_TYPES });
  const mayIngest = requireIngestPermission(access);
  router.post('/lineage', mayIngest, requireJson, body, async (request, response) => {
    respond(response, await service.ingestEvent(request.body, pusherOf(response)));
  });
  router.post('/lineage/batch', mayIngest, requireJson, body, async (request, response) => {
    respond(response, await service.ingestBatch(request.body, pusherOf(response)));
  });
  // Another method on these paths is a wrong method, not a missing endpoint.
  router.all(['/lineage', '/lineage/batch'], (request, response) => {
    response.set('Allow', 'POST');
    fail(response, 405, `${request.method} ${request.originalUrl.split('?')[0]} is not served: send events with POST`);
  });
  router.use(answerErrors(deps.logger));
  return router;
}

function requireIngestPermission(access: AccessService) {
  return async (request: Request, response: Response, next: (error?: unknown) => void): Promise<void> => {
    try {
      const principal = await access.authenticate(requestCredentials(request.headers));
      assertAllowed(principal, { kind: 'ingestLineage' });
      response.locals.pusher = principal;
      next();
    } catch (error) {
      if (!isExpectedError(error)) return next(error);
      const code = (error as GraphQLError).extensions.code === 'FORBIDDEN' ? 403 : 401;
      fail(response, code, (error as GraphQLError).message);
    }
  };
}

/** Who pushes, as requireIngestPermission found them. */
function pusherOf(response: Response): Principal {
  return response.locals.pusher as Principal;
}

function requireJson(request: Request, response: Response, next: () => void): void {
  // `is` is null when there is no body at all, false when the body is of another type.
  const type = request.is(JSON_TYPES);
  if (type === null) fail(response, 400, 'The request has no body: send an OpenLineage event as JSON');
  else if (type === false) fail(response, 415, 'Content-Type must be application/json');
  else next();
}

function respond(response: Response, result: IngestResult): void {
  if (result.kind === 'applied') {
    if (result.leftOut.length === 0) response.status(201).end();
    else response.status(201).json({ message: `Written, except: ${inMessage(result.leftOut)}`, warnings: result.leftOut.slice(0, MAX_REPORTED) });
    return;
  }
  if (result.kind === 'forbidden') {
    fail(response, 403, result.message);
    return;
  }
  const { errors } = result;
  response.status(400).json({ code: 400, message: inMessage(errors), errors: errors.slice(0, MAX_REPORTED) });
}

/** The first few of a response's problems, and how many more there are. */
function inMessage(problems: string[]): string {
  const more = problems.length - NAMED_IN_MESSAGE;
  return problems.slice(0, NAMED_IN_MESSAGE).join('; ') + (more > 0 ? `; and ${more} more` : '');
}

function answerErrors(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; expose?: boolean; message?: string }, request, response, _next) => {
    // body-parser's errors, by its documented `type`.
    if (error.type === 'entity.too.large') {
      return fail(response, 413, `The request body is larger than the limit of 5 MB (${LINEAGE_BODY_LIMIT_BYTES} bytes); send large batches in several requests`);
    }
    if (error.type === 'entity.parse.failed') return fail(response, 400, `The request body is not valid JSON: ${error.message}`);
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return fail(response, 415, error.message ?? 'Unsupported encoding');
    if (error.expose && error.status && error.status < 500) return fail(response, error.status, error.message ?? 'Bad request');
    if (isServiceUnavailable(error)) return fail(response, 503, 'The catalog graph is unavailable right now; try again shortly.');
    logger.error({ path: request.path, err: error }, 'unexpected OpenLineage error');
    return fail(response, 500, 'Internal error');
  };
}

function fail(response: Response, code: number, message: string): void {
  response.status(code).json({ code, message });
}
