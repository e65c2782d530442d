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
import type { Principal } from './modules/access/Principal.ts';
import type { Credentials } from './modules/access/requestCredentials.ts';
import { AuditService } from './modules/audit/audit.service.ts';
import { EditService } from './modules/edits/edit.service.ts';

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
  loaders: DatasetLoaders & { runsOfSource: ReturnType<typeof createRunsLoader> };
  sources: SourcesService;
  lineage: LineageService;
  search: SearchService;
  edits: EditService;
  audit: AuditService;
  logger: Logger;
}

export function createContext(deps: ApiDependencies, scope: RequestScope): ApiContext {
  const mayRead = () => assertAllowed(scope.principal, { kind: 'read' });
  const graph = new GraphReader(deps.driver, deps.database, mayRead);
  const sources = new SourcesService(graph);
  return {
    ...scope,
    graph,
    loaders: { ...createDatasetLoaders(new DatasetService(graph), new EntityService(graph)), runsOfSource: createRunsLoader(sources) },
    sources,
    lineage: new LineageService(graph, deps.lineage),
    search: new SearchService(deps.meili, deps.indexPrefix, mayRead),
    edits: new EditService(deps.driver, deps.database),
    audit: new AuditService(graph),
    logger: deps.logger,
  };
}
