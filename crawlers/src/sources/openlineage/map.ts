/**
 * Maps validated OpenLineage events to a graph delta. Pure: no I/O, so it is
 * unit-tested with literal events.
 *
 *   (Run)-[:RUN_OF]->(Job)-[:READS]->(input Dataset)
 *                        (Job)-[:WRITES]->(output Dataset)-[:DERIVES_FROM {job, transformation: 'JOB'}]->(input Dataset)
 *   (Dataset)-[:HAS_FIELD]->(Field)-[:DERIVES_FROM {job, transformation}]->(Field)   ← columnLineage facet
 *   (CheckResult)-[:RESULT_OF]->(QualityCheck)-[:CHECKS]->(Dataset|Field)              ← dataQualityAssertions facet
 *
 * An assertion is a check of the dataset (of the column it names), and its outcome a
 * result of that check in the event's run (the event time for an event without a run),
 * so assertions count in quality and trust like any check, and a failing one opens an
 * incident on the asset (the writer's reconcileIncidents) that a later pass resolves.
 *
 * Every fact carries the event time as its version (GraphDelta.ts), which is what
 * makes events order-free: the graph keeps, per property, the latest event's
 * value. Two facts are deliberately written at the lowest version, so they only
 * fill a gap and never hide a real value:
 * - a run's `OTHER` state: OTHER events (and events without an eventType) carry
 *   extra metadata, not a transition (OpenLineage spec), so they must not turn a
 *   COMPLETE run into an OTHER one; a run known only through them is OTHER.
 * - a field's placeholders (type UNKNOWN, position 0, ...) for a column known only
 *   by name, from column lineage or a schema facet that leaves them out.
 *
 * Every edge's ends are nodes of the same delta, created if missing, so an edge
 * never waits for the event that describes its end: a column lineage that
 * arrives before the schema of its input still lands.
 *
 * A dataset of a crawled store (a PostgreSQL table of a source in polder.yaml) is
 * the crawler's: the event's edges land on the crawler's dataset and columns, and
 * its facets about them (description, owners, schema) are not written
 * (crawledStores.ts). One exception: the schema of a table the crawler has not
 * read yet (`uncrawled`) is written, for the crawl to replace (see field()).
 *
 * A table of a crawled store that its source's include/exclude leave out is the
 * catalog's no more when an event names it than when the crawler finds it: it gets
 * no node, and nothing the event says of it is written (its schema, column lineage,
 * assertions), nor any edge to or from it (READS, WRITES, DERIVES_FROM, a column's
 * DERIVES_FROM). The rest of the event is written, and `leftOut` says which dataset
 * was left out and why, for the pusher. The job and its run are still written, even
 * when every dataset the event names is left out: they are the producer's, not the
 * store's, and a run's events rarely all name its datasets (a COMPLETE often names
 * none), so dropping the job with its datasets would keep one event of a run and not
 * another. Such a job then shows its runs and no datasets, which is what the catalog
 * holds of what it ran.
 */
import { formatUrn, parseUrn, type Label, type PropertyMap, type RelationshipType } from '@polder/graph-schema';
import { MIN_VERSION, type GraphDelta } from '../../writer/GraphDelta.ts';
import { CrawledStores, type CrawledDataset } from './crawledStores.ts';
import { datasetPlatform } from './datasetPlatform.ts';
import type { ColumnLineage, ColumnLineageInput, LineageDataset, LineageEvent, LineageJob, QualityAssertion, RunEventType } from './LineageEvent.ts';
import { assertionCheckUrn, assertionResultUrn, datasetUrn, fieldUrn, jobUrn, openLineageProvider, runUrn } from './urns.ts';
import { withoutCredentials } from '../withoutCredentials.ts';

/**
 * Which state a run is in when two of its events carry the same time, as second-resolution
 * timestamps often do: the later one in OpenLineage's order, START, RUNNING, then a terminal state,
 * so a run that starts and completes within one second is COMPLETE, not START. Of two terminal
 * states at one time the graver wins, FAIL over ABORT over COMPLETE: a producer that reports both
 * saw the run fail, and a failure must not hide behind a success.
 *
 * The rank is appended to the state's version, `2020-02-22T22:08:00.000000000Z` + `3`: versions
 * are fixed-width up to their `Z`, so the suffix sorts after the same time without one (a state
 * written before this rule) and before any later time: it only breaks ties.
 */
