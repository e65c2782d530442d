/**
 * Keeps policy findings current. Three ways in, one at a time (they write the
 * same findings):
 *
 * - `start()` drains the policy outbox in the background (assessmentOutbox.ts):
 *   the assets a crawl, a check result or an edit touched are judged again
 *   within moments, in batches — per batch, in one transaction: the queued
 *   entries, the assets they stand for (resolveAssessmentSubjects.ts), the policies
 *   in force, the assets' facts (one query per kind), the verdicts (pure), the
 *   findings (two statements), then the entries not queued again meanwhile;
 * - `evaluateAll()` judges every dataset, column and data product, page by page
 *   (on the governance schedule, and after a new policy set is applied);
 * - `dryRun(policies, onPage)` judges everything against a proposed set and stores nothing,
 *   handing the violations over page by page (a large catalog's are never all held at once).
 */
import { inWriteTransaction, type Logger, type Policy } from '@polder/runtime';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { RetryingLoop } from '../../background/RetryingLoop.ts';
import { oldestOutboxEntries, outboxEntryOf, settleOutboxEntries } from '../../background/settleOutboxEntries.ts';
import { resolveAssessmentSubjects, type SubjectRules } from '../trust/resolveAssessmentSubjects.ts';
import { evaluatePolicies, type Violation } from './evaluatePolicies.ts';
import { policiesInForce } from './policiesInForce.ts';
import { readPolicyFacts } from './readPolicyFacts.ts';
import { writeFindings, type FindingCounts } from './writeFindings.ts';

/** What a dry run hands over, page by page. */
export type { Violation };

export interface PolicyEvaluatorOptions {
  logger: Logger;
  database?: string;
  /** Assets per transaction (a dataset counts once, with its columns). */
  batchSize?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

export interface EvaluationCounts extends FindingCounts {
  /** Datasets and data products judged (their columns with them). */
  assets: number;
}

const NONE: EvaluationCounts = { assets: 0, opened: 0, stillOpen: 0, resolved: 0 };

// Removed assets too (a policy may target them); port membership from both sides (a fact of each); and the
// tables a queued contract object describes (a changed promise is judged on them: contractConformance).
const POLICY_SUBJECTS: SubjectRules = { outputPorts: true, contractTables: false, describedTables: true, includeRemoved: true };

export class PolicyEvaluator {
  private readonly batchSize: number;
  private readonly loop: RetryingLoop;
  /** The tail of the operations queued so far: each waits for the one before. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly driver: Driver,
    private readonly options: PolicyEvaluatorOptions,
  ) {
    this.batchSize = options.batchSize ?? 1_000;
    this.loop = new RetryingLoop(
      async () => {
        const counts = await this.drain();
        if (counts.assets > 0) this.options.logger.debug(counts, 'policy findings updated');
      },
      { logger: options.logger, delayed: 'policy evaluation delayed; changes stay queued in the policy outbox', recovered: 'policy evaluation recovered', maxDelayMs: 30_000 },
    );
  }

  /** Judges the assets of one batch of the policy outbox. */
  drainOnce(): Promise<EvaluationCounts> {
    return this.exclusive(() => this.write((tx) => this.judgeQueued(tx)));
  }

  /** Drains the policy outbox until it is empty. */
  async drain(): Promise<EvaluationCounts> {
    let total = NONE;
    for (let counts = await this.drainOnce(); counts.assets > 0; counts = await this.drainOnce()) total = add(total, counts);
    return total;
  }

  /** Judges every dataset (with its columns) and data product against the policies in force. */
  evaluateAll(): Promise<EvaluationCounts> {
    return this.exclusive(async () => {
      let total = NONE;
      const now = this.now();
      for (const label of ['Dataset', 'DataProduct'] as const) {
        for (let after = ''; ; ) {
          const page = await this.write(async (tx) => {
            const urns = await pageOf(tx, label, after, this.batchSize);
            const policies = await policiesInForce(tx);
            const counts = await this.judge(tx, policies, label === 'Dataset' ? urns : [], label === 'DataProduct' ? urns : [], now);
            return { urns, counts };
          });
          total = add(total, page.counts);
          if (page.urns.length < this.batchSize) break;
          after = page.urns[page.urns.length - 1]!;
        }
      }
      return total;
    });
  }

  /**
   * What a proposed policy set would find today, stored nowhere: each page's violations go to
   * `onPage` (after its read, before the next), which keeps what it needs (counts, the first few).
   */
  dryRun(policies: readonly Policy[], onPage: (violations: Violation[]) => Promise<void> | void): Promise<void> {
    return this.exclusive(async () => {
      const now = this.now();
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        for (const label of ['Dataset', 'DataProduct'] as const) {
          for (let after = ''; ; ) {
            const page = await session.executeRead(async (tx) => {
              const urns = await pageOf(tx, label, after, this.batchSize);
              const facts = await readPolicyFacts(tx, label === 'Dataset' ? urns : [], label === 'DataProduct' ? urns : [], now);
              return { urns, violations: evaluatePolicies(policies, facts) };
            });
            await onPage(page.violations);
            if (page.urns.length < this.batchSize) break;
            after = page.urns[page.urns.length - 1]!;
          }
        }
      } finally {
        await session.close();
      }
    });
  }

  /** Drains the outbox continuously in the background until `stop()`, backing off while Neo4j is unavailable. */
  start(intervalMs = 500): void {
    this.loop.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.tail.catch(() => undefined);
  }

  private async judgeQueued(tx: ManagedTransaction): Promise<EvaluationCounts> {
    const queued = await tx.run(oldestOutboxEntries('PolicyOutbox'), { limit: neo4j.int(this.batchSize) });
    const entries = queued.records.map(outboxEntryOf);
    if (entries.length === 0) return NONE;
    const subjects = await resolveAssessmentSubjects(tx, entries.map((entry) => entry.urn), POLICY_SUBJECTS);
    const counts = await this.judge(tx, await policiesInForce(tx), subjects.datasets, subjects.dataProducts, this.now());
    // Deleted only if not queued again meanwhile.
    await tx.run(settleOutboxEntries('PolicyOutbox'), { entries });
    // An entry that stood for nothing to judge (a check about no dataset) still counts as settled.
    return { ...counts, assets: Math.max(counts.assets, entries.length) };
  }

  private async judge(tx: ManagedTransaction, policies: Policy[], datasets: string[], dataProducts: string[], now: Date): Promise<EvaluationCounts> {
    if (datasets.length + dataProducts.length === 0) return NONE;
    const facts = await readPolicyFacts(tx, datasets, dataProducts, now);
    const counts = await writeFindings(tx, facts.map((asset) => asset.urn), evaluatePolicies(policies, facts), policies.map((policy) => policy.id), now);
    return { assets: datasets.length + dataProducts.length, ...counts };
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.driver, this.options.database, work);
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation, operation);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

// Constraints: dataset_urn, dataproduct_urn (migration 001): a range seek, page by page.
async function pageOf(tx: ManagedTransaction, label: 'Dataset' | 'DataProduct', after: string, size: number): Promise<string[]> {
  const { records } = await tx.run(`MATCH (n:${label}) WHERE n.urn > $after RETURN n.urn AS urn ORDER BY n.urn LIMIT $size`, { after, size: neo4j.int(size) });
  return records.map((record) => record.get('urn') as string);
}

function add(a: EvaluationCounts, b: EvaluationCounts): EvaluationCounts {
  return { assets: a.assets + b.assets, opened: a.opened + b.opened, stillOpen: a.stillOpen + b.stillOpen, resolved: a.resolved + b.resolved };
}
