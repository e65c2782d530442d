import type { Settings } from 'meilisearch';

/**
 * How the asset index searches. Attribute order is ranking order: a hit on the
 * name beats a hit on a column, which beats a hit in a description.
 */
export const SEARCH_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['name', 'qualifiedName', 'fieldNames', 'description', 'fieldDescriptions', 'domain', 'platform'],
  filterableAttributes: ['type', 'domainId', 'platform', 'subtype', 'status', 'source'],
  sortableAttributes: ['name', 'updatedAt'],
  displayedAttributes: ['*'],
  pagination: { maxTotalHits: 10_000 },
};

export function assetIndexUid(prefix: string): string {
  return `${prefix}assets`;
}
