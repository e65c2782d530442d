// type-graphql reads decorator metadata through reflect-metadata, which must load before any decorated class.
import 'reflect-metadata';
export * from './server.ts';
export * from './context.ts';
export * from './schema.ts';
export * from './modules/search/SearchIndexer.ts';
export * from './modules/trust/TrustScorer.ts';
export * from './modules/search/searchIndexSettings.ts';
export * from './modules/search/checkSearchConsistency.ts';
export * from './modules/search/searchDocument.ts';
export * from './modules/search/searchFilters.ts';
export * from './modules/access/access.service.ts';
export * from './modules/access/account.service.ts';
export * from './modules/access/Principal.ts';
export { applyGlossarySeed, parseGlossarySeed, type GlossarySeed, type SeedReport } from './modules/glossary/glossarySeed.ts';
export { isExpectedError } from './errors.ts';
export type { CrawlTrigger, CrawlRequestOutcome } from './modules/sources/crawlTrigger.ts';
export * from './modules/governance/PolicyEvaluator.ts';
export { applyPolicySet, type AppliedPolicies } from './modules/governance/applyPolicySet.ts';
