// The load of `polder bench api`'s throughput comparison, on a worker thread of its own (throughput.ts): `clients`
// concurrent loops, each POSTing `body` to `url` over a kept-alive connection and reading the whole answer,
// first for `warmUpSeconds` uncounted, then for `seconds`; posts back the requests answered per second.
//
// On its own thread, so the client's work does not take turns with the server's on one event loop: in one
// thread each side's rate was also paying for the client's requests, which flattered the slower side (the
// API: 26.4 % of a bare server with the load in process, 23.6 % from a worker, BENCHMARKS.md forty-first
// session).
//
// Plain JavaScript: a worker thread does not get the CLI's TypeScript loader (cli/bin/polder.js registers it
// for the main thread only).
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, body, clients, seconds, warmUpSeconds } = workerData;
const agent = new Agent({ keepAlive: true });
const payload = JSON.stringify(body);

/** One request, resolved once its answer has been read whole; anything but a 200 is an error. */
const post = () =>
  new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (response) => {
      response.on('data', () => {});
      response.on('error', reject);
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${url} answered ${response.statusCode}`))));
    });
    sent.on('error', reject);
    sent.end(payload);
  });

/** How many requests `clients` concurrent loops complete in `duration` seconds. */
async function answeredIn(duration) {
  let answered = 0;
  const until = performance.now() + duration * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      await post();
      answered++;
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return answered;
}

try {
  await answeredIn(warmUpSeconds);
  const started = performance.now();
  const answered = await answeredIn(seconds);
  parentPort.postMessage({ perSecond: answered / ((performance.now() - started) / 1000) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  agent.destroy();
}
