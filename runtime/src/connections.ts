/**
 * Opening clients for the graph and the search engine. Credentials are passed
 * in, used, and never logged or stored.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { Meilisearch } from 'meilisearch';

export interface Neo4jConnection {
  uri: string;
  user: string;
  /** Undefined only for an external Neo4j configured without authentication. */
  password?: string;
  database?: string;
}

export interface MeiliConnection {
  url: string;
  /** Undefined only for an external Meilisearch configured without a master key. */
  key?: string;
}

export function connectNeo4j(connection: Neo4jConnection): Driver {
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    // Polder's integers (positions, counts, row estimates) fit in a double.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    logging: { level: 'error', logger: () => {} },
  });
}

export function connectMeili(connection: MeiliConnection): Meilisearch {
  return new Meilisearch({ host: connection.url, apiKey: connection.key });
}
