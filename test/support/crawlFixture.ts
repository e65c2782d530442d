import type { Driver } from 'neo4j-driver';
import { GraphWriter, meshSnapshot, sourceProviderOf } from '@polder/crawlers';
import type { RunningServices, SourceConfig } from '@polder/runtime';

/** A postgres source of the test PostgreSQL, in its own domain, with the password passed by env name. */
export function testPostgresSource(postgres: RunningServices['postgres'], id: string, database: string, domain: string): { source: SourceConfig; env: NodeJS.ProcessEnv } {
  return {
    source: {
      id,
      kind: 'postgres',
      domain,
      connection: { host: postgres.host, port: postgres.port, database, user: postgres.user, passwordEnv: 'TEST_PG_PASSWORD' },
      include: [],
      exclude: [],
    },
    env: { TEST_PG_PASSWORD: postgres.password },
  };
}

/** A mysql source of a test MySQL or MariaDB server, in its own domain, with the password passed by env name. */
export function testMySqlSource(
  server: { host: string; port: number; user: string; password: string },
  id: string,
  database: string,
  domain: string,
): { source: SourceConfig; env: NodeJS.ProcessEnv } {
  return {
    source: {
      id,
      kind: 'mysql',
      domain,
      connection: { host: server.host, port: server.port, database, user: server.user, passwordEnv: 'TEST_MYSQL_PASSWORD' },
      include: [],
      exclude: [],
    },
    env: { TEST_MYSQL_PASSWORD: server.password },
  };
}

/**
 * Writes the domain and source nodes a crawl hangs from. Each test file uses
 * its own mesh provider, so files sharing one Neo4j never remove each other's domains.
 */
export async function writeTestMesh(driver: Driver, source: SourceConfig, domainName = source.domain[0]!.toUpperCase() + source.domain.slice(1)): Promise<void> {
  const snapshot = meshSnapshot({ domains: [{ id: source.domain, name: domainName, description: '' }], sources: [source] });
  await new GraphWriter(driver).write({ ...snapshot, provider: `config:${source.id}` });
}

/**
 * Writes the source node of a second source of a domain whose node `writeTestMesh` wrote for another source,
 * leaving that node the other's: deleting this source's data (deleteCrawledData) then keeps the domain.
 */
export async function writeTestSource(driver: Driver, source: SourceConfig): Promise<void> {
  await new GraphWriter(driver).write({ ...meshSnapshot({ domains: [], sources: [source] }), provider: `config:${source.id}` });
}

/**
 * Deletes what a test file's crawl wrote (its nodes, their outbox entries and
 * its runs), so files sharing one Neo4j and one outbox see only their own data.
 */
export async function deleteCrawledData(driver: Driver, source: SourceConfig): Promise<void> {
  const provider = sourceProviderOf(source);
  await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.provider IN [$provider, $meshProvider]
     CALL (n) { MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DELETE o }
     DETACH DELETE n`,
    { provider, meshProvider: `config:${source.id}` },
  );
  await driver.executeQuery(`MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox) WHERE o.urn CONTAINS $marker DELETE o`, { marker: `(${source.kind},${source.id},` });
  await driver.executeQuery(`MATCH (r:CrawlRun {sourceUrn: $urn}) DELETE r`, { urn: `urn:polder:source:${source.id}` });
}
