/**
 * What every resolver can reach, created fresh for each request: the batch
 * loaders must not outlive a request, or one caller would see another's cache.
 */
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import { DEFAULT_GLOSSARY_LIMITS, DEFAULT_OPERATION_LIMITS, type GlossaryLimits, type LineageLimits, type Logger, type OperationLimits } from '@polder/runtime';
import { GraphReader } from './graph/GraphReader.ts';
import { DatasetService } from './modules/dataset/dataset.service.ts';
import { createDatasetLoaders, type DatasetLoaders } from './modules/dataset/dataset.loaders.ts';
import { EntityService } from './modules/entity/entity.service.ts';
import { SourcesService } from './modules/sources/sources.service.ts';
import { createRunsLoader } from './modules/sources/sources.loaders.ts';
import { createJobsLoaders } from './modules/jobs/jobs.loaders.ts';
import { JobsService } from './modules/jobs/jobs.service.ts';
import { LineageService } from './modules/lineage/lineage.service.ts';
import { SearchService } from './modules/search/search.service.ts';
import type { AccessService, AccessSettings } from './modules/access/access.service.ts';
import { assertAllowed } from './modules/access/authorize.ts';
import { audiencesSeenBy, visibilityParameters } from './modules/access/assetVisibility.ts';
import type { Principal } from './modules/access/Principal.ts';
import type { Credentials } from './modules/access/requestCredentials.ts';
import { AuditService } from './modules/audit/audit.service.ts';
import { EditService } from './modules/edits/edit.service.ts';
import { GlossaryService } from './modules/glossary/glossary.service.ts';
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
  /** Caps on lineage and impact walks (polder.yaml's `api.lineage`). */
  lineage: LineageLimits;
  /** Whether the schema can be introspected (on by default; tools and the web use it). */
  introspection?: boolean;
  /** Whose `X-Forwarded-For` is believed (polder.yaml's `api.trustedProxies`): loopback unless set. */
  trustedProxies?: string[];
  /** Bounds on one operation (polder.yaml's `api.operations`); the defaults unless set. */
  operationLimits?: OperationLimits;
  /** Sign-in and token settings; anonymous read is off unless set. */
  access?: Partial<AccessSettings>;
  /** The cap on glossary hierarchy walks (polder.yaml's `api.glossary`). */
  glossary?: Partial<GlossaryLimits>;
  /** Starts crawls on request, when this process runs the scheduler. */
  crawls?: CrawlTrigger;
}

/** The caps and bounds a server enforces: its dependencies' settings, the defaults where they set none. */
export interface ConfiguredLimits {
  lineage: LineageLimits;
  glossaryWalkCap: number;
  operations: OperationLimits;
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
  /** The caps and bounds this API enforces, as configured. */
  limits: ConfiguredLimits;
  graph: GraphReader;
  loaders: DatasetLoaders & QualityLoaders & TrustLoaders & AuditLoaders & ProfileLoaders & ReturnType<typeof createJobsLoaders> & { runsOfSource: ReturnType<typeof createRunsLoader> };
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
  datasets: DatasetService;
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

/**
 * The context of one request. Its services and loaders are built on first use, once: an operation
 * reaches a few of them, and building all twenty-odd services and their loaders for every request
 * held the trivial query of `polder bench api` to about 2,200 requests/s, against 2,780 since.
 */
class RequestContext implements ApiContext {
  readonly principal: Principal;
  readonly access: AccessService;
  readonly http: RequestHttp;
  readonly graph: GraphReader;
  readonly crawls?: CrawlTrigger;
  readonly logger: Logger;

  /** Throws unless the caller may read the catalog: every read of the graph and the search index checks. */
  private readonly mayRead = () => assertAllowed(this.principal, { kind: 'read' });
  /** What has been built so far. */
  private readonly built: Partial<Omit<ApiContext, keyof RequestScope | 'graph' | 'crawls' | 'logger'>> & { glossaryLimits?: GlossaryLimits } = {};

  constructor(
    private readonly deps: ApiDependencies,
    scope: RequestScope,
  ) {
    this.principal = scope.principal;
    this.access = scope.access;
    this.http = scope.http;
    this.graph = new GraphReader(deps.driver, deps.database, this.mayRead, visibilityParameters(scope.principal));
    this.crawls = deps.crawls;
    this.logger = deps.logger;
  }

