/**
 * The web's only door to the Polder API. Pages import from here; documents
 * live in `queries/` and `fragments/`, transport in `requestGraphQL`.
 */
export type { ApiFailure, ApiResult } from './ApiResult';
export type { DatasetLinkFields } from './fragments/datasetLinkFields';
export type { FacetFields } from './fragments/facetFields';
export type { FieldRowFields } from './fragments/fieldRowFields';
export type { SearchHitFields } from './fragments/searchHitFields';
export type { Suggestion } from './queries/autocompleteQuery';
export type { DatasetDetail } from './queries/datasetQuery';
export type { LineageNode, LineageResult } from './queries/lineageQuery';
export type { SearchFilter } from './queries/searchInput';
export type { SearchResults } from './queries/searchQuery';
export type { EntityType, SearchSort } from './schemaEnums';
export { getDataset } from './getDataset';
export { getLineage } from './getLineage';
export { getSuggestions } from './getSuggestions';
export { type CatalogSearch, SEARCH_PAGE_SIZE, searchCatalog } from './searchCatalog';
