/**
 * What `npx polder bench api` writes, it removes afterwards: its assets, and the outbox entries the
 * graph writer queued for them (search, trust, policies), which the indexer and scorers of a later
 * `polder start` would otherwise work through for assets long gone. Other outbox entries stay.
 */
import { afterAll, expect, it } from 'vitest';
import { GraphWriter } from '@polder/crawlers';
import { apiBenchSnapshot, deleteApiBenchGraph } from 'polder';
import { testDriver } from './support/services.ts';

const driver = testDriver();
const UNRELATED = 'urn:polder:dataset:(postgres,cleanup-test,kept.public.orders)';

afterAll(async () => {
  await driver.executeQuery(`MATCH (o:IndexOutbox {urn: $urn}) DELETE o`, { urn: UNRELATED });
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

it('removes the assets the api bench wrote and their outbox entries, and nothing else', async () => {
  const { snapshot } = apiBenchSnapshot(20);
  const urns = snapshot.nodes.map((node) => node.urn);
  await driver.executeQuery(`MERGE (o:IndexOutbox {urn: $urn}) SET o.enqueuedAt = 0`, { urn: UNRELATED });
  await new GraphWriter(driver, undefined).write(snapshot);
  // The writer queues the 21 datasets, the domain and the 3 terms for the indexer; the datasets for the trust scorer and the policy evaluator.
  expect(await queuedFor(urns)).toEqual([
    { outbox: 'IndexOutbox', entries: 25 },
    { outbox: 'PolicyOutbox', entries: 21 },
    { outbox: 'TrustOutbox', entries: 21 },
  ]);

  await deleteApiBenchGraph(driver, undefined);

  const { records } = await driver.executeQuery(`UNWIND $urns AS urn MATCH (n:Entity {urn: urn}) RETURN count(n) AS left`, { urns });
  expect(Number(records[0]!.get('left'))).toBe(0);
  expect(await queuedFor(urns)).toEqual([]);
  expect(await queuedFor([UNRELATED])).toEqual([{ outbox: 'IndexOutbox', entries: 1 }]);
});
