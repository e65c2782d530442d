import type { PolderConfig, ServiceName } from '@polder/runtime';

/**
 * What `polder start` runs: Neo4j and Meilisearch always; Polder's own PostgreSQL only when something
 * lives in it, the demo's stores or a `local: true` source. A mesh of external databases does not pay
 * for a server it never connects to (nor for the port it would take).
 */
export function servicesForStart(config: PolderConfig, demo: boolean): ServiceName[] {
  const usesLocalPostgres = demo || config.mesh.sources.some((source) => source.kind === 'postgres' && source.connection.local === true);
  return usesLocalPostgres ? ['neo4j', 'meili', 'postgres'] : ['neo4j', 'meili'];
}
