/**
 * Validates OpenLineage events from a request body and keeps what Polder reads
 * (LineageEvent.ts). Every problem is reported with its JSON pointer (RFC 6901),
 * all of them at once, so a producer fixes an event in one round:
 *
 *   { "job": { "namespace": "ns" }, ... }  →  "/job/name is required"
 *   batch item 3 the same                  →  "/3/job/name is required"
 *
 * What is checked is what the spec requires and what Polder needs: eventTime,
 * producer and schemaURL on every event; run.runId and the job on run events; the
 * dataset on dataset events; namespace and name on every job and dataset. Names
 * become URNs (whatever they hold: formatUrn encodes `,` `(` `)` as a crawl of the
 * same table does), so they may not be empty nor longer than a URN may be, nor hold
 * a URI with a password (`postgres://etl:S3cret@db:5432`, see maskUriPassword.ts):
 * the error shows it masked, and the whole event (or batch) is refused, never stored.
 *
 * The kind of event is read from the fragment of `schemaURL`
 * (`...#/definitions/JobEvent`), as Marquez does; any other schemaURL is a run event.
 *
 * Facets: Polder reads documentation, ownership, sql, schema, dataQualityAssertions
 * and columnLineage, and checks the parts of them it reads. Any other facet is
 * ignored, never an error: producers add custom facets freely (the spec invites
 * it) and one Polder does not understand must not cost the event its lineage.
 * A facet sent as `null` is treated as absent.
 */
import { InvalidUrnError } from '@polder/graph-schema';
import { loneSurrogateIn } from '@polder/runtime';
import { parseEventTime } from './eventTime.ts';
import { batchProblems } from './batchProblems.ts';
import { maskUriPassword } from './maskUriPassword.ts';
import {
  RUN_EVENT_TYPES,
  type ColumnLineage,
  type ColumnLineageInput,
  type LineageDataset,
  type LineageEvent,
  type LineageJob,
  type QualityAssertion,
  type RunEventType,
  type SchemaField,
} from './LineageEvent.ts';
import { assertionCheckUrn, assertionResultUrn, datasetUrn, fieldUrn, jobUrn, runUrn } from './urns.ts';

// What the API checks of a valid request against the graph (a run already of another job), in the words of the checks above.
export { runOfAnotherJob } from './batchProblems.ts';
export { requestRuns, type RequestRun } from './requestRuns.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function validateLineageEvent(input: unknown): Validated<LineageEvent> {
  const reader = new EventReader();
  const event = reader.event(input, '');
  if (reader.errors.length > 0 || !event) return { ok: false, errors: reader.errors };
  const problems = batchProblems([event], () => '');
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value: event };
}

/** The most events one batch may hold: a request, not an archive. */
export const MAX_BATCH_EVENTS = 1_000;

/** A batch is a JSON array of events; pointers start with the event's index. */
export function validateLineageBatch(input: unknown): Validated<LineageEvent[]> {
  if (!Array.isArray(input)) return { ok: false, errors: ['The batch must be a JSON array of OpenLineage events'] };
  if (input.length > MAX_BATCH_EVENTS) {
    return { ok: false, errors: [`The batch holds ${input.length.toLocaleString('en-US')} events, over the ${MAX_BATCH_EVENTS.toLocaleString('en-US')} one request may carry: send it in several`] };
  }
  const reader = new EventReader();
  const events = input.map((item, index) => reader.event(item, `/${index}`));
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  const problems = batchProblems(events as LineageEvent[], (index) => `/${index}`);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value: events as LineageEvent[] };
}

type Json = Record<string, unknown>;

const EVENT_KIND = /#\/definitions\/(RunEvent|JobEvent|DatasetEvent)$/;
/**
 * Said after "/run is required" when the event names no kind: a producer that meant a static event
 * (Marquez reads the kind from schemaURL's fragment alone, and so does Polder) learns how to say so.
 */