const STATE_RANK: Record<Exclude<RunEventType, 'OTHER'>, string> = { START: '1', RUNNING: '2', COMPLETE: '3', ABORT: '4', FAIL: '5' };

/** Field properties the GraphQL schema requires, for a column whose source did not say. */
const FIELD_PLACEHOLDERS: PropertyMap = { position: 0, dataType: 'UNKNOWN', nullable: true, isPrimaryKey: false, isUnique: false };

/** The events as a graph delta, and what of them is left out of it. */
export interface LineageMapping {
  delta: GraphDelta;
  /** Why each dataset the events name that is not written was left out, once per dataset (see the header). */
  leftOut: string[];
}

/**
 * `stores`: the crawled stores whose datasets an event may name (crawledStores.ts); none by default.
 * `uncrawled`: the URNs of those datasets that their crawler has not read yet (the caller looks them up:
 * this is pure); an event's schema lands on them until it has. None by default: every crawled store's
 * dataset is taken as the crawler's already, and only pointed at.
 */
export function mapLineageEvents(events: LineageEvent[], stores: CrawledStores = CrawledStores.none, uncrawled: ReadonlySet<string> = new Set()): LineageMapping {
  const delta: GraphDelta = { nodes: [], edges: [] };
  const leftOut = new Map<string, string>();
  for (const event of events) new EventMapper(event, delta, stores, uncrawled, leftOut).map(event);
  return { delta, leftOut: [...leftOut.values()] };
}

class EventMapper {
  private readonly version: string;
  /** What an assertion's result is keyed by: the run, else the event time. */
  private readonly resultId: string;

  constructor(
    private readonly event: LineageEvent,
    private readonly delta: GraphDelta,
    private readonly stores: CrawledStores,
    private readonly uncrawled: ReadonlySet<string>,
    /** Why each dataset left out so far was, by its namespace and name (see isLeftOut). */
    private readonly leftOut: Map<string, string>,
  ) {
    this.version = event.version;
    this.resultId = event.kind === 'RunEvent' ? event.runId : event.version;
  }

  map(event: LineageEvent): void {
    if (event.kind === 'DatasetEvent') {
      this.dataset(event.dataset, undefined);
      return;
    }
    const job = this.job(event.job);
    const provider = openLineageProvider(event.job.namespace);
    if (event.kind === 'RunEvent') {
      const run = runUrn(event.runId);
      this.node('Run', run, provider, {
        runId: event.runId,
        eventTime: event.eventTime,
        ...(event.eventType === 'START' ? { startedAt: event.eventTime } : {}),
        ...(event.eventType === 'COMPLETE' || event.eventType === 'FAIL' || event.eventType === 'ABORT' ? { endedAt: event.eventTime } : {}),
      });
      if (event.eventType === undefined || event.eventType === 'OTHER') this.node('Run', run, provider, { state: 'OTHER' }, MIN_VERSION);
      else this.node('Run', run, provider, { state: event.eventType }, this.version + STATE_RANK[event.eventType]);
      this.edge('RUN_OF', run, job, provider);
    }
    const inputs = event.inputs.flatMap((input) => this.dataset(input, job) ?? []);
    const outputs = event.outputs.flatMap((output) => {
      const urn = this.dataset(output, job);
      return urn === undefined ? [] : [{ urn, provider: openLineageProvider(output.namespace) }];
    });
    for (const input of inputs) this.edge('READS', job, input, provider);
    for (const { urn: output, provider: outputProvider } of outputs) {
      this.edge('WRITES', job, output, provider);
      for (const input of inputs) {
        // A job that rewrites what it reads (an in-place update) is told by READS and WRITES; a self-loop would tell a lineage walk nothing.
        if (input !== output) this.edge('DERIVES_FROM', output, input, outputProvider, { job, transformation: 'JOB', confidence: 1 });
      }
    }
  }

