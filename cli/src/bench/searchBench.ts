/**
 * Search at scale, side by side in one run:
 * - indexing throughput of N generated documents, and the index's size on
 *   disk against the raw JSON it was given;
 * - for the same 1–3 word queries with 2 filters: Meilisearch's own processing
 *   time, a raw HTTP round trip to Meilisearch, and the GraphQL `search` end to end.
 */
import type { Meilisearch } from 'meilisearch';
import { assetIndexUid, buildSearchFilter, SEARCH_INDEX_SETTINGS, nameWordCount, otherNumberForms, searchDocumentId, tableColumns, type SearchDocument } from '@polder/api';
import { percentile } from './percentile.ts';
import { seededRandom } from './random.ts';

export interface SearchBenchResult {
  documents: number;
  indexSeconds: number;
  rawJsonBytes: number;
  indexBytes: number;
  queries: number;
  meiliProcessingP95: number;
  meiliRoundTripP50: number;
  meiliRoundTripP95: number;
  graphqlP50: number;
  graphqlP95: number;
}

const WORDS = ['customer', 'order', 'invoice', 'payment', 'product', 'shipment', 'account', 'vehicle', 'rental', 'courier', 'ledger', 'store', 'branch', 'merchant', 'delivery', 'revenue', 'balance', 'journal', 'event', 'rating'];
const DOMAINS = ['Rentals', 'Finance', 'Delivery', 'Marketing', 'Logistics', 'People', 'Risk', 'Sales'];
const SUBTYPES = ['TABLE', 'VIEW', 'MODEL'];


/** Deterministic documents shaped like the real ones. */
export function* syntheticSearchDocuments(count: number, seed = 11): Generator<SearchDocument> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const domain = pick(DOMAINS);
    const name = `${pick(WORDS)}_${pick(WORDS)}_${i}`;
    const qualifiedName = `${domain.toLowerCase()}.public.${name}`;
    const urn = `urn:polder:dataset:(postgres,bench-${domain.toLowerCase()},${qualifiedName})`;
    const fieldNames = Array.from({ length: 8 }, (_, c) => `${pick(WORDS)}_${c === 0 ? 'id' : pick(['name', 'amount', 'status', 'created_at', 'code'])}`);
    yield {
      id: searchDocumentId(urn),
      urn,
      type: 'DATASET',
      name,
      qualifiedName,
      identifiers: [name, `public.${name}`, qualifiedName],
      nameForms: otherNumberForms(name),
      description: `The ${pick(WORDS)} ${pick(WORDS)} of the ${domain} domain, refreshed daily from the ${pick(WORDS)} system.`,
      subtype: pick(SUBTYPES),
      platform: 'postgres',
      domainId: domain.toLowerCase(),
      domain,
      source: `bench-${domain.toLowerCase()}`,
      fieldNames,
      tableColumns: tableColumns('DATASET', name, fieldNames),
      fieldDescriptions: [],
      tags: next() < 0.1 ? ['pii'] : [],
      owners: [],
      terms: [],
      termSenses: [],
      termWords: [],
      certified: next() < 0.2,
      partition: false,
      trust: Math.floor(next() * 100),
      popularity: Math.floor(next() * 1000),
      deprecated: 0,
      nameWords: nameWordCount(name),
      status: 'ACTIVE',
      updatedAt: null,
      visibleTo: ['mesh'],
    };
  }
}

/** 1–3 word queries, each with 2 filters (a domain and a subtype). */
export function benchQueries(count: number, seed = 5): Array<{ query: string; domain: string; subtype: string }> {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => ({
    query: Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS)).join(' '),
    domain: pick(DOMAINS),
    subtype: pick(SUBTYPES),
  }));
}

