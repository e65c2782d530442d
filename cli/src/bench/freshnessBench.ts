/**
 * `polder bench freshness`: how long after an edit is committed the search
 * finds it (goal p95 ≤ 2 s). Each round edits a dataset's description through
 * the GraphQL API, as a person would, with a word nobody else uses, then polls
 * `search` until the dataset is the hit for that word. The path measured is the
 * real one: edit transaction → outbox → indexer → Meilisearch task → query.
 */
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { formatUrn } from '@polder/graph-schema';
import { GraphWriter } from '@polder/crawlers';
import type { SearchIndexer } from '@polder/api';
import { percentile } from './percentile.ts';
import { deleteBenchAssets } from './deleteBenchAssets.ts';

export const FRESHNESS_PROVIDER = 'bench:freshness';
const POLL_MS = 20;
const GIVE_UP_MS = 30_000;

export interface FreshnessResult {
  edits: number;
  p50: number;
  p95: number;
  max: number;
}

export async function runFreshnessBench(driver: Driver, database: string, graphqlUrl: string, token: string, edits: number): Promise<FreshnessResult> {
  const urn = formatUrn('dataset', 'postgres', 'bench-freshness', 'bench.public.freshly_edited');
  await new GraphWriter(driver, database).write({
    provider: FRESHNESS_PROVIDER,
    nodes: [{ label: 'Dataset', urn, properties: { name: 'freshly_edited', qualifiedName: 'bench.public.freshly_edited', platform: 'postgres', subtype: 'TABLE' } }],
    edges: [],
    warnings: [],
  });
  const call = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
    if (body.errors) throw new Error(`the API refused: ${body.errors[0]!.message}`);
    return body.data!;
  };

  const latencies: number[] = [];
  for (let round = 0; round < edits; round++) {
    const word = `fresh${randomBytes(6).toString('hex')}`;
    const { dataset } = await call(`query ($urn: ID!) { dataset(urn: $urn) { version } }`, { urn });
    await call(`mutation ($input: UpdateDescriptionInput!) { updateDescription(input: $input) { urn } }`, {
      input: { urn, expectedVersion: dataset.version, description: `Edited in round ${round}: ${word}` },
    });
    const committed = performance.now();
    for (;;) {
      const { search } = await call(`query ($q: String!) { search(input: {query: $q, count: 1}) { hits { urn } } }`, { q: word });
      if (search.hits[0]?.urn === urn) break;
      if (performance.now() - committed > GIVE_UP_MS) throw new Error(`round ${round}: the edit was not searchable after ${GIVE_UP_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    latencies.push(performance.now() - committed);
  }
  return { edits, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) };
}

/**
 * Deletes the bench's dataset and its audit trail. The bench runs the catalog's own indexer (serveApi), so
 * the dataset's document is in the catalog's index: `indexer` drains its removal.
 */
export async function deleteFreshnessBench(driver: Driver, database: string, indexer: SearchIndexer): Promise<void> {
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(:Entity {provider: $provider}) DETACH DELETE c`, { provider: FRESHNESS_PROVIDER }, { database });
  await deleteBenchAssets(driver, database, FRESHNESS_PROVIDER, { indexed: true });
  await indexer.drain();
}
