/**
 * The search indexer in a process of its own, for the test that kills one with
 * SIGKILL in the middle of draining: connections and index prefix from env,
 * small batches so the drain takes many round trips.
 */
import { SearchIndexer } from '@polder/api';
import { connectMeili, connectNeo4j, createLogger } from '@polder/runtime';

const driver = connectNeo4j(JSON.parse(process.env.NEO4J!));
const indexer = new SearchIndexer(driver, connectMeili(JSON.parse(process.env.MEILI!)), {
  indexPrefix: process.env.INDEX_PREFIX!,
  logger: createLogger('indexer-process', 'silent'),
  batchSize: 25,
});
await indexer.ensureIndex();
process.send?.('started');
await indexer.drain();
await driver.close();
process.send?.('done');
