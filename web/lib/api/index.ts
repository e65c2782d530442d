/**
 * The web's only door to the Polder API. Pages import from here; documents
 * live in `queries/`, `mutations/` and `fragments/`; transport (and the
 * signed-in person's session, sent as a bearer token) in `requestGraphQL`.
 */
export type { ApiFailure, ApiResult } from './ApiResult';
export type { ApiTokenFields } from './fragments/apiTokenFields';
export type { CrawlRunFields, CrawlRunStatus } from './fragments/crawlRunFields';
export type { DatasetLinkFields } from './fragments/datasetLinkFields';
export type { FacetFields } from './fragments/facetFields';
export type { FieldRowFields } from './fragments/fieldRowFields';
export type { SearchHitFields } from './fragments/searchHitFields';
export type { TermLinkFields } from './fragments/termLinkFields';
export type { ViewerFields } from './fragments/viewerFields';
export type { CreatedApiToken } from './mutations/createApiTokenMutation';
export type { CrawlRequest, CrawlRequestStatus } from './mutations/triggerCrawlMutation';
export type { ChangeEntry } from './queries/changesQuery';
export type { Suggestion } from './queries/autocompleteQuery';
export type { DatasetCertification, DatasetDetail, DatasetOwner } from './queries/datasetQuery';
export type { CheckResultSummary, DatasetQuality, DatasetTrust, OpenIncident, QualityCheckSummary, TrustComponent, TrustEvidence } from './queries/datasetQualityQuery';
export type { GlossaryTermDetail, TermRelationEntry } from './queries/glossaryTermQuery';
export type { PolysemeDetail, SenseMappingEntry, SenseTerm } from './queries/polysemeQuery';
export type { LineageNode, LineageResult } from './queries/lineageQuery';
export type { SearchFilter } from './queries/searchInput';
export type { SearchResults } from './queries/searchQuery';
export type { SourceSummary } from './queries/sourcesQuery';
export type { EntityType, OwnershipType, SearchSort, TokenScope } from './schemaEnums';
export { createApiToken } from './createApiToken';
export { type DatasetEdit, editDataset } from './editDataset';
export { getChanges } from './getChanges';
export { getDataset } from './getDataset';
export { getDatasetQuality } from './getDatasetQuality';
export { getGlossaryTerm, getTermAssets, TERM_ASSETS_LIMIT } from './getGlossaryTerm';
export { getPolyseme } from './getPolyseme';
export { getLineage } from './getLineage';
export { getSuggestions } from './getSuggestions';
export { getViewer } from './getViewer';
export { listApiTokens } from './listApiTokens';
export { listSources, SOURCE_RUNS_SHOWN } from './listSources';
export { revokeApiToken } from './revokeApiToken';
export { type CatalogSearch, SEARCH_PAGE_SIZE, searchCatalog } from './searchCatalog';
export { signIn } from './signIn';
export { signOut } from './signOut';
export { triggerCrawl } from './triggerCrawl';