function staticEventHint(body: Json, schemaURL: string | undefined): string {
  if (schemaURL === undefined || schemaURL.includes('#')) return '';
  const meant = body.dataset !== undefined ? 'DatasetEvent' : body.eventType === undefined ? 'JobEvent' : undefined;
  const which = meant ? `for a ${meant}, end schemaURL with #/definitions/${meant}` : 'a DatasetEvent or JobEvent ends schemaURL with #/definitions/DatasetEvent or #/definitions/JobEvent';
  return ` (a run event's; ${which})`;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The most inputs, or outputs, one event may name. */
export const MAX_DATASETS_PER_SIDE = 1_000;

class EventReader {
  readonly errors: string[] = [];

  event(input: unknown, at: string): LineageEvent | undefined {
    const body = this.object(input, at);
    if (!body) return undefined;
    const time = this.eventTime(body, at);
    this.string(body, 'producer', at, true);
    const schemaURL = this.string(body, 'schemaURL', at, true);
    const kind = EVENT_KIND.exec(schemaURL ?? '')?.[1] ?? 'RunEvent';

    if (kind === 'DatasetEvent') {
      const dataset = this.dataset(this.required(body, 'dataset', at), `${at}/dataset`, undefined);
      return time && dataset ? { kind, ...time, dataset } : undefined;
    }
    if (kind === 'JobEvent') {
      const { job, inputs, outputs } = this.jobAndDatasets(body, at);
      return time && job ? { kind, ...time, job, inputs, outputs } : undefined;
    }
    const eventType = this.eventType(body, at);
    if (body.run === undefined || body.run === null) this.errors.push(`${at}/run is required${staticEventHint(body, schemaURL)}`);
    const run = this.object(body.run ?? undefined, `${at}/run`);
    const runId = run ? this.uuid(run, 'runId', `${at}/run`) : undefined;
    if (runId) this.fitsUrn(`${at}/run/runId`, () => runUrn(runId));
    const { job, inputs, outputs } = this.jobAndDatasets(body, at);
    if (!time || !job || !runId) return undefined;
    return { kind: 'RunEvent', ...time, ...(eventType ? { eventType } : {}), runId, job, inputs, outputs };
  }

  private jobAndDatasets(body: Json, at: string): { job?: LineageJob; inputs: LineageDataset[]; outputs: LineageDataset[] } {
    const job = this.job(this.required(body, 'job', at), `${at}/job`);
    const inputs = this.datasets(body, 'inputs', at, 'inputFacets');
    const outputs = this.datasets(body, 'outputs', at, 'outputFacets');
    return { ...(job ? { job } : {}), inputs, outputs };
  }

  private eventTime(body: Json, at: string): { eventTime: string; version: string } | undefined {
    const text = this.string(body, 'eventTime', at, true);
    if (text === undefined) return undefined;
    const time = parseEventTime(text);
    if (!time) this.errors.push(`${at}/eventTime must be an RFC 3339 date-time with a time zone, e.g. 2024-01-31T12:00:00.000Z`);
    return time && { eventTime: time.iso, version: time.version };
  }

  private eventType(body: Json, at: string): RunEventType | undefined {
    const value = body.eventType;
    if (value === undefined || value === null) return undefined;
    if (!(RUN_EVENT_TYPES as readonly unknown[]).includes(value)) {
      this.errors.push(`${at}/eventType must be one of ${RUN_EVENT_TYPES.join(', ')}`);
      return undefined;
    }
    return value as RunEventType;
  }

  private job(value: unknown, at: string): LineageJob | undefined {
    const body = this.object(value, at);
    if (!body) return undefined;
    const namespace = this.name(body, 'namespace', at);
    const name = this.name(body, 'name', at);
    const facets = this.facets(body, at, ['facets'], JOB_FACETS);
    const job: LineageJob = { namespace: namespace ?? '', name: name ?? '' };
    const documentation = facets.get('documentation');
    if (documentation) assign(job, 'description', this.string(documentation.body, 'description', documentation.at, true));
    const sql = facets.get('sql');
    if (sql) assign(job, 'sql', this.string(sql.body, 'query', sql.at, true));
    const ownership = facets.get('ownership');
    if (ownership) assign(job, 'owners', this.owners(ownership.body, ownership.at));
    if (namespace === undefined || name === undefined) return undefined;
    this.fitsUrn(`${at}/name`, () => jobUrn(namespace, name));
    return job;
  }

  private datasets(body: Json, key: 'inputs' | 'outputs', at: string, ioFacets: string): LineageDataset[] {
    const list = this.array(body, key, at, false) ?? [];
    if (list.length > MAX_DATASETS_PER_SIDE) {
      // Not read one by one: a list that long is refused whole, with one error rather than one per item.
      this.errors.push(`${at}/${key} names ${list.length.toLocaleString('en-US')} datasets, over the ${MAX_DATASETS_PER_SIDE.toLocaleString('en-US')} one event may name`);
      return [];
    }
    return list.flatMap((item, index) => this.dataset(item, `${at}/${key}/${index}`, ioFacets) ?? []);
  }

  private dataset(value: unknown, at: string, ioFacets: string | undefined): LineageDataset | undefined {
    const body = this.object(value, at);
    if (!body) return undefined;
    const namespace = this.name(body, 'namespace', at);
    const name = this.name(body, 'name', at);
    const facets = this.facets(body, at, ioFacets ? ['facets', ioFacets] : ['facets'], DATASET_FACETS);
    const dataset: LineageDataset = { namespace: namespace ?? '', name: name ?? '' };
    const documentation = facets.get('documentation');
    if (documentation) assign(dataset, 'description', this.string(documentation.body, 'description', documentation.at, true));
    const ownership = facets.get('ownership');
    if (ownership) assign(dataset, 'owners', this.owners(ownership.body, ownership.at));
    const schema = facets.get('schema');
    if (schema) assign(dataset, 'fields', this.schemaFields(schema.body, schema.at));
    const assertions = facets.get('dataQualityAssertions');
    if (assertions) assign(dataset, 'assertions', this.assertions(assertions.body, assertions.at));
    const columnLineage = facets.get('columnLineage');
    if (columnLineage) assign(dataset, 'columnLineage', this.columnLineage(columnLineage.body, columnLineage.at));
    if (namespace === undefined || name === undefined) return undefined;
    this.fitsUrn(`${at}/name`, () => datasetUrn(namespace, name));
    dataset.fields?.forEach((field, index) => this.fitsUrn(`${schema!.at}/fields/${index}/name`, () => fieldUrn(namespace, name, field.name)));
    for (const lineage of dataset.columnLineage ?? []) {
      this.fitsUrn(`${columnLineage!.at}/fields/${escapePointer(lineage.field)}`, () => fieldUrn(namespace, name, lineage.field));
    }
    dataset.assertions?.forEach((item, index) =>
      this.fitsUrn(`${assertions!.at}/assertions/${index}`, () => assertionResultUrn(assertionCheckUrn(namespace, name, item.assertion, item.column), 'x')),
    );
    return dataset;
  }

  /** The known facets of a job or dataset, from `facets` and, for datasets, `inputFacets` / `outputFacets`. */
  private facets(body: Json, at: string, keys: string[], names: readonly string[]): Map<string, { body: Json; at: string }> {
    const known = new Map<string, { body: Json; at: string }>();
    for (const key of keys) {
      const value = body[key];
      if (value === undefined || value === null) continue;
      const facets = this.object(value, `${at}/${key}`);
      if (!facets) continue;
      for (const name of names) {
        if (known.has(name) || facets[name] === undefined || facets[name] === null) continue;
        const facet = this.object(facets[name], `${at}/${key}/${name}`);
        if (facet) known.set(name, { body: facet, at: `${at}/${key}/${name}` });
      }
    }
    return known;
  }

  private owners(facet: Json, at: string): string[] | undefined {
    const owners = this.array(facet, 'owners', at, true);
    return owners?.flatMap((owner, index) => {
      const body = this.object(owner, `${at}/owners/${index}`);
      return (body && this.string(body, 'name', `${at}/owners/${index}`, true)) ?? [];
    });
  }

  private schemaFields(facet: Json, at: string): SchemaField[] | undefined {
    const fields = this.array(facet, 'fields', at, true);
    return fields?.flatMap((item, index) => {
      const where = `${at}/fields/${index}`;
      const body = this.object(item, where);
      if (!body) return [];
      const name = this.name(body, 'name', where);
      const field: SchemaField = { name: name ?? '' };
      assign(field, 'type', this.string(body, 'type', where, false));
      assign(field, 'description', this.string(body, 'description', where, false));
      return name === undefined ? [] : [field];
    });
  }

  private assertions(facet: Json, at: string): QualityAssertion[] | undefined {
    const assertions = this.array(facet, 'assertions', at, true);
    return assertions?.flatMap((item, index) => {
      const where = `${at}/assertions/${index}`;
      const body = this.object(item, where);
      if (!body) return [];
      const assertion = this.string(body, 'assertion', where, true);
      const success = this.boolean(body, 'success', where, true);
      const column = this.string(body, 'column', where, false);
      if (assertion === undefined || success === undefined) return [];
      return [{ assertion, success, ...(column === undefined ? {} : { column }) }];
    });
  }

  private columnLineage(facet: Json, at: string): ColumnLineage[] | undefined {
    const fields = this.object(this.required(facet, 'fields', at), `${at}/fields`);
    if (!fields) return undefined;
    return Object.entries(fields).flatMap(([field, value]) => {
      const where = `${at}/fields/${escapePointer(field)}`;
      const nameOk = this.nameValue(field, where);
      const body = this.object(value, where);
      if (!body) return [];
      const inputFields = (this.array(body, 'inputFields', where, true) ?? []).flatMap((item, index) => this.columnLineageInput(item, `${where}/inputFields/${index}`) ?? []);
      const lineage: ColumnLineage = { field, inputFields };
      assign(lineage, 'transformationType', this.string(body, 'transformationType', where, false));
      assign(lineage, 'transformationDescription', this.string(body, 'transformationDescription', where, false));
      return nameOk ? [lineage] : [];
    });
  }

  private columnLineageInput(value: unknown, at: string): ColumnLineageInput | undefined {
    const body = this.object(value, at);
    if (!body) return undefined;
    const namespace = this.name(body, 'namespace', at);
    const name = this.name(body, 'name', at);
    const field = this.name(body, 'field', at);
    const transformations = (this.array(body, 'transformations', at, false) ?? []).flatMap((item, index) => {
      const where = `${at}/transformations/${index}`;
      const transformation = this.object(item, where);
      if (!transformation) return [];
      const type = this.string(transformation, 'type', where, true);
      const parsed: ColumnLineageInput['transformations'][number] = { type: type ?? '' };
      assign(parsed, 'subtype', this.string(transformation, 'subtype', where, false));
      assign(parsed, 'description', this.string(transformation, 'description', where, false));
      assign(parsed, 'masking', this.boolean(transformation, 'masking', where, false));
      return type === undefined ? [] : [parsed];
    });
    if (namespace === undefined || name === undefined || field === undefined) return undefined;
    this.fitsUrn(`${at}/field`, () => fieldUrn(namespace, name, field));
    return { namespace, name, field, transformations };
  }

  // --- Primitives: each reports its own error and returns undefined on failure.

  private required(body: Json, key: string, at: string): unknown {
    const value = body[key];
    if (value === undefined || value === null) {
      this.errors.push(`${at}/${key} is required`);
      return undefined;
    }
    return value;
  }

  /** `undefined` means "already reported" (or absent and optional): no second error for the same spot. */
  private object(value: unknown, at: string): Json | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.errors.push(`${at || 'The event'} must be a JSON object`);
      return undefined;
    }
    return value as Json;
  }

  private array(body: Json, key: string, at: string, required: boolean): unknown[] | undefined {
    const value = required ? this.required(body, key, at) : body[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.errors.push(`${at}/${key} must be an array`);
      return undefined;
    }
    return value;
  }

  private string(body: Json, key: string, at: string, required: boolean): string | undefined {
    const value = required ? this.required(body, key, at) : body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.errors.push(`${at}/${key} must be a string`);
      return undefined;
    }
    const broken = loneSurrogateIn(value, `${at}/${key}`);
    if (broken) {
      this.errors.push(`${broken} is half of a UTF-16 surrogate pair, not a character`);
      return undefined;
    }
    return value;
  }

  private boolean(body: Json, key: string, at: string, required: boolean): boolean | undefined {
    const value = required ? this.required(body, key, at) : body[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.errors.push(`${at}/${key} must be true or false`);
      return undefined;
    }
    return value;
  }

  /** A required string that becomes part of a URN. */
  /** The spec (and Marquez) make a run id a UUID: anything else is a producer bug worth hearing about. */
  private uuid(body: Json, key: string, at: string): string | undefined {
    const value = this.string(body, key, at, true);
    if (value === undefined) return undefined;
    if (UUID.test(value)) return value;
    this.errors.push(`${at}/${key} must be a UUID: ${show(value)}`);
    return undefined;
  }

  private name(body: Json, key: string, at: string): string | undefined {
    const value = this.string(body, key, at, true);
    if (value === undefined) return undefined;
    return this.nameValue(value, `${at}/${key}`) ? value : undefined;
  }

  private nameValue(value: string, at: string): boolean {
    // First, so that no other error echoes the password: `value` may also hold spaces.
    const masked = maskUriPassword(value.trim());
    if (masked !== undefined) this.errors.push(`${at} must not carry a password: ${show(masked)}`);
    else if (value.length === 0) this.errors.push(`${at} must not be empty`);
    else return true;
    return false;
  }

  /** URNs are capped in length (urn.ts); the parts were checked one by one already. */
  private fitsUrn(at: string, format: () => string): void {
    try {
      format();
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      this.errors.push(`${at} is too long: ${error.message}`);
    }
  }
}

/** The facets Polder reads; any other is ignored (see the header). */
const JOB_FACETS = ['documentation', 'sql', 'ownership'];
const DATASET_FACETS = ['documentation', 'ownership', 'schema', 'dataQualityAssertions', 'columnLineage'];

/** Sets an optional property only when it has a value, so parsed events hold no `undefined` keys. */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** RFC 6901: `~` and `/` in a key are escaped in a pointer. */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function show(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}
