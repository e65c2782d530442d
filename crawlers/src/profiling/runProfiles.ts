/**
 * Profiles the datasets of the profiling entries given and returns one result
 * per dataset. It never throws for a dataset: a query that fails, a store that
 * cannot be reached, a secret that is missing or a timeout becomes an ERROR
 * result with the reason, and the other datasets are still profiled.
 *
 * Datasets are profiled one after the other, like checks: these are reads on
 * domains' production stores, and one at a time keeps Polder's load on a store
 * predictable. Each source's datasets, columns and their sensitivity are read
 * from the graph first, in one query (readProfiledDatasets.ts).
 *
 * A dataset without columns (PostgreSQL allows `CREATE TABLE t ()`) has nothing
 * to profile: it is OK, says so, and its store is not queried.
 */
import type { Driver } from 'neo4j-driver';
import type { Logger, ProfilingTarget, SourceConfig } from '@polder/runtime';
import { checkErrorReason } from '../checks/checkErrorReason.ts';
import { withTimeout } from '../checks/withTimeout.ts';
import type { OwnReads } from '../usage/OwnReads.ts';
import type { DatasetProfileResult } from './ColumnProfile.ts';
import { profileDataset } from './profileDataset.ts';
import type { ProfiledDataset } from './ProfiledDataset.ts';
import { readProfiledDatasets, type ProfilableSource } from './readProfiledDatasets.ts';

export interface RunProfilesOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  database?: string;
  /** Only this dataset (as polder.yaml names it); an error, before any store is queried, when no entry selects it. */
  dataset?: string;
  /** Receives what the profiles read of each table (usage/OwnReads.ts). */
  ownReads?: OwnReads[];
}

export async function runProfiles(
  driver: Driver,
  targets: readonly ProfilingTarget[],
  sources: readonly SourceConfig[],
  options: RunProfilesOptions = {},
): Promise<DatasetProfileResult[]> {
  const env = options.env ?? process.env;
  const plan: Array<{ target: ProfilingTarget; source: ProfilableSource; datasets: ProfiledDataset[] }> = [];
  for (const target of targets) {
    const source = sources.find((candidate) => candidate.id === target.source);
    if (!source || !isProfilable(source)) throw new Error(`profiling: source ${target.source} is not a declared postgres, mysql or sqlite source`);
    const datasets = (await readProfiledDatasets(driver, source, target, { database: options.database })).filter(
      (dataset) => options.dataset === undefined || dataset.name === options.dataset,
    );
    if (datasets.length === 0 && options.dataset === undefined) {
      options.logger?.warn({ source: source.id }, `profiling: no dataset of source ${source.id} to profile (is it crawled? do its patterns match?)`);
    }
    plan.push({ target, source, datasets });
  }
  if (options.dataset !== undefined && plan.every((entry) => entry.datasets.length === 0)) {
    throw new Error(`no dataset named ${options.dataset} is profiled in ${targets.map((target) => target.source).join(', ') || 'no source'} (a crawled table, selected by the profiling entry; schema.table, or a bare table for sqlite)`);
  }

  const results: DatasetProfileResult[] = [];
  for (const { target, source, datasets } of plan) {
    for (const dataset of datasets) {
      const result = await runProfile(source, dataset, target, env, options.ownReads ?? []);
      options.logger?.[result.outcome === 'OK' ? 'info' : 'warn'](
        { source: source.id, dataset: dataset.name, outcome: result.outcome, rowCount: result.rowCount, sampled: result.sampled, durationMs: result.durationMs },
        `profile of ${source.id} ${dataset.name}: ${result.message}`,
      );
      results.push(result);
    }
  }
  return results;
}

async function runProfile(source: ProfilableSource, dataset: ProfiledDataset, target: ProfilingTarget, env: NodeJS.ProcessEnv, ownReads: OwnReads[]): Promise<DatasetProfileResult> {
  const started = performance.now();
  const result = (fields: Pick<DatasetProfileResult, 'outcome' | 'message' | 'sampled' | 'rowCount' | 'columns'>): DatasetProfileResult => ({
    sourceId: source.id,
    datasetUrn: dataset.datasetUrn,
    dataset: dataset.name,
    ...fields,
    profiledAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
  });
  // Nothing to do is not a failure: the run (and `polder profile`) goes on, and says so.
  if (dataset.columns.length === 0) return result({ outcome: 'OK', message: 'no columns: nothing to profile', sampled: false, rowCount: null, columns: [] });
  try {
    const profile = await withTimeout(target.timeoutMs, (signal) => profileDataset(source, dataset, { sampleRows: target.sampleRows, timeoutMs: target.timeoutMs, env, signal, ownReads }));
    const withheld = profile.columns.filter((column) => column.valuesWithheld).length;
    const message =
      `${count(profile.rowCount, 'row')}${profile.sampled ? ' (a sample)' : ''}, ${count(profile.columns.length, 'column')}` +
      (withheld > 0 ? `; values of ${count(withheld, 'sensitive column')} withheld` : '');
    return result({ outcome: 'OK', message, sampled: profile.sampled, rowCount: profile.rowCount, columns: profile.columns });
  } catch (error) {
    return result({ outcome: 'ERROR', message: checkErrorReason(error, target.timeoutMs), sampled: false, rowCount: null, columns: [] });
  }
}

function isProfilable(source: SourceConfig): source is ProfilableSource {
  return source.kind === 'postgres' || source.kind === 'mysql' || source.kind === 'sqlite';
}

const count = (value: number, noun: string) => `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;
