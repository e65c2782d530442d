import type { Settings } from 'meilisearch';

/**
 * How the asset index searches. Attribute order is ranking order: a hit on the
 * name beats a hit on a column, which beats a hit in a description.
 */
export const SEARCH_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['name', 'nameForms', 'identifiers', 'qualifiedName', 'tableColumns', 'fieldNames', 'description', 'fieldDescriptions', 'terms', 'termWords', 'tags', 'domain', 'platform', 'owners'],
  // `identifiers` for exact-identifier queries (pinnedIdentifier.ts), never from the caller's filters.
  filterableAttributes: ['type', 'subtype', 'domain', 'platform', 'source', 'owners', 'tags', 'termSenses', 'certified', 'partition', 'deprecated', 'status', 'visibleTo', 'identifiers'],
  sortableAttributes: ['name', 'updatedAt', 'trust', 'popularity'],
  displayedAttributes: ['*'],
  // An explicit sort (only sent when the caller asks for one) orders everything.
  // Otherwise text relevance decides, then the name the query covers most completely
  // (fewest words); trust and popularity only break ties, so a relevant but untrusted
  // asset is never buried under an irrelevant trusted one.
  // A partition comes after every asset that matches as many of the query's words as well (before
  // `attribute`: a table partitioned by month would otherwise put its partitions, whose names carry
  // the table's, above every table that has the word in a column). Its own name still finds it
  // first: it matches more of the words (`payment_p2022_03`).
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'partition:asc', 'attribute', 'exactness', 'deprecated:asc', 'nameWords:asc', 'trust:desc', 'popularity:desc'],
  // Tags most used first: a facet's values are cut at maxValuesPerFacet after this order, so the search's tag
  // facet and the tags suggested while typing one (tagUsage.service.ts) keep the most used, not the first by name.
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { tags: 'count' } },
  pagination: { maxTotalHits: 10_000 },
};

/** Facets returned with every search: GraphQL filter field → document attribute. */
export const FACETS = { type: 'type', domain: 'domain', platform: 'platform', owner: 'owners', tag: 'tags', term: 'termSenses', certified: 'certified' } as const;

export function assetIndexUid(prefix: string): string {
  return `${prefix}assets`;
}
