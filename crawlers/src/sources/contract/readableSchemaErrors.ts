/**
 * Turns ajv's errors for one contract into what its author needs to read: one
 * problem per mistake, named by the JSON pointer of the value (or of the
 * missing or unknown key) it is about.
 *
 * The ODCS schema picks sub-schemas with `if`/`then` (a server's fields by its
 * `type`, a quality rule's by its `type`) and `oneOf`/`anyOf` (the comparison
 * operators of a rule, `team` as an object or a list). Reported as ajv has them,
 * one mistake there reads as five. So:
 *
 * - `must match "then" schema` is dropped: the errors of the `then` say why.
 * - A `oneOf`/`anyOf` whose alternatives each require one key (mustBe,
 *   mustBeGreaterThan, ...) becomes `must have exactly one of mustBe, ...`
 *   instead of one "must have required property" per alternative.
 * - Alternatives of another JSON type than the value are not what the author
 *   meant: their `type` errors are dropped, and the errors of the alternative of
 *   the value's type stand for the whole. When no alternative has the value's
 *   type, one `must be object or array` says so.
 * - When a branch fails, ajv forgets which keys it declared, and reports them
 *   as `unevaluatedProperties` ("must NOT have unevaluated properties") although
 *   they are fine: a server of type postgres without `host` would also be told
 *   its `port` is not allowed. Such an error is dropped when the key is declared
 *   by a branch that failed at the same place.
 */
import type { ErrorObject } from 'ajv/dist/2019.js';
import type { ContractProblem } from './ContractError.ts';
import type { JsonSchema } from './odcsSchema.ts';

export function readableSchemaErrors(errors: ErrorObject[], root: JsonSchema): ContractProblem[] {
  const failedBranches = new Map<string, JsonSchema[]>();
  const failedAt = (path: string, branch: JsonSchema) => failedBranches.set(path, [...(failedBranches.get(path) ?? []), branch]);
  const dropped = new Set<ErrorObject>();
  const rewritten = new Map<ErrorObject, string>();

  for (const error of errors) {
    if (error.keyword === 'if') {
      dropped.add(error);
      failedAt(error.instancePath, resolve((error.parentSchema as JsonSchema).then, root));
    } else if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      const alternatives = (error.schema as JsonSchema[]).map((alternative) => resolve(alternative, root));
      alternatives.forEach((alternative) => failedAt(error.instancePath, alternative));
      const atPath = errors.filter((other) => other.instancePath === error.instancePath && alternatives.includes(other.parentSchema as JsonSchema));
      if (alternatives.every(requiresOneKey)) {
        atPath.filter((other) => other.keyword === 'required').forEach((other) => dropped.add(other));
        const keys = alternatives.flatMap((alternative) => alternative.required as string[]);
        rewritten.set(error, `must have ${error.keyword === 'oneOf' ? 'exactly' : 'at least'} one of ${keys.join(', ')}`);
        continue;
      }
      const typeErrors = atPath.filter((other) => other.keyword === 'type');
      typeErrors.forEach((other) => dropped.add(other));
      if (typeErrors.length === alternatives.length) {
        const types = [...new Set(typeErrors.flatMap((other) => other.params.type as string | string[]))];
        rewritten.set(error, `must be ${orList(types)}`);
      } else if (error.keyword === 'anyOf' || error.params.passingSchemas === null) {
        // Failed for want of a match, not for matching twice: the alternatives' own errors say why.
        dropped.add(error);
      }
    }
  }

  const readable = errors.filter((error) => !dropped.has(error) && !isEchoOfFailedBranch(error, failedBranches, root));
  // An invalid contract must never read as a valid one: should the rules above leave nothing, ajv's own errors stand.
  const kept = readable.length > 0 ? readable : errors;

  const problems = new Map<string, ContractProblem>();
  for (const error of kept) {
    const problem = describe(error, rewritten.get(error));
    problems.set(`${problem.pointer} ${problem.message}`, problem);
  }
  return [...problems.values()];
}

function describe(error: ErrorObject, rewritten: string | undefined): ContractProblem {
  const at = error.instancePath;
  if (rewritten) return { pointer: at, message: rewritten };
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${escape(error.params.missingProperty as string)}`, message: 'is required' };
    case 'additionalProperties':
      return { pointer: `${at}/${escape(error.params.additionalProperty as string)}`, message: 'is not allowed here' };
    case 'unevaluatedProperties':
      return { pointer: `${at}/${escape(error.params.unevaluatedProperty as string)}`, message: 'is not allowed here' };
    case 'enum':
      return { pointer: at, message: `${error.message} (${(error.params.allowedValues as unknown[]).map(String).join(', ')})` };
    default:
      return { pointer: at, message: error.message ?? error.keyword };
  }
}

function isEchoOfFailedBranch(error: ErrorObject, failedBranches: Map<string, JsonSchema[]>, root: JsonSchema): boolean {
  if (error.keyword !== 'unevaluatedProperties') return false;
  const branches = failedBranches.get(error.instancePath) ?? [];
  const key = error.params.unevaluatedProperty as string;
  return branches.some((branch) => declaredProperties(branch, root).has(key));
}

/** The keys a schema names under `properties`, through its `$ref`s and sub-schemas. */
function declaredProperties(schema: unknown, root: JsonSchema, names = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!isSchema(schema) || seen.has(schema)) return names;
  seen.add(schema);
  for (const name of Object.keys((schema.properties as JsonSchema | undefined) ?? {})) names.add(name);
  if (typeof schema.$ref === 'string') declaredProperties(resolve(schema, root), root, names, seen);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const sub of (schema[key] as unknown[] | undefined) ?? []) declaredProperties(sub, root, names, seen);
  }
  for (const key of ['then', 'else'] as const) declaredProperties(schema[key], root, names, seen);
  return names;
}

function requiresOneKey(schema: JsonSchema): boolean {
  return Array.isArray(schema.required) && schema.required.length === 1 && schema.type === undefined;
}

/** The schema a `$ref` (local to the ODCS schema, as all of its are) points at; any other schema as it is. */
function resolve(schema: unknown, root: JsonSchema): JsonSchema {
  if (!isSchema(schema) || typeof schema.$ref !== 'string' || !schema.$ref.startsWith('#')) return schema as JsonSchema;
  let target: unknown = root;
  for (const segment of schema.$ref.slice(1).split('/').slice(1)) target = (target as JsonSchema)[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  return resolve(target, root);
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escape(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
