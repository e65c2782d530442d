/**
 * Counts impacted datasets per key, most first, then by key: pure, so the
 * grouping rules (a dataset counts once per key; none → a placeholder) are tested alone.
 */
export interface ImpactedDataset {
  domain: string | null;
  products: string[];
  owners: string[];
}

export const NO_DOMAIN = '(no domain)';

export function countBy(datasets: ImpactedDataset[], keys: (dataset: ImpactedDataset) => string[]): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const dataset of datasets) {
    for (const key of new Set(keys(dataset))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function summariseImpact(datasets: ImpactedDataset[]) {
  return {
    byDomain: countBy(datasets, (dataset) => [dataset.domain ?? NO_DOMAIN]),
    byProduct: countBy(datasets, (dataset) => dataset.products),
    byOwner: countBy(datasets, (dataset) => dataset.owners),
  };
}
