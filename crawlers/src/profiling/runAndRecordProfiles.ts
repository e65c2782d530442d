/**
 * One profiling run, start to end: profile the datasets (runProfiles: results,
 * never throws for a dataset), then write the profiles to the graph
 * (writeProfiles: one transaction), and what the profiles read of each table, to be left
 * out of its usage (recordOwnReads). What `polder profile` and the scheduler share.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Logger, ProfilingTarget, SourceConfig } from '@polder/runtime';
import type { DatasetProfileResult } from './ColumnProfile.ts';
import type { OwnReads } from '../usage/OwnReads.ts';
import { recordOwnReads } from '../usage/recordOwnReads.ts';
import { profileGraphRows } from './profileGraphRows.ts';
import { runProfiles } from './runProfiles.ts';
import { writeProfiles, type ProfileWriteCounts } from './writeProfiles.ts';

export interface RecordedProfileRun {
  runId: string;
  results: DatasetProfileResult[];
  written: ProfileWriteCounts;
}

export async function runAndRecordProfiles(
  driver: Driver,
  targets: readonly ProfilingTarget[],
  sources: readonly SourceConfig[],
  options: { logger: Logger; database?: string; env?: NodeJS.ProcessEnv; dataset?: string },
): Promise<RecordedProfileRun> {
  const runId = randomUUID();
  const ownReads: OwnReads[] = [];
  const results = await runProfiles(driver, targets, sources, { ...options, ownReads });
  const written = await writeProfiles(driver, profileGraphRows(results, runId), { database: options.database });
  await recordOwnReads(driver, ownReads, { database: options.database });
  if (written.missingDatasets > 0) {
    options.logger.warn({ runId, missingDatasets: written.missingDatasets }, `${written.missingDatasets} profiled dataset(s) left the graph during the run: nothing written for them`);
  }
  return { runId, results, written };
}
