/**
 * OpenLineage ingestion throughput: a deterministic stream of RunEvents posted
 * to the running API over loopback, in batches from a few concurrent clients,
 * then counted in the graph so that no lost event goes unnoticed.
 */
import type { Driver } from 'neo4j-driver';
import type { SearchIndexer } from '@polder/api';
import { percentile } from './percentile.ts';
import { deleteBenchAssets } from './deleteBenchAssets.ts';

export const BENCH_NAMESPACE = 'polder-bench';
const DATASET_NAMESPACE = 'postgres://bench:5432';

/** The providers of what the bench's events create: its jobs and runs, and the datasets they read and write. */
const OPENLINEAGE_BENCH_PROVIDERS = [`openlineage:${BENCH_NAMESPACE}`, `openlineage:${DATASET_NAMESPACE}`];

export interface OpenLineageBenchOptions {
  events: number;
  batchSize: number;
  clients: number;
  /** An API token allowed to push lineage (see benchToken.ts). */
  token: string;
}

export interface OpenLineageBenchResult extends OpenLineageBenchOptions {
  seconds: number;
  eventsPerSecond: number;
  batchP95Ms: number;
  runsInGraph: number;
}

/** Event i: job i % 200 completes a run reading two tables and writing a third, with a 5-column schema. */
export function syntheticRunEvent(i: number) {
  const table = (n: number) => ({ namespace: DATASET_NAMESPACE, name: `bench.public.table_${n % 1000}` });
  return {
    eventType: 'COMPLETE',
    eventTime: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    producer: 'https://polder.invalid/bench',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
    job: { namespace: BENCH_NAMESPACE, name: `job_${i % 200}` },
    inputs: [table(i), table(i + 1)],
    outputs: [
      {
        ...table(i + 2),
        facets: {
          schema: {
            _producer: 'https://polder.invalid/bench',
            _schemaURL: 'https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json',
            fields: ['id', 'name', 'amount', 'status', 'updated_at'].map((name) => ({ name, type: 'text' })),
          },
        },
      },
    ],
  };
}

export async function runOpenLineageBench(driver: Driver, lineageUrl: string, options: OpenLineageBenchOptions): Promise<OpenLineageBenchResult> {
  const batches: number[][] = [];
  for (let start = 0; start < options.events; start += options.batchSize) {
    batches.push(Array.from({ length: Math.min(options.batchSize, options.events - start) }, (_, k) => start + k));
  }
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const sent = performance.now();
      const response = await fetch(`${lineageUrl}/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` }, body: JSON.stringify(batch.map(syntheticRunEvent)) });
      if (response.status !== 201) throw new Error(`batch refused with ${response.status}: ${await response.text()}`);
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  const counted = await driver.executeQuery(`MATCH (r:Run)-[:RUN_OF]->(j:Job) WHERE j.urn STARTS WITH $prefix RETURN count(r) AS runs`, {
    prefix: `urn:polder:job:(${BENCH_NAMESPACE},`,
  });
  return { ...options, seconds, eventsPerSecond: options.events / seconds, batchP95Ms: percentile(latencies, 95), runsInGraph: counted.records[0]?.get('runs') as number };
}

/**
 * Removes what the events created. The bench runs the catalog's own indexer (serveApi), so their search
 * documents are in the catalog's index: `indexer` drains their removal.
 */
export async function deleteOpenLineageBench(driver: Driver, database: string | undefined, indexer: SearchIndexer): Promise<void> {
  for (const provider of OPENLINEAGE_BENCH_PROVIDERS) await deleteBenchAssets(driver, database, provider, { indexed: true });
  await indexer.drain();
}
