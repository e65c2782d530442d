/**
 * Keeps trust scores current by draining the trust outbox (crawlers' assessmentOutbox.ts)
 * in batches, as the SearchIndexer drains the search outbox. Per batch, in one
 * transaction: read the queued entries, resolve them to datasets and data products,
 * read the datasets' inputs (one query), score them (pure), write them (one UNWIND);
 * then the same for the data products, after their ports' new scores are written;
 * then remove the entries not queued again meanwhile.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { RetryingLoop } from '../../background/RetryingLoop.ts';
import { oldestOutboxEntries, outboxEntryOf, settleOutboxEntries } from '../../background/settleOutboxEntries.ts';
import { inWriteTransaction, type Logger, type TrustConfig } from '@polder/runtime';
import { readDataProductTrustInputs } from './readDataProductTrustInputs.ts';
import { readDatasetTrustInputs } from './readDatasetTrustInputs.ts';
import { resolveAssessmentSubjects } from './resolveAssessmentSubjects.ts';
import { scoreDataProductTrust } from './scoreDataProductTrust.ts';
import { scoreDatasetTrust } from './scoreDatasetTrust.ts';
import type { TrustResult } from './TrustExplanation.ts';
import { writeTrustScores, type TrustScoreRow } from './writeTrustScores.ts';

export interface TrustScorerOptions {
  trust: TrustConfig;
  logger: Logger;
  database?: string;
  batchSize?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

export interface DrainCounts {
  entries: number;
  datasets: number;
  dataProducts: number;
}

export class TrustScorer {
  private readonly batchSize: number;
  private readonly loop: RetryingLoop;

  constructor(
    private readonly driver: Driver,
    private readonly options: TrustScorerOptions,
  ) {
    this.batchSize = options.batchSize ?? 2_000;
    this.loop = new RetryingLoop(
      async () => {
        const counts = await this.drain();
        if (counts.entries > 0) this.options.logger.debug(counts, 'trust scores updated');
      },
      { logger: options.logger, delayed: 'trust scoring delayed; changes stay queued in the trust outbox', recovered: 'trust scoring recovered', maxDelayMs: 30_000 },
    );
  }

  /** Scores one batch of the outbox; returns what it settled. */
  async drainOnce(): Promise<DrainCounts> {
    return await inWriteTransaction(this.driver, this.options.database, (tx) => this.scoreBatch(tx));
  }

  /** Drains until the outbox is empty. */
  async drain(): Promise<DrainCounts> {
    const total: DrainCounts = { entries: 0, datasets: 0, dataProducts: 0 };
    for (let counts = await this.drainOnce(); counts.entries > 0; counts = await this.drainOnce()) {
      total.entries += counts.entries;
      total.datasets += counts.datasets;
      total.dataProducts += counts.dataProducts;
    }
    return total;
  }

  /** Drains continuously in the background until `stop()`, backing off while Neo4j is unavailable. */
  start(intervalMs = 500): void {
    this.loop.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }


  private async scoreBatch(tx: ManagedTransaction): Promise<DrainCounts> {
    const queued = await tx.run(oldestOutboxEntries('TrustOutbox'), { limit: neo4j.int(this.batchSize) });
    const entries = queued.records.map(outboxEntryOf);
    if (entries.length === 0) return { entries: 0, datasets: 0, dataProducts: 0 };
    const now = this.options.now?.() ?? new Date();
    const { trust } = this.options;
    // Only active assets have a score; a table's score counts the checks of the contract that DESCRIBES it.
    const subjects = await resolveAssessmentSubjects(tx, entries.map((entry) => entry.urn), { outputPorts: false, contractTables: true, describedTables: false, includeRemoved: false });

    const since = new Date(now.getTime() - trust.windowDays * 86_400_000).toISOString();
    const datasets = await readDatasetTrustInputs(tx, subjects.datasets, since);
    const datasetOptions = { weights: trust.weights, windowDays: trust.windowDays, incidentPenalty: trust.incidentPenalty, now };
    await writeTrustScores(tx, datasets.map((inputs) => this.row(inputs.urn, scoreDatasetTrust(inputs, datasetOptions))), now);

    // Read after the datasets' write, so a product sees its ports' new scores.
    const products = await readDataProductTrustInputs(tx, subjects.dataProducts);
    const productOptions = { weights: trust.productWeights, incidentPenalty: trust.incidentPenalty, now };
    await writeTrustScores(tx, products.map((inputs) => this.row(inputs.urn, scoreDataProductTrust(inputs, productOptions))), now);

    // Deleted only if not queued again meanwhile (by a writer, or by this batch's own suspensions and product updates).
    await tx.run(settleOutboxEntries('TrustOutbox'), { entries });
    return { entries: entries.length, datasets: datasets.length, dataProducts: products.length };
  }

  private row(urn: string, result: TrustResult): TrustScoreRow {
    const threshold = this.options.trust.certificationThreshold;
    return {
      urn,
      score: result.score,
      explanation: JSON.stringify({ uncappedScore: result.uncappedScore, components: result.components, cap: result.cap }),
      suspensionReason: result.score < threshold ? `trust score ${result.score} fell below the certification threshold of ${threshold}` : null,
    };
  }
}
