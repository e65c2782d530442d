/**
 * The API's thread (apiThread.ts): opens its own driver and Meilisearch client, serves on loopback and says
 * where; asked to stop, shuts the server and the driver.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startApiServer } from '@polder/api';
import { connectMeili, connectNeo4j, createLogger } from '@polder/runtime';
import type { ApiThreadReady, ApiThreadSettings } from './apiThread.ts';

const { neo4j, meili, logLevel, ...settings } = (workerData as { data: ApiThreadSettings }).data;
const port = parentPort!;
const driver = connectNeo4j(neo4j);
const api = await startApiServer({ ...settings, driver, meili: connectMeili(meili), logger: createLogger('polder-api', logLevel) }, { host: '127.0.0.1', port: 0 }).catch(async (error: unknown) => {
  await driver.close();
  throw error;
});
port.once('message', async () => {
  await api.stop();
  await driver.close();
  port.postMessage('stopped');
});
port.postMessage({ url: api.url } satisfies ApiThreadReady);
