/**
 * Ingests OpenLineage events: validate, map (both pure, in @polder/crawlers), and
 * apply as one graph delta, in one transaction whatever the number of events.
 * Requests that arrive while another is being written are written together in the
 * next transaction (CoalescingDeltaWriter): a busy Airflow's many small requests
 * then cost one graph round of reads and writes per group, not one each.
 *
 * A batch is all or nothing: one invalid event and none is written, and every
 * problem of every event is reported. Events are idempotent and order-free
 * (GraphDelta.ts), so the producer can fix the batch and send all of it again;
 * a partial success would instead leave it to work out which events to resend.
 * A dataset that a crawled source's include/exclude leave out is no problem of the
 * batch: the producer cannot fix it, and partial lineage beats none. It is left out
 * (map.ts), the rest is written, and the result says which and why (`leftOut`).
 *
 * Beyond what validation sees in the request itself, the graph is asked (before
 * anything is written): which tables of crawled stores the crawler has not read
 * yet (the event's schema lands on them, map.ts), which domains what the request
 * changes is in (refusal), and whether a run it reports is already another job's
 * (a 400, as for two jobs of one run within a request).
 */
import {
  CoalescingDeltaWriter,
  CrawledStores,
  GraphWriter,
  mapLineageEvents,
  requestRuns,
  runOfAnotherJob,
  sourceProviderInCypher,
  validateLineageBatch,
  validateLineageEvent,
  type DeltaCounts,
  type GraphDelta,
  type LineageEvent,
  type LineageMapping,
  type RequestRun,
  type Validated,
} from '@polder/crawlers';
import type { Logger } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { authorize } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { CrawledStoresCache } from './crawledStoresCache.ts';
import { changedByDelta } from './changedByDelta.ts';
import { RunClaims } from './RunClaims.ts';

/** `leftOut`: why each dataset the events name that was not written was left out (map.ts); none, usually. */
export type IngestResult =
  | { kind: 'applied'; events: number; counts: DeltaCounts; leftOut: string[] }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'forbidden'; message: string };

/** Who pushes: an account (through the HTTP endpoint), or the platform itself (the demo's seed), which may write anywhere. */
export type Pusher = Principal | 'platform';

/** At most this many datasets, and as many jobs, are named in a refusal. */
const NAMED_IN_REFUSAL = 5;

