/**
 * The client the indexer sends documents with: the same Meilisearch, each request on a connection that
 * closes after its answer. Meilisearch answers a request over its payload limit with 413 before it has
 * read the body, and keeps the connection open; the next request on that connection then waits for ever
 * (Meilisearch 1.21 and Node's fetch, checked 2026-12-02 with a 420 kB body against a 64 KiB limit). Only
 * document requests can be that large, so only they pay for a connection each.
 */
import { Meilisearch } from 'meilisearch';

export function documentSendingClient(meili: Meilisearch): Meilisearch {
  const { requestInit, ...config } = meili.config;
  const headers = new Headers(requestInit?.headers);
  headers.set('connection', 'close');
  return new Meilisearch({ ...config, requestInit: { ...requestInit, headers } });
}
