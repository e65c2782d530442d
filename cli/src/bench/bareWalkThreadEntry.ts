/**
 * The bare walk's thread (bareWalkThread.ts): opens its own driver and says it is ready; then runs the form
 * each message names and answers with the time the driver's call took; asked to stop, closes the driver.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connectNeo4j } from '@polder/runtime';
import type { BareWalkSettings, BareWalkTime } from './bareWalkThread.ts';

const { neo4j, forms, parameters } = (workerData as { data: BareWalkSettings }).data;
const port = parentPort!;
const driver = connectNeo4j(neo4j);

port.on('message', async (message: 'stop' | { form: string }) => {
  if (message === 'stop') {
    port.removeAllListeners('message');
    await driver.close();
    port.postMessage('stopped');
    return;
  }
  const cypher = forms[message.form];
  if (cypher === undefined) throw new Error(`no form is named ${message.form}; there are ${Object.keys(forms).join(', ')}`);
  const started = performance.now();
  await driver.executeQuery(cypher, parameters, { database: neo4j.database, routing: 'READ' });
  port.postMessage({ ms: performance.now() - started } satisfies BareWalkTime);
});
port.postMessage('ready');
