/**
 * What every resolver can reach, created fresh for each request: the batch
 * loaders must not outlive a request, or one caller would see another's cache.
 */
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from '@polder/runtime';
import { GraphReader } from './graph/GraphReader.ts';
import type { OperationLimits } from './limits/operationLimits.ts';
import { DatasetService } from './modules/dataset/dataset.service.ts';
import { createDatasetLoaders, type DatasetLoaders } from './modules/dataset/dataset.loaders.ts';
import { EntityService } from './modules/entity/entity.service.ts';
import { SourcesService } from './modules/sources/sources.service.ts';
import { createRunsLoader } from './modules/sources/sources.loaders.ts';
import { LineageService } from './modules/lineage/lineage.service.ts';
import { SearchService } from './modules/search/search.service.ts';
import type { AccessService, AccessSettings } from './modules/access/access.service.ts';
import { assertAllowed } from './modules/access/authorize.ts';
import { audiencesSeenBy, visibilityParameters } from './modules/access/assetVisibility.ts';
import type { Principal } from './modules/access/Principal.ts';
import type { Credentials } from './modules/access/requestCredentials.ts';
import { AuditService } from './modules/audit/audit.service.ts';
import { EditService } from './modules/edits/edit.service.ts';
import { GlossaryService, DEFAULT_GLOSSARY_SETTINGS, type GlossarySettings } from './modules/glossary/glossary.service.ts';
import { createGlossaryLoaders, type GlossaryLoaders } from './modules/glossary/glossary.loaders.ts';
import { GlossaryTransferService } from './modules/glossary/glossaryTransfer.service.ts';
import { SuggestionService } from './modules/glossary/suggestion.service.ts';
import { PolysemeService } from './modules/glossary/polyseme.service.ts';
import { createPolysemeLoaders, type PolysemeLoaders } from './modules/glossary/polyseme.loaders.ts';
import { QualityService } from './modules/quality/quality.service.ts';
import { createQualityLoaders, type QualityLoaders } from './modules/quality/quality.loaders.ts';
import { TrustService } from './modules/trust/trust.service.ts';
import { createTrustLoaders, type TrustLoaders } from './modules/trust/trust.loaders.ts';
import { createAuditLoaders, type AuditLoaders } from './modules/audit/audit.loaders.ts';
import { ProfileService } from './modules/profiling/profile.service.ts';
import { createProfileLoaders, type ProfileLoaders } from './modules/profiling/profile.loaders.ts';
import { PeopleService } from './modules/people/people.service.ts';
import { createPeopleLoaders, type PeopleLoaders } from './modules/people/people.loaders.ts';
import type { CrawlTrigger } from './modules/sources/crawlTrigger.ts';
import { DomainService } from './modules/domain/domain.service.ts';
import { createDomainLoaders, type DomainLoaders } from './modules/domain/domain.loaders.ts';
import { DataProductService } from './modules/products/dataProduct.service.ts';
import { createDataProductLoaders, type DataProductLoaders } from './modules/products/dataProduct.loaders.ts';
import { GovernanceService } from './modules/governance/governance.service.ts';
import { createGovernanceLoaders, type GovernanceLoaders } from './modules/governance/governance.loaders.ts';
import { PolicyPreviewService } from './modules/governance/policyPreview.service.ts';

export interface ApiDependencies {
  driver: Driver;
  database?: string;
  meili: Meilisearch;
  indexPrefix: string;
  logger: Logger;
  lineage: { maxDepth: number; maxNodes: number };
  /** Whether the schema can be introspected (on by default; tools and the web use it). */
  introspection?: boolean;
  operationLimits?: OperationLimits;
  /** Sign-in and token settings; anonymous read is off unless set. */
  access?: Partial<AccessSettings>;
  /** Glossary settings (the cap on hierarchy walks). */
  glossary?: Partial<GlossarySettings>;
  /** Starts crawls on request, when this process runs the scheduler. */
  crawls?: CrawlTrigger;
}

/** The HTTP side of one request, for the few resolvers that need it (signing in and out). */
export interface RequestHttp {
  clientAddress: string;
  credentials: Credentials;
  setSessionCookie(secret: string, expiresAt: string): void;
  clearSessionCookie(): void;
}

/** Per request: who is calling, and how to answer them. */
export interface RequestScope {
  principal: Principal;
  access: AccessService;
  http: RequestHttp;
}

export interface ApiContext extends RequestScope {
  graph: GraphReader;
  loaders: DatasetLoaders & QualityLoaders & TrustLoaders & AuditLoaders & ProfileLoaders & { runsOfSource: ReturnType<typeof createRunsLoader> };
  quality: QualityService;
  sources: SourcesService;
  lineage: LineageService;
  search: SearchService;
  edits: EditService;
  audit: AuditService;
  glossary: GlossaryService;
  glossaryLoaders: GlossaryLoaders;
  glossaryTransfer: GlossaryTransferService;
  suggestions: SuggestionService;
  polysemes: PolysemeService;
  polysemeLoaders: PolysemeLoaders;
  domains: DomainService;
  domainLoaders: DomainLoaders;
  productLoaders: DataProductLoaders;
  peopleLoaders: PeopleLoaders;
  governance: GovernanceService;
  governanceLoaders: GovernanceLoaders;
  policyPreview: PolicyPreviewService;
  crawls?: CrawlTrigger;
  logger: Logger;
}

export function createContext(deps: ApiDependencies, scope: RequestScope): ApiContext {
  const mayRead = () => assertAllowed(scope.principal, { kind: 'read' });
  const graph = new GraphReader(deps.driver, deps.database, mayRead, visibilityParameters(scope.principal));
  const sources = new SourcesService(graph);
  const glossarySettings = { ...DEFAULT_GLOSSARY_SETTINGS, ...deps.glossary };
  const glossary = new GlossaryService(deps.driver, deps.database, graph, glossarySettings);
  const polysemes = new PolysemeService(deps.driver, deps.database, graph);
  const quality = new QualityService(graph);
  const domains = new DomainService(graph);
  const governance = new GovernanceService(graph);
  const audit = new AuditService(graph);
  return {
    ...scope,
    graph,
    loaders: {
      ...createDatasetLoaders(new DatasetService(graph), new EntityService(graph)),
      ...createQualityLoaders(quality),
      ...createTrustLoaders(new TrustService(graph)),
      ...createAuditLoaders(audit, scope.principal),
      ...createProfileLoaders(new ProfileService(graph)),
      runsOfSource: createRunsLoader(sources),
    },
    quality,
    sources,
    lineage: new LineageService(graph, deps.lineage),
    search: new SearchService(deps.meili, deps.indexPrefix, mayRead, audiencesSeenBy(scope.principal)),
    edits: new EditService(deps.driver, deps.database),
    audit,
    glossary,
    glossaryLoaders: createGlossaryLoaders(glossary),
    glossaryTransfer: new GlossaryTransferService(deps.driver, deps.database, graph, glossarySettings),
    suggestions: new SuggestionService(deps.driver, deps.database, graph),
    polysemes,
    polysemeLoaders: createPolysemeLoaders(polysemes),
    domains,
    domainLoaders: createDomainLoaders(domains),
    productLoaders: createDataProductLoaders(new DataProductService(graph)),
    peopleLoaders: createPeopleLoaders(new PeopleService(graph)),
    governance,
    governanceLoaders: createGovernanceLoaders(governance),
    policyPreview: new PolicyPreviewService(deps.driver, deps.database, graph, deps.logger),
    crawls: deps.crawls,
    logger: deps.logger,
  };
}
