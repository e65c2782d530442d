/**
 * One run's profiles → the rows writeProfiles sends in one UNWIND. Pure. Only
 * profiled datasets (OK) become rows: a dataset whose profile failed keeps the
 * profile it had, and one without columns, which had nothing read, has no run to keep.
 *
 *   urn:polder:profileRun:(<dataset urn>,<run id>)     one per dataset and run, kept as history (no values)
 *   urn:polder:columnProfile:(<field urn>)             the latest profile of the column, replaced by each run
 *
 * A withheld (sensitive) column's values are null here, so writing the row also
 * removes any values an earlier run stored before the column was classified.
 */
import { formatUrn, parseUrn, type PropertyMap } from '@polder/graph-schema';
import type { DatasetProfileResult } from './ColumnProfile.ts';

/** Who wrote a source's profiles, as `check:<id>` names its checks'. */
export function profileProvider(sourceId: string): string {
  return `profile:${sourceId}`;
}

export interface ProfileGraphRow {
  provider: string;
  datasetUrn: string;
  runUrn: string;
  runProps: PropertyMap;
  columns: Array<{ fieldUrn: string; profileUrn: string; props: PropertyMap }>;
}

export function profileGraphRows(results: readonly DatasetProfileResult[], runId: string): ProfileGraphRow[] {
  return results
    .filter((result) => result.outcome === 'OK' && result.columns.length > 0)
    .map((result) => ({
      provider: profileProvider(result.sourceId),
      datasetUrn: result.datasetUrn,
      runUrn: formatUrn('profileRun', parseUrn(result.datasetUrn), runId),
      runProps: {
        runId,
        dataset: result.dataset,
        profiledAt: result.profiledAt,
        durationSeconds: result.durationMs / 1000,
        rowCount: result.rowCount,
        sampled: result.sampled,
        columns: result.columns.map((column) => column.column),
        nullCounts: result.columns.map((column) => column.nullCount),
        distinctCounts: result.columns.map((column) => column.distinctCount),
      },
      columns: result.columns.map((column) => ({
        fieldUrn: column.fieldUrn,
        profileUrn: formatUrn('columnProfile', parseUrn(column.fieldUrn)),
        props: {
          fieldUrn: column.fieldUrn,
          datasetUrn: result.datasetUrn,
          column: column.column,
          runId,
          profiledAt: result.profiledAt,
          rowCount: column.rowCount,
          nullCount: column.nullCount,
          nullFraction: column.nullFraction,
          distinctCount: column.distinctCount,
          distinctIsApproximate: column.distinctIsApproximate,
          min: column.min,
          max: column.max,
          topValues: column.topValues?.map((top) => top.value) ?? null,
          topCounts: column.topValues?.map((top) => top.count) ?? null,
          valuesWithheld: column.valuesWithheld,
          sampled: column.sampled,
        },
      })),
    }));
}
