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
}

export interface ApiContext {
  graph: GraphReader;
  loaders: DatasetLoaders & { runsOfSource: ReturnType<typeof createRunsLoader> };
  sources: SourcesService;
  lineage: LineageService;
  search: SearchService;
  logger: Logger;
}

export function createContext(deps: ApiDependencies): ApiContext {
  const graph = new GraphReader(deps.driver, deps.database);
  const sources = new SourcesService(graph);
  return {
    graph,
    loaders: { ...createDatasetLoaders(new DatasetService(graph), new EntityService(graph)), runsOfSource: createRunsLoader(sources) },
    sources,
    lineage: new LineageService(graph, deps.lineage),
    search: new SearchService(deps.meili, deps.indexPrefix),
    logger: deps.logger,
  };
}