  get limits(): ConfiguredLimits {
    return { lineage: this.deps.lineage, glossaryWalkCap: this.glossaryLimits.walkCap, operations: this.deps.operationLimits ?? DEFAULT_OPERATION_LIMITS };
  }

  private get glossaryLimits(): GlossaryLimits {
    return (this.built.glossaryLimits ??= { ...DEFAULT_GLOSSARY_LIMITS, ...this.deps.glossary });
  }

  get datasets(): DatasetService {
    return (this.built.datasets ??= new DatasetService(this.graph));
  }

  get loaders(): ApiContext['loaders'] {
    return (this.built.loaders ??= {
      ...createDatasetLoaders(this.datasets, new EntityService(this.graph)),
      ...createQualityLoaders(this.quality),
      ...createTrustLoaders(new TrustService(this.graph)),
      ...createAuditLoaders(this.audit, this.principal),
      ...createProfileLoaders(new ProfileService(this.graph)),
      ...createJobsLoaders(new JobsService(this.graph)),
      runsOfSource: createRunsLoader(this.sources),
    });
  }

  get quality(): QualityService {
    return (this.built.quality ??= new QualityService(this.graph));
  }

  get sources(): SourcesService {
    return (this.built.sources ??= new SourcesService(this.graph, this.principal));
  }

  get lineage(): LineageService {
    return (this.built.lineage ??= new LineageService(this.graph, this.deps.lineage));
  }

  get search(): SearchService {
    return (this.built.search ??= new SearchService(this.deps.meili, this.deps.indexPrefix, this.mayRead, audiencesSeenBy(this.principal)));
  }

  get edits(): EditService {
    return (this.built.edits ??= new EditService(this.deps.driver, this.deps.database));
  }

  get audit(): AuditService {
    return (this.built.audit ??= new AuditService(this.graph));
  }

  get glossary(): GlossaryService {
    return (this.built.glossary ??= new GlossaryService(this.deps.driver, this.deps.database, this.graph, this.glossaryLimits));
  }

  get glossaryLoaders(): GlossaryLoaders {
    return (this.built.glossaryLoaders ??= createGlossaryLoaders(this.glossary));
  }

  get glossaryTransfer(): GlossaryTransferService {
    return (this.built.glossaryTransfer ??= new GlossaryTransferService(this.deps.driver, this.deps.database, this.graph, this.glossaryLimits));
  }

  get suggestions(): SuggestionService {
    return (this.built.suggestions ??= new SuggestionService(this.deps.driver, this.deps.database, this.graph));
  }

  get polysemes(): PolysemeService {
    return (this.built.polysemes ??= new PolysemeService(this.deps.driver, this.deps.database, this.graph));
  }

  get polysemeLoaders(): PolysemeLoaders {
    return (this.built.polysemeLoaders ??= createPolysemeLoaders(this.polysemes));
  }

  get domains(): DomainService {
    return (this.built.domains ??= new DomainService(this.graph));
  }

  get domainLoaders(): DomainLoaders {
    return (this.built.domainLoaders ??= createDomainLoaders(this.domains));
  }

  get productLoaders(): DataProductLoaders {
    return (this.built.productLoaders ??= createDataProductLoaders(new DataProductService(this.graph)));
  }

  get peopleLoaders(): PeopleLoaders {
    return (this.built.peopleLoaders ??= createPeopleLoaders(new PeopleService(this.graph)));
  }

  get governance(): GovernanceService {
    return (this.built.governance ??= new GovernanceService(this.graph));
  }

  get governanceLoaders(): GovernanceLoaders {
    return (this.built.governanceLoaders ??= createGovernanceLoaders(this.governance));
  }

  get policyPreview(): PolicyPreviewService {
    return (this.built.policyPreview ??= new PolicyPreviewService(this.deps.driver, this.deps.database, this.graph, this.deps.logger));
  }
}

export function createContext(deps: ApiDependencies, scope: RequestScope): ApiContext {
  return new RequestContext(deps, scope);
}
