/**
 * Requests per second a server answers under `clients` concurrent requests, the load coming from a worker
 * thread of its own (throughputLoad.mjs), after a third as long under the same load, uncounted: the first
 * seconds of a process's load run colder code on either side (22% to 35% of bare `node:http` in the first
 * 5 s, 41% to 46% in the next 5: BENCHMARKS.md).
 */
import { Worker } from 'node:worker_threads';

export interface ThroughputLoad {
  url: string;
  /** POSTed as JSON with every request. */
  body: unknown;
  clients: number;
  seconds: number;
}

export function measureThroughput({ url, body, clients, seconds }: ThroughputLoad): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker(new URL('./throughputLoad.mjs', import.meta.url), { workerData: { url, body, clients, seconds, warmUpSeconds: seconds / 3 } });
    worker.once('message', (answer: { perSecond?: number; error?: string }) => {
      if (answer.error !== undefined) reject(new Error(`the throughput load against ${url} failed: ${answer.error}`));
      else resolve(answer.perSecond!);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the throughput load against ${url} stopped (exit code ${code}) before it reported`)));
  });
}