  private job(job: LineageJob): string {
    const urn = jobUrn(job.namespace, job.name);
    this.node('Job', urn, openLineageProvider(job.namespace), {
      namespace: job.namespace,
      name: job.name,
      ...optional('description', job.description),
      ...optional('sql', job.sql && withoutCredentials(job.sql)),
      ...optional('owners', job.owners),
    });
    return urn;
  }

  /**
   * The dataset with its facets, or undefined when it is left out (see the header); `job` is the job
   * the event is about, if any, for column lineage.
   */
  private dataset(dataset: LineageDataset, job: string | undefined): string | undefined {
    if (this.isLeftOut(dataset.namespace, dataset.name)) return undefined;
    // The crawler describes a crawled dataset and its columns; the event only points at them, except at the
    // columns of a table the crawler has not read yet (see field()).
    const crawled = this.crawled(dataset.namespace, dataset.name) !== undefined;
    const urn = this.datasetNode(dataset.namespace, dataset.name, crawled ? {} : {
      ...optional('description', dataset.description),
      ...optional('owners', dataset.owners),
    });
    if (!crawled || this.uncrawled.has(urn)) dataset.fields?.forEach((field, index) => {
      this.field(dataset.namespace, dataset.name, field.name, {
        position: index + 1,
        ...optional('dataType', field.type),
        ...optional('description', field.description),
      });
    });
    for (const lineage of dataset.columnLineage ?? []) {
      const to = this.field(dataset.namespace, dataset.name, lineage.field, {});
      for (const input of lineage.inputFields) {
        if (this.isLeftOut(input.namespace, input.name)) continue;
        const from = this.field(input.namespace, input.name, input.field, {});
        if (from === to) continue;
        this.edge('DERIVES_FROM', to, from, openLineageProvider(dataset.namespace), { ...optional('job', job), ...transformationOf(lineage, input, job) });
      }
    }
    for (const assertion of dataset.assertions ?? []) this.assertion(dataset, urn, assertion);
    return urn;
  }

  /** A data-quality assertion: the check (of the dataset or its column) and its outcome in this run. */
  private assertion(dataset: LineageDataset, datasetUrn: string, { assertion, success, column }: QualityAssertion): void {
    const provider = openLineageProvider(dataset.namespace);
    const target = column === undefined ? datasetUrn : this.field(dataset.namespace, dataset.name, column, {});
    const check = assertionCheckUrn(dataset.namespace, dataset.name, assertion, column);
    const name = column === undefined ? assertion : `${assertion} on ${column}`;
    this.node('QualityCheck', check, provider, { name, kind: assertion, ...optional('column', column) });
    this.edge('CHECKS', check, target, provider);
    const result = assertionResultUrn(check, this.resultId);
    this.node('CheckResult', result, provider, {
      outcome: success ? 'PASS' : 'FAIL',
      message: `${name} ${success ? 'passed' : 'failed'}`,
      evaluatedAt: this.event.eventTime,
      ...(this.event.kind === 'RunEvent' ? { runId: this.event.runId } : {}),
    });
    this.edge('RESULT_OF', result, check, provider);
  }

  /**
   * Whether the dataset is a crawled store's table that its source leaves out; if so, why is noted for
   * the pusher, once per dataset. Checked where the event names a dataset (its inputs and outputs, the
   * dataset of a dataset event, a column lineage's inputs) before anything of it is mapped.
   */
  private isLeftOut(namespace: string, name: string): boolean {
    const resolved = this.stores.resolve(namespace, name);
    if (resolved === undefined || !('leftOutBy' in resolved)) return false;
    const key = JSON.stringify([namespace, name]);
    if (!this.leftOut.has(key)) this.leftOut.set(key, leftOutBecause(namespace, name, resolved.leftOutBy));
    return true;
  }

  /** The crawled dataset a name is, if any; never one left out, which isLeftOut kept from getting this far. */
  private crawled(namespace: string, name: string): CrawledDataset | undefined {
    const resolved = this.stores.resolve(namespace, name);
    return resolved !== undefined && 'urn' in resolved ? resolved : undefined;
  }

