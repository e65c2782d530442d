/**
 * Run history: one `(:CrawlRun)` per run of a source, written outside the run's
 * own transaction so that a failed run is recorded even though its changes are not.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { WriteCounts } from '../writer/GraphWriter.ts';

export type CrawlRunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface CrawlRunOutcome {
  status: Exclude<CrawlRunStatus, 'RUNNING'>;
  counts?: WriteCounts & { read: number };
  warnings: string[];
  error?: string;
}

export const INTERRUPTED = 'interrupted: the process running it (or the graph) stopped before the run finished; a run of one stage applied nothing, a staged one may have added some of what it read but removed nothing';

/**
 * Records a new run. Runs of one source never overlap (the schedulers see to
 * that), so a run of this source still marked RUNNING belonged to a process
 * that died: it is closed as FAILED here, so no run stays "running" forever.
 * Its changes were never committed (a run is one transaction).
 */
// Constraint: crawlrun_id (migration 001); index: crawlrun_source (migration 002).
export async function startCrawlRun(driver: Driver, sourceUrn: string, database?: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await driver.executeQuery(
    `OPTIONAL MATCH (stale:CrawlRun {sourceUrn: $sourceUrn, status: 'RUNNING'})
     SET stale.status = 'FAILED', stale.endedAt = $now, stale.error = $interrupted
     WITH count(stale) AS closed
     CREATE (r:CrawlRun {id: $id, sourceUrn: $sourceUrn, status: 'RUNNING', startedAt: $now})`,
    { id, sourceUrn, now, interrupted: INTERRUPTED },
    { database },
  );
  return id;
}

export async function finishCrawlRun(driver: Driver, id: string, outcome: CrawlRunOutcome, database?: string): Promise<void> {
  const counts = outcome.counts;
  await driver.executeQuery(
    `MATCH (r:CrawlRun {id: $id})
     SET r.status = $status, r.endedAt = $now, r.error = $error, r.warnings = $warnings,
         r.read = $read, r.created = $created, r.updated = $updated, r.removed = $removed
     WITH r
     MATCH (s:Source {urn: r.sourceUrn})
     SET s.lastRunAt = $now, s.lastRunStatus = $status`,
    {
      id,
      status: outcome.status,
      now: new Date().toISOString(),
      error: outcome.error ?? null,
      warnings: outcome.warnings.slice(0, 1000),
      read: counts?.read ?? null,
      created: counts?.created ?? null,
      updated: counts?.updated ?? null,
      removed: counts?.removed ?? null,
    },
    { database },
  );
}
