/**
 * @polder/runtime: configuration, logging, and the local services (Neo4j,
 * Meilisearch, PostgreSQL) every other package starts or connects to.
 */
export * from './config.ts';
export * from './logger.ts';
export * from './connections.ts';
export * from './transactions.ts';
export * from './secrets.ts';
export * from './childEnvironment.ts';
export * from './policySet.ts';
export { loneSurrogateIn } from './wholeCharacters.ts';
export { closestName } from './closestName.ts';

export {
  startServices,
  stopServices,
  servicesStatus,
  type StartServicesOptions,
  type StartedServices,
  type ServiceStatus,
  type StoppedService,
} from './services/serviceManager.ts';
export { SERVICE_NAMES, type ServiceName, type RunningServices, type PostgresConnection } from './services/serviceTypes.ts';
export { ServiceStartError } from './services/ServiceStartError.ts';
export { findFreePort, isPortFree } from './services/ports.ts';
export { withFileLock } from './services/fileLock.ts';
export { checkNeo4j } from './services/neo4jService.ts';
export { checkMeilisearch, meilisearchArgs } from './services/meilisearchService.ts';
export { findMeilisearchBinary } from './services/meilisearchBinary.ts';
export { checkPostgres } from './services/postgresService.ts';
export { createDatabase, dropDatabase, runSqlFile, withPostgresClient } from './services/postgresDatabases.ts';
export { servicePaths, type ServicePaths } from './services/servicePaths.ts';