  private datasetNode(namespace: string, name: string, facts: PropertyMap): string {
    const crawled = this.crawled(namespace, name);
    if (crawled) {
      // The lowest version: these equal what the crawler writes, so they only fill a node the crawler has not seen yet.
      this.node('Dataset', crawled.urn, crawled.provider, crawled.properties, MIN_VERSION);
      return crawled.urn;
    }
    const urn = datasetUrn(namespace, name);
    this.node('Dataset', urn, openLineageProvider(namespace), { name, qualifiedName: name, namespace, ...datasetPlatform(namespace), ...facts });
    return urn;
  }

  /**
   * A field and its dataset (which may be known only through this field), linked by HAS_FIELD.
   *
   * A column of a table the crawler has read is the crawler's: only its name is stated, at the lowest
   * version, so it never overwrites a crawled type or position. A column of a crawled store's table the
   * crawler has not read yet is described as the event sees it, like any pushed column, but named and
   * owned as the crawler names its columns: its column lineage is then on the very column the crawl
   * finds, and the crawl, which writes every property of its columns, replaces what the event said and
   * marks removed a column the table turns out not to have. Until then the table shows the producer's
   * schema rather than none, and its columns have the properties the GraphQL schema requires.
   */
  private field(namespace: string, name: string, field: string, facts: PropertyMap): string {
    const dataset = this.datasetNode(namespace, name, {});
    const crawled = this.crawled(namespace, name);
    const urn = crawled ? formatUrn('field', parseUrn(dataset), field) : fieldUrn(namespace, name, field);
    const provider = crawled?.provider ?? openLineageProvider(namespace);
    if (crawled && !this.uncrawled.has(dataset)) {
      this.node('Field', urn, provider, { name: field, datasetUrn: dataset }, MIN_VERSION);
    } else {
      this.node('Field', urn, provider, { name: field, datasetUrn: dataset, ...FIELD_PLACEHOLDERS }, MIN_VERSION);
      this.node('Field', urn, provider, { name: field, datasetUrn: dataset, ...facts });
    }
    this.edge('HAS_FIELD', dataset, urn, provider);
    return urn;
  }

  private node(label: Label, urn: string, provider: string, properties: PropertyMap, version = this.version): void {
    this.delta.nodes.push({ label, urn, provider, version, properties });
  }

  private edge(type: RelationshipType, from: string, to: string, provider: string, properties: PropertyMap = {}): void {
    this.delta.edges.push({ type, from, to, provider, version: this.version, properties });
  }
}

/**
 * Why a dataset is left out, as the pusher reads it:
 *
 *   "rentals.public.tmp_load" in namespace "postgres://db:5432" is left out: source rentals-db crawls its
 *   database but its include/exclude leave the table out of the catalog, so no lineage to or from it is written
 */
function leftOutBecause(namespace: string, name: string, sourceIds: string[]): string {
  const sources = sourceIds.length === 1 ? `source ${sourceIds[0]} crawls its database but its` : `sources ${sourceIds.join(', ')} crawl its database but their`;
  return `${JSON.stringify(name)} in namespace ${JSON.stringify(namespace)} is left out: ${sources} include/exclude leave the table out of the catalog, so no lineage to or from it is written`;
}

/**
 * How a column was computed, from the most precise thing the facet says: the
 * input's `transformations` (spec 1-1-0 on: `DIRECT/IDENTITY`, `INDIRECT/FILTER`, ...),
 * else the deprecated `transformationType`, else `JOB` when a job did it.
 */
function transformationOf(lineage: ColumnLineage, input: ColumnLineageInput, job: string | undefined): PropertyMap {
  const kinds = [...new Set(input.transformations.map((t) => (t.subtype ? `${t.type}/${t.subtype}` : t.type)))];
  const descriptions = input.transformations.flatMap((t) => t.description ?? []);
  const transformation = kinds.length > 0 ? kinds.join(', ') : (lineage.transformationType ?? (job ? 'JOB' : undefined));
  const description = descriptions.length > 0 ? descriptions.join('; ') : lineage.transformationDescription;
  return {
    ...optional('transformation', transformation),
    ...optional('description', description),
    ...(input.transformations.some((t) => t.masking) ? { masking: true } : {}),
    confidence: 1,
  };
}

function optional(key: string, value: PropertyMap[string] | undefined): PropertyMap {
  return value === undefined ? {} : { [key]: value };
}