export class OpenLineageService {
  private readonly writer: CoalescingDeltaWriter;
  /** Datasets of crawled stores are named as their crawler names them, so lineage lands on them. */
  private readonly stores: CrawledStoresCache;
  /** The runs of the requests being checked or written, so that two at once cannot give one run two jobs. */
  private readonly runClaims = new RunClaims();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly logger: Logger,
  ) {
    this.writer = new CoalescingDeltaWriter(new GraphWriter(driver, database));
    this.stores = new CrawledStoresCache(driver, database);
  }

  /** One event, as `POST /api/v1/lineage` takes it. */
  async ingestEvent(body: unknown, pusher: Pusher): Promise<IngestResult> {
    const validated = validateLineageEvent(body);
    return this.ingest(validated.ok ? { ok: true, value: [validated.value] } : validated, pusher, () => '');
  }

  /** A JSON array of events, as `POST /api/v1/lineage/batch` takes it. */
  async ingestBatch(body: unknown, pusher: Pusher): Promise<IngestResult> {
    return this.ingest(validateLineageBatch(body), pusher, (index) => `/${index}`);
  }

  /** `pointerOf`: the JSON pointer of the event at an index, for the problems found in the graph. */
  private async ingest(validated: Validated<LineageEvent[]>, pusher: Pusher, pointerOf: (index: number) => string): Promise<IngestResult> {
    if (!validated.ok) return { kind: 'invalid', errors: validated.errors };
    const events = validated.value;
    const started = performance.now();
    const { delta, leftOut } = await this.mapped(events, await this.stores.current());
    const refusal = pusher === 'platform' ? null : await this.refusal(pusher, delta);
    if (refusal) return { kind: 'forbidden', message: refusal };
    const runs = requestRuns(events, pointerOf);
    const claim = this.runClaims.claim(runs);
    if (!claim.ok) {
      return { kind: 'invalid', errors: claim.conflicts.map(({ run, heldFor }) => runOfAnotherJob(run.at, run.runId, run.job, { ...heldFor, where: 'in a request being written' })) };
    }
    try {
      const conflicts = await this.runsOfOtherJobs(runs);
      if (conflicts.length > 0) return { kind: 'invalid', errors: conflicts };
      return await this.write(delta, leftOut, events.length, started);
    } finally {
      claim.release();
    }
  }

  private async write(delta: GraphDelta, leftOut: string[], events: number, started: number): Promise<IngestResult> {
    const { counts, requests } = await this.writer.apply(delta);
    const durationMs = Math.round(performance.now() - started);
    // Debug: a busy Airflow sends several events a second; one info line each would drown the log.
    // The counts are those of the whole write, which `requests` requests shared.
    this.logger.debug(
      { ...counts, events, requests, durationMs, leftOut: leftOut.length },
      `applied ${events} OpenLineage events (in a write shared by ${requests} requests): ${counts.created} nodes created, ${counts.updated} updated, ${counts.edgesWritten} edges written in ${durationMs} ms`,
    );
    // The mapper states both ends of every edge, so this means a bug, not bad input.
    if (counts.danglingEdges > 0) this.logger.warn({ danglingEdges: counts.danglingEdges }, 'OpenLineage edges without an end in the graph');
    return { kind: 'applied', events, counts, leftOut };
  }

  /**
   * The events as a delta, with what of them is left out. The datasets of crawled stores they name are mapped as already crawled
   * first; those the crawler has not read yet (no node, or one without FROM_SOURCE, which only a crawl
   * writes) are then mapped again with the event's schema (map.ts). Mapping is pure and quick, and most
   * requests name only crawled tables, or no crawled store at all, and are mapped once.
   *
   * One gap: a table's first crawl that commits between this read and the write. The event's column facts
   * then win over the crawl's values (a delta fact wins over a property it holds no version of), and stay
   * until the crawler rewrites the column (when the column changes). Closing it takes the delta writer,
   * which holds the locks, declining pushed facts for a property a crawl wrote.
   */
  private async mapped(events: LineageEvent[], stores: CrawledStores): Promise<LineageMapping> {
    const mapping = mapLineageEvents(events, stores);
    const crawledStoreDatasets = [...new Set(mapping.delta.nodes.filter((node) => node.label === 'Dataset' && stores.storeOf(node.urn)).map((node) => node.urn))];
    if (crawledStoreDatasets.length === 0) return mapping;
    // Constraint: dataset_urn.
    const { records } = await this.driver.executeQuery(
      `UNWIND $urns AS urn
       OPTIONAL MATCH (dataset:Dataset {urn: urn})
       WITH urn, dataset WHERE dataset IS NULL OR NOT EXISTS { (dataset)-[:FROM_SOURCE]->(:Source) }
       RETURN urn`,
      { urns: crawledStoreDatasets },
      { database: this.database, routing: 'READ' },
    );
    if (records.length === 0) return mapping;
    return mapLineageEvents(events, stores, new Set(records.map((record) => record.get('urn') as string)));
  }

  /**
   * The problems of runs the request gives a job when the graph has them as runs of another job: one run
   * has one job, and writing the run again would list it under both (with the state of the latest event).
   */
  private async runsOfOtherJobs(runs: RequestRun[]): Promise<string[]> {
    if (runs.length === 0) return [];
    // Constraint: run_urn.
    const { records } = await this.driver.executeQuery(
      `UNWIND $runs AS run
       MATCH (:Run {urn: run.urn})-[:RUN_OF]->(job:Job) WHERE job.urn <> run.jobUrn
       RETURN run.urn AS urn, job.namespace AS namespace, job.name AS name ORDER BY urn, namespace, name`,
      { runs: runs.map((run) => ({ urn: run.urn, jobUrn: run.jobUrn })) },
      { database: this.database, routing: 'READ' },
    );
    const byUrn = new Map(runs.map((run) => [run.urn, run]));
    return records.map((record) => {
      const run = byUrn.get(record.get('urn') as string)!;
      return runOfAnotherJob(run.at, run.runId, run.job, { namespace: record.get('namespace') as string, name: record.get('name') as string, where: 'recorded already' });
    });
  }

  /**
   * Why `pusher` may not apply `delta`, or null when it may: the datasets it changes, and those the jobs it
   * names already write (changedByDelta.ts), that belong to a domain must be of the pusher's own domains (an
   * admin's: any). A dataset of no domain, from a store no source crawls, is anyone's who may push; so is a
   * job that writes nothing yet. One query, for the domains of both.
   *
   * A dataset's domain is the one the graph gives it, else, for a table of a crawled store the crawler has
   * not read yet (no node, or one of no domain), its source's: the crawl will put it there, so pushing before
   * the crawl must not be a way into another domain's tables. Such a table is named under its crawler's
   * provider, `<kind>:<source id>` (sourceProviderOf), which is how its source is found: a handful of
   * Source nodes, one per source of polder.yaml.
   */
  private async refusal(pusher: Principal, delta: GraphDelta): Promise<string | null> {
    // An asset of no domain is an admin's alone to edit: whoever may edit one may write anywhere, with no look-up
    // (a producer's token is usually an admin's: its pushes cost no more than before).
    if (authorize(pusher, { kind: 'editAsset', domain: null }).allowed) return null;
    const { datasets, jobs } = changedByDelta(delta);
    // Every dataset the delta changes is one of its nodes (the mapper states both ends of every edge).
    const providers = new Map(delta.nodes.filter((node) => node.label === 'Dataset').map((node) => [node.urn, node.provider]));
    // Constraints: dataset_urn, job_urn.
    const { records } = await this.driver.executeQuery(
      `UNWIND $datasets AS changed
       OPTIONAL MATCH (:Dataset {urn: changed.urn})-[:IN_DOMAIN]->(own:Domain)
       OPTIONAL MATCH (source:Source)-[:IN_DOMAIN]->(home:Domain) WHERE own IS NULL AND ${sourceProviderInCypher('source')} = changed.provider
       WITH changed.urn AS urn, coalesce(own, home) AS domain WHERE domain IS NOT NULL
       RETURN 'dataset' AS kind, urn, domain.id AS domain
       UNION
       UNWIND $jobs AS urn
       MATCH (:Job {urn: urn})-[:WRITES]->(written:Dataset)
       OPTIONAL MATCH (written)-[:IN_DOMAIN]->(own:Domain)
       OPTIONAL MATCH (source:Source)-[:IN_DOMAIN]->(home:Domain) WHERE own IS NULL AND ${sourceProviderInCypher('source')} = written.provider
       WITH urn, coalesce(own, home) AS domain WHERE domain IS NOT NULL
       RETURN 'job' AS kind, urn, domain.id AS domain`,
      { datasets: datasets.map((urn) => ({ urn, provider: providers.get(urn) ?? null })), jobs },
      { database: this.database, routing: 'READ' },
    );
    const foreign = (kind: 'dataset' | 'job') => [
      ...new Set(
        records
          .filter((record) => record.get('kind') === kind && !authorize(pusher, { kind: 'editAsset', domain: record.get('domain') as string }).allowed)
          .map((record) => record.get('urn') as string),
      ),
    ];
    const [foreignDatasets, foreignJobs] = [foreign('dataset'), foreign('job')];
    if (foreignDatasets.length === 0 && foreignJobs.length === 0) return null;
    // The domains are not named: one may be private, and the pusher named only the datasets and jobs.
    const refused: string[] = [];
    if (foreignDatasets.length > 0) refused.push(`lineage that writes to, derives or asserts on datasets of domains they do not own (${named(foreignDatasets)})`);
    if (foreignJobs.length > 0) refused.push(`runs of jobs that write to ${refused.length > 0 ? 'such datasets' : 'datasets of domains they do not own'} (${named(foreignJobs)})`);
    return `${pusher.account?.username ?? 'anonymous'} may not push ${refused.join(', nor ')}: only those domains' owners and admins may. Nothing was written.`;
  }
}

function named(urns: string[]): string {
  return urns.slice(0, NAMED_IN_REFUSAL).join(', ') + (urns.length > NAMED_IN_REFUSAL ? ` and ${urns.length - NAMED_IN_REFUSAL} more` : '');
}
