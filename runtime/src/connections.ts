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

/** The driver's value for "every record in one batch" (its `FETCH_ALL`, not exported in its types). */
const FETCH_ALL = -1;

/** Batches of a streamed read (the driver's default): the stream waits for its reader after each. */
export const STREAMED_FETCH_SIZE = 1000;

export function connectNeo4j(connection: Neo4jConnection): Driver {
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    // Polder's integers (positions, counts, row estimates) fit in a double.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Every read but the backup's export holds its whole result before using it (executeQuery,
    // `await tx.run`), so each result comes in one batch: at the driver's default of 1,000 records a
    // batch, the API's 1,000-node lineage walk (1,001 rows, one to tell whether the limit cut it) took
    // a second round trip, 0.2–0.6 ms of a 9–10 ms walk (BENCHMARKS.md). The export streams, with its own.
    fetchSize: FETCH_ALL,
    connectionAcquisitionTimeout: 30_000,
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * How long one request to Meilisearch may take. Without a bound, a Meilisearch that holds a connection
 * and never answers (stopped, or behind a network that drops packets) held the search indexer's drain,
 * and every search request, for ever; with it, a search is UNAVAILABLE and the indexer retries later.
 * Long enough for the largest request Polder sends: a batch of documents up to Meilisearch's 100 MB.
 */
export const MEILI_REQUEST_TIMEOUT_MS = 60_000;

export function connectMeili(connection: MeiliConnection, options: { timeoutMs?: number } = {}): Meilisearch {
  return new Meilisearch({ host: connection.url, apiKey: connection.key, timeout: options.timeoutMs ?? MEILI_REQUEST_TIMEOUT_MS });
}
