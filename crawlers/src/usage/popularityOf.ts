/**
 * Popularity (0–100) from the usage signals of every dataset that has one. Pure.
 *
 * Signals count different things (PostgreSQL scans, MariaDB rows read,
 * OpenLineage job runs), so a raw rate means nothing across them. Each rate is
 * therefore turned into a percentile rank among the datasets measured by the
 * same signal, which is comparable across signals and across stores of any size:
 *
 *   rank(x) = 0                                   when x = 0 (measured, and unused)
 *           = round(100 × |{y ≤ x}| / n)          otherwise, over the n datasets of that signal
 *
 * and a dataset's popularity is its best rank over the signals it has. A dataset
 * with no signal has no popularity (null, "no usage data"), which is not 0
 * ("measured, and nobody uses it").
 *
 *   postgres reads/day: a 0, b 2, c 2, d 50  →  a 0, b 75, c 75, d 100
 *   openlineage runs/day: b 1                →  b 100: popularity b 100
 */
export const USAGE_SIGNALS = ['postgres', 'mariadb', 'openlineage'] as const;
export type UsageSignal = (typeof USAGE_SIGNALS)[number];

export interface DatasetUsageSignals {
  urn: string;
  /** Rate per day by signal; a signal the dataset is not measured by is absent. */
  rates: Partial<Record<UsageSignal, number>>;
}

export function popularityOf(datasets: DatasetUsageSignals[]): Map<string, number | null> {
  const ranks = new Map<string, number | null>(datasets.map((dataset) => [dataset.urn, null]));
  for (const signal of USAGE_SIGNALS) {
    const measured = datasets.filter((dataset) => isRate(dataset.rates[signal]));
    const sorted = measured.map((dataset) => dataset.rates[signal]!).sort((a, b) => a - b);
    for (const dataset of measured) {
      const rank = percentileRank(sorted, dataset.rates[signal]!);
      ranks.set(dataset.urn, Math.max(ranks.get(dataset.urn) ?? 0, rank));
    }
  }
  return ranks;
}

function isRate(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= 0;
}

/** The share (0–100) of `sorted` at or below `value`; 0 for an unused dataset. */
function percentileRank(sorted: number[], value: number): number {
  if (value === 0) return 0;
  // The count of values ≤ value: the first index holding a greater one.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return Math.round((100 * low) / sorted.length);
}
