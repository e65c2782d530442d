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
 */
import { CoalescingDeltaWriter, GraphWriter, mapLineageEvents, validateLineageBatch, validateLineageEvent, type DeltaCounts, type GraphDelta, type LineageEvent, type Validated } from '@polder/crawlers';
import type { Logger } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { authorize } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { CrawledStoresCache } from './crawledStoresCache.ts';
import { changedByDelta } from './changedByDelta.ts';

export type IngestResult = { kind: 'applied'; events: number; counts: DeltaCounts } | { kind: 'invalid'; errors: string[] } | { kind: 'forbidden'; message: string };

/** Who pushes: an account (through the HTTP endpoint), or the platform itself (the demo's seed), which may write anywhere. */
export type Pusher = Principal | 'platform';

/** At most this many datasets, and as many jobs, are named in a refusal. */
const NAMED_IN_REFUSAL = 5;

export class OpenLineageService {
  private readonly writer: CoalescingDeltaWriter;
  /** Datasets of crawled stores are named as their crawler names them, so lineage lands on them. */
  private readonly stores: CrawledStoresCache;

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
    return this.ingest(validated.ok ? { ok: true, value: [validated.value] } : validated, pusher);
  }

  /** A JSON array of events, as `POST /api/v1/lineage/batch` takes it. */
  async ingestBatch(body: unknown, pusher: Pusher): Promise<IngestResult> {
    return this.ingest(validateLineageBatch(body), pusher);
  }

  private async ingest(validated: Validated<LineageEvent[]>, pusher: Pusher): Promise<IngestResult> {
    if (!validated.ok) return { kind: 'invalid', errors: validated.errors };
    const events = validated.value;
    const started = performance.now();
    const delta = mapLineageEvents(events, await this.stores.current());
    const refusal = pusher === 'platform' ? null : await this.refusal(pusher, delta);
    if (refusal) return { kind: 'forbidden', message: refusal };
    const { counts, requests } = await this.writer.apply(delta);
    const durationMs = Math.round(performance.now() - started);
    // Debug: a busy Airflow sends several events a second; one info line each would drown the log.
    // The counts are those of the whole write, which `requests` requests shared.
    this.logger.debug(
      { ...counts, events: events.length, requests, durationMs },
      `applied ${events.length} OpenLineage events (in a write shared by ${requests} requests): ${counts.created} nodes created, ${counts.updated} updated, ${counts.edgesWritten} edges written in ${durationMs} ms`,
    );
    // The mapper states both ends of every edge, so this means a bug, not bad input.
    if (counts.danglingEdges > 0) this.logger.warn({ danglingEdges: counts.danglingEdges }, 'OpenLineage edges without an end in the graph');
    return { kind: 'applied', events: events.length, counts };
  }

  /**
   * Why `pusher` may not apply `delta`, or null when it may: the datasets it changes, and those the jobs it
   * names already write (changedByDelta.ts), that belong to a domain must be of the pusher's own domains (an
   * admin's: any). A dataset of no domain, from a store no source crawls, is anyone's who may push; so is a
   * job that writes nothing yet. One query, for the domains of both.
   */
  private async refusal(pusher: Principal, delta: GraphDelta): Promise<string | null> {
    // An asset of no domain is an admin's alone to edit: whoever may edit one may write anywhere, with no look-up
    // (a producer's token is usually an admin's: its pushes cost no more than before).
    if (authorize(pusher, { kind: 'editAsset', domain: null }).allowed) return null;
    const { datasets, jobs } = changedByDelta(delta);
    // Constraints: dataset_urn, job_urn.
    const { records } = await this.driver.executeQuery(
      `UNWIND $datasets AS urn MATCH (:Dataset {urn: urn})-[:IN_DOMAIN]->(domain:Domain) RETURN 'dataset' AS kind, urn, domain.id AS domain
       UNION
       UNWIND $jobs AS urn MATCH (:Job {urn: urn})-[:WRITES]->(:Dataset)-[:IN_DOMAIN]->(domain:Domain) RETURN 'job' AS kind, urn, domain.id AS domain`,
      { datasets, jobs },
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
