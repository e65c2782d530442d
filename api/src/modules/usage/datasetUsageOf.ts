import type { DatasetUsage } from './datasetUsage.type.ts';

/** The usage a dataset's node holds (its `usage_*` properties and popularity, crawlers/src/usage/); null when nothing measures it. */
export function datasetUsageOf(props: Record<string, unknown>): DatasetUsage | null {
  const usage: DatasetUsage = {
    popularity: numberOrNull(props.popularity),
    signal: (props.usage_signal as string | undefined) ?? null,
    readsPerDay: numberOrNull(props.usage_readsPerDay),
    writesPerDay: numberOrNull(props.usage_writesPerDay),
    measuredFrom: (props.usage_measuredFrom as string | undefined) ?? null,
    measuredAt: (props.usage_measuredAt as string | undefined) ?? null,
    jobRunsPerDay: numberOrNull(props.usage_jobRunsPerDay),
  };
  return usage.popularity === null && usage.readsPerDay === null && usage.jobRunsPerDay === null ? null : usage;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