export async function indexSyntheticDocuments(meili: Meilisearch, indexPrefix: string, documents: number): Promise<Pick<SearchBenchResult, 'documents' | 'indexSeconds' | 'rawJsonBytes' | 'indexBytes'>> {
  const uid = assetIndexUid(indexPrefix);
  await meili.deleteIndexIfExists(uid);
  await meili.createIndex(uid, { primaryKey: 'id' }).waitTask();
  await meili.index(uid).updateSettings(SEARCH_INDEX_SETTINGS).waitTask();
  const started = performance.now();
  let rawJsonBytes = 0;
  let batch: SearchDocument[] = [];
  const waits: Array<Promise<{ status: string; error?: unknown }>> = [];
  const flush = async () => {
    rawJsonBytes += Buffer.byteLength(JSON.stringify(batch));
    // One upload at a time, without waiting for it to be indexed: Meilisearch
    // batches the queued additions itself.
    const enqueued = meili.index(uid).addDocuments(batch);
    await enqueued;
    waits.push(enqueued.waitTask({ timeout: 3_600_000, interval: 500 }));
    batch = [];
  };
  for (const document of syntheticSearchDocuments(documents)) {
    batch.push(document);
    if (batch.length === 20_000) await flush();
  }
  if (batch.length > 0) await flush();
  const results = await Promise.all(waits);
  const failed = results.find((task) => task.status !== 'succeeded');
  if (failed) throw new Error(`indexing failed: ${JSON.stringify(failed.error)}`);
  const indexSeconds = (performance.now() - started) / 1000;
  const stats = await meili.index(uid).getStats();
  return { documents, indexSeconds, rawJsonBytes, indexBytes: stats.rawDocumentDbSize ?? 0 };
}

export async function measureSearchLatency(
  meili: { url: string; key?: string },
  indexPrefix: string,
  graphqlUrl: string,
  queries: Array<{ query: string; domain: string; subtype: string }>,
): Promise<Pick<SearchBenchResult, 'queries' | 'meiliProcessingP95' | 'meiliRoundTripP50' | 'meiliRoundTripP95' | 'graphqlP50' | 'graphqlP95'>> {
  const processing: number[] = [];
  const roundTrip: number[] = [];
  const graphql: number[] = [];
  const searchUrl = `${meili.url}/indexes/${assetIndexUid(indexPrefix)}/search`;
  const GRAPHQL = `query ($q: String!, $f: [AndFilter!]!) { search(input: {query: $q, orFilters: $f, count: 20}) { total hits { urn name matchedFields highlights { field snippet } } facets { field values { value count } } } }`;
  for (const { query, domain, subtype } of queries) {
    const orFilters = [{ and: [{ field: 'domain', values: [domain] }, { field: 'subtype', values: [subtype] }] }];
    // The same request SearchService sends, made directly.
    const body = JSON.stringify({
      q: query,
      limit: 20,
      filter: `status = "ACTIVE" AND (${buildSearchFilter(orFilters)})`,
      facets: ['type', 'domain', 'platform', 'owners', 'tags', 'termSenses', 'certified'],
      attributesToHighlight: ['name', 'qualifiedName', 'description', 'fieldNames', 'fieldDescriptions', 'terms', 'tags', 'domain'],
      attributesToCrop: ['description'],
      cropLength: 30,
    });
    let started = performance.now();
    const raw = await fetch(searchUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${meili.key ?? ''}` }, body });
    const rawBody = (await raw.json()) as { processingTimeMs: number };
    roundTrip.push(performance.now() - started);
    processing.push(rawBody.processingTimeMs);

    started = performance.now();
    const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL, variables: { q: query, f: orFilters } }) });
    const graphqlBody = (await response.json()) as { errors?: unknown };
    graphql.push(performance.now() - started);
    if (graphqlBody.errors) throw new Error(`GraphQL search failed: ${JSON.stringify(graphqlBody.errors)}`);
  }
  return {
    queries: queries.length,
    meiliProcessingP95: percentile(processing, 95),
    meiliRoundTripP50: percentile(roundTrip, 50),
    meiliRoundTripP95: percentile(roundTrip, 95),
    graphqlP50: percentile(graphql, 50),
    graphqlP95: percentile(graphql, 95),
  };
}
