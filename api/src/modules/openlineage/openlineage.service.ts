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
import { CoalescingDeltaWriter, GraphWriter, mapLineageEvents, validateLineageBatch, validateLineageEvent, type DeltaCounts, type LineageEvent, type Validated } from '@polder/crawlers';
import type { Logger } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { CrawledStoresCache } from './crawledStoresCache.ts';

export type IngestResult = { kind: 'applied'; events: number; counts: DeltaCounts } | { kind: 'invalid'; errors: string[] };

export class OpenLineageService {
  private readonly writer: CoalescingDeltaWriter;
  /** Datasets of crawled stores are named as their crawler names them, so lineage lands on them. */
  private readonly stores: CrawledStoresCache;

  constructor(
    driver: Driver,
    database: string | undefined,
    private readonly logger: Logger,
  ) {
    this.writer = new CoalescingDeltaWriter(new GraphWriter(driver, database));
    this.stores = new CrawledStoresCache(driver, database);
  }

  /** One event, as `POST /api/v1/lineage` takes it. */
  async ingestEvent(body: unknown): Promise<IngestResult> {
    const validated = validateLineageEvent(body);
    return this.ingest(validated.ok ? { ok: true, value: [validated.value] } : validated);
  }

  /** A JSON array of events, as `POST /api/v1/lineage/batch` takes it. */
  async ingestBatch(body: unknown): Promise<IngestResult> {
    return this.ingest(validateLineageBatch(body));
  }

  private async ingest(validated: Validated<LineageEvent[]>): Promise<IngestResult> {
    if (!validated.ok) return { kind: 'invalid', errors: validated.errors };
    const events = validated.value;
    const started = performance.now();
    const { counts, requests } = await this.writer.apply(mapLineageEvents(events, await this.stores.current()));
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
}
