/**
 * What a bench writes, it removes afterwards: its assets, their trust and policy outbox entries (which the
 * scorers of a later `polder start` would otherwise work through for assets long gone), and their search
 * documents: dropped from the outbox when they never reached the catalog's index, or removed from the
 * index through it when the bench ran the catalog's own indexer (bench openlineage, bench load).
 */
import { afterAll, expect, it } from 'vitest';
import { GraphWriter } from '@polder/crawlers';
import { SearchIndexer, searchDocumentId, TrustScorer } from '@polder/api';
import { trustConfigSchema } from '@polder/runtime';
import { apiBenchSnapshot, BENCH_ACCOUNT, deleteApiBenchGraph, deleteBenchAssets, withBenchToken } from 'polder';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_bench_cleanup_';
const UNRELATED = 'urn:polder:dataset:(postgres,cleanup-test,kept.public.orders)';

afterAll(async () => {
  await driver.executeQuery(`MATCH (o:IndexOutbox {urn: $urn}) DELETE o`, { urn: UNRELATED });
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
});

async function queuedFor(urns: string[]): Promise<Array<{ outbox: string; entries: number }>> {
  const { records } = await driver.executeQuery(
    `UNWIND $urns AS urn
     MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: urn})
     RETURN labels(o)[0] AS outbox, count(*) AS entries ORDER BY outbox`,
    { urns },
  );
  return records.map((record) => ({ outbox: record.get('outbox'), entries: Number(record.get('entries')) }));
}

async function assetsLeft(urns: string[]): Promise<number> {
  const { records } = await driver.executeQuery(`UNWIND $urns AS urn MATCH (n:Entity {urn: urn}) RETURN count(n) AS left`, { urns });
  return Number(records[0]!.get('left'));
}

it('removes the assets the api bench wrote and their outbox entries, and nothing else', async () => {
  const { snapshot } = apiBenchSnapshot(20);
  const urns = snapshot.nodes.map((node) => node.urn);
  await driver.executeQuery(`MERGE (o:IndexOutbox {urn: $urn}) SET o.enqueuedAt = 0`, { urn: UNRELATED });
  await new GraphWriter(driver, undefined).write(snapshot);
  // The writer queues the 21 datasets, the domain and the 3 terms for the indexer; the datasets, the page's 12
  // checks and their 360 results for the trust scorer and the policy evaluator.
  expect(await queuedFor(urns)).toEqual([
    { outbox: 'IndexOutbox', entries: 25 },
    { outbox: 'PolicyOutbox', entries: 393 },
    { outbox: 'TrustOutbox', entries: 393 },
  ]);

  await deleteApiBenchGraph(driver, undefined);

  expect(await assetsLeft(urns)).toBe(0);
  expect(await queuedFor(urns)).toEqual([]);
  expect(await queuedFor([UNRELATED])).toEqual([{ outbox: 'IndexOutbox', entries: 1 }]);
});

it('removes the trust history of the assets the api bench had scored', async () => {
  const { snapshot } = apiBenchSnapshot(3);
  const datasets = snapshot.nodes.filter((node) => node.label === 'Dataset').map((node) => node.urn);
  await new GraphWriter(driver, undefined).write(snapshot);
  await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();
  const history = async () =>
    Number((await driver.executeQuery(`UNWIND $datasets AS urn MATCH (h:TrustScore {subjectUrn: urn}) RETURN count(h) AS entries`, { datasets })).records[0]!.get('entries'));
  expect(await history()).toBe(datasets.length);

  await deleteApiBenchGraph(driver, undefined);

  expect(await history()).toBe(0);
  expect(await assetsLeft(snapshot.nodes.map((node) => node.urn))).toBe(0);
});

it('removes the search documents of assets the catalog indexed while the bench ran', async () => {
  const provider = 'bench:cleanup-indexed';
  const { snapshot } = apiBenchSnapshot(5);
  const urns = snapshot.nodes.map((node) => node.urn);
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await new GraphWriter(driver, undefined).write({ ...snapshot, provider });
  await indexer.drain();
  const index = meili.index(`${indexPrefix}assets`);
  const documents = async () => (await index.getDocuments({ limit: 1000, fields: ['id'] })).results.map((document) => document.id as string);
  const ours = urns.map(searchDocumentId);
  // The 6 datasets, the domain and the 3 terms (columns have no documents of their own).
  expect((await documents()).filter((id) => ours.includes(id))).toHaveLength(10);

  await deleteBenchAssets(driver, undefined, provider, { indexed: true });
  expect(await assetsLeft(urns)).toBe(0);
  // Only their removal is left in the outbox, for the indexer.
  expect(await queuedFor(urns)).toEqual([{ outbox: 'IndexOutbox', entries: 10 }]);
  await indexer.drain();

  expect((await documents()).filter((id) => ours.includes(id))).toEqual([]);
  expect(await queuedFor(urns)).toEqual([]);
});

it('leaves no API token of the bench account behind, whether the bench succeeds or fails', async () => {
  const tokensOfBench = async () =>
    Number((await driver.executeQuery('MATCH (t:ApiToken)-[:ISSUED_TO]->(:Account {username: $username}) RETURN count(t) AS n', { username: BENCH_ACCOUNT })).records[0]!.get('n'));
  const before = await tokensOfBench();
  let seen = -1;
  expect(await withBenchToken(driver, undefined, async (token) => {
    seen = await tokensOfBench();
    return token.length > 0;
  })).toBe(true);
  expect(seen).toBe(before + 1);
  await expect(withBenchToken(driver, undefined, () => Promise.reject(new Error('the bench failed')))).rejects.toThrow('the bench failed');
  expect(await tokensOfBench()).toBe(before);
});
