/**
 * A Meilisearch with a smaller payload limit than a batch of documents: the indexer splits the batch
 * until each request fits, and a single document over the limit is indexed with less of its column
 * text (oversizedSearchDocument.ts), so no batch stalls the outbox behind it. Against a Meilisearch of
 * its own, started with a 64 KiB limit (the one Polder runs allows 100 MB; what it takes to pass that
 * is thousands of wide tables with long column descriptions).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GraphWriter } from '@polder/crawlers';
import { SearchIndexer, searchDocumentId, type SearchDocument } from '@polder/api';
import { formatUrn, parseUrn, type GraphSnapshot } from '@polder/graph-schema';
import { createLogger } from '@polder/runtime';
import { deleteBenchAssets } from 'polder';
import type { Meilisearch } from 'meilisearch';
import { startMeilisearch } from './support/startMeilisearch.ts';
import { testDriver } from './support/services.ts';

const driver = testDriver();
const provider = 'test:search-payload-limit';
const indexPrefix = 'test_payload_limit_';
let meilisearch: { meili: Meilisearch; stop(): Promise<void> };

beforeAll(async () => {
  meilisearch = await startMeilisearch(['--http-payload-size-limit', String(64 * 1024)]);
});

afterAll(async () => {
  await deleteBenchAssets(driver, undefined, provider);
  await driver.close();
  await meilisearch?.stop();
});

const dataset = (name: string) => formatUrn('dataset', 'postgres', 'payload-limit', `shop.public.${name}`);

/** Datasets whose columns have long descriptions: `columns` × ~300 characters each. */
function wideDatasets(tables: Array<{ name: string; columns: number }>): GraphSnapshot {
  const snapshot: GraphSnapshot = { provider, nodes: [], edges: [], warnings: [] };
  for (const { name, columns } of tables) {
    const urn = dataset(name);
    snapshot.nodes.push({ label: 'Dataset', urn, properties: { name, qualifiedName: `shop.public.${name}`, platform: 'postgres', subtype: 'TABLE', description: `The ${name} table` } });
    for (let c = 0; c < columns; c++) {
      const field = formatUrn('field', parseUrn(urn), `column_${c}`);
      snapshot.nodes.push({
        label: 'Field',
        urn: field,
        properties: { name: `column_${c}`, datasetUrn: urn, position: c + 1, dataType: 'text', nullable: true, description: `Column ${c} of ${name}: ${'a long and careful description of what it holds '.repeat(6)}` },
      });
      snapshot.edges.push({ type: 'HAS_FIELD', from: urn, to: field });
    }
  }
  return snapshot;
}

it('splits a batch over the payload limit, and indexes a document over it with less of its column text', async () => {
  // 20 tables of 40 columns: about 13 kB of documents each, 260 kB together. One of 400: about 130 kB alone.
  const tables = [...Array.from({ length: 20 }, (_, t) => ({ name: `orders_${t}`, columns: 40 })), { name: 'very_wide', columns: 400 }];
  const warnings: string[] = [];
  const logger = createLogger('test', 'warn', { write: (line: string) => void warnings.push(line) });
  const indexer = new SearchIndexer(driver, meilisearch.meili, { indexPrefix, logger });
  await indexer.ensureIndex();
  await new GraphWriter(driver, undefined).write(wideDatasets(tables));

  await indexer.drain();

  const index = meilisearch.meili.index<SearchDocument>(`${indexPrefix}assets`);
  const { results } = await index.getDocuments({ ids: tables.map(({ name }) => searchDocumentId(dataset(name))), limit: 100 });
  const byName = new Map(results.map((document) => [document.name, document]));
  expect([...byName.keys()].sort()).toEqual(tables.map(({ name }) => name).sort());
  expect(byName.get('orders_3')!.fieldDescriptions).toHaveLength(40);
  const wide = byName.get('very_wide')!;
  expect(wide.fieldDescriptions).toEqual([]);
  expect(wide.fieldNames).toHaveLength(400);
  expect(wide.description).toBe('The very_wide table');
  expect(warnings.map((line) => JSON.parse(line) as { urn?: string; msg: string })).toEqual([
    expect.objectContaining({ urn: dataset('very_wide'), msg: "search document too large for Meilisearch: indexed without its columns' descriptions" }),
  ]);
  const { records } = await driver.executeQuery(`UNWIND $urns AS urn MATCH (o:IndexOutbox {urn: urn}) RETURN count(o) AS queued`, { urns: tables.map(({ name }) => dataset(name)) });
  expect(Number(records[0]!.get('queued'))).toBe(0);
});
