/**
 * `polder bench load`: the catalog under a realistic mix, bounded and on loopback.
 * N concurrent clients run search (40%), dataset pages (40%) and lineage walks
 * (20%) for a fixed time, while a crawler re-writes a source and a producer pushes
 * OpenLineage events. Reported: throughput, p50/p95/p99 per operation, errors,
 * and the memory of every process (this one, Neo4j, Meilisearch) sampled over
 * the run, so a growth trend shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import { formatUrn, type GraphSnapshot } from '@polder/graph-schema';
import { GraphWriter } from '@polder/crawlers';
import { SearchIndexer, startApiServer } from '@polder/api';
import { DEFAULT_LINEAGE_LIMITS, type Logger } from '@polder/runtime';
import { apiBenchSnapshot, API_BENCH_PROVIDER } from './apiBench.ts';
import { percentile } from './percentile.ts';
import { deleteBenchAssets } from './deleteBenchAssets.ts';
import { seededRandom } from './random.ts';
import { deleteOpenLineageBench, syntheticRunEvent } from './openLineageBench.ts';

export interface LoadBenchOptions {
  tables: number;
  clients: number;
  seconds: number;
  token: string;
  dataDir: string;
}

export interface OperationFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadBenchResult {
  seconds: number;
  throughput: number;
  operations: Record<'search' | 'datasetPage' | 'lineage', OperationFigures>;
  background: { crawls: number; lineageEvents: number; errors: string[] };
  /** RSS in MiB per process, sampled every 10 s. */
  memory: Record<string, number[]>;
  firstErrors: string[];
}

const SEARCH = `query ($q: String!) { search(input: {query: $q, count: 20}) { total hits { urn name domain matchedFields } facets { field values { value count } } } }`;
const PAGE = `query ($urn: ID!) { dataset(urn: $urn) { urn name description version owners { name type } tags domain { name } terms { name }
  fields { name dataType description terms { name } references { urn } } upstream { total datasets { urn name } } downstream { total datasets { urn name } } } }`;
const LINEAGE = `query ($urn: ID!) { lineage(input: {urn: $urn, direction: BOTH, depth: 3, limit: 300}) { isPartial nodes { urn degree } edges { from to } } }`;
const WORDS = ['customer', 'order', 'invoice', 'payment', 'product', 'shipment', 'account', 'vehicle', 'rental', 'courier', 'ledger', 'store', 'custmer', 'ordr', 'amount', 'status'];

export async function runLoadBench(driver: Driver, meili: Meilisearch, database: string, indexPrefix: string, logger: Logger, options: LoadBenchOptions): Promise<LoadBenchResult> {
  const { snapshot } = apiBenchSnapshot(options.tables);
  await new GraphWriter(driver, database).write(snapshot);
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger, database });
  await indexer.ensureIndex();
  await indexer.drain();
  indexer.start();
  const api = await startApiServer(
    { driver, database, meili, indexPrefix, logger, lineage: DEFAULT_LINEAGE_LIMITS, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  const datasets = snapshot.nodes.filter((node) => node.label === 'Dataset').map((node) => node.urn);
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const latencies = { search: [] as number[], datasetPage: [] as number[], lineage: [] as number[] };
  const errors = { search: 0, datasetPage: 0, lineage: 0 };
  const firstErrors: string[] = [];
  const background = { crawls: 0, lineageEvents: 0, errors: [] as string[] };
  const memory: Record<string, number[]> = {};
  const until = performance.now() + options.seconds * 1000;
  const running = () => performance.now() < until;

  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${body.errors?.[0]?.message ?? ''}`);
  };
  const client = async () => {
    while (running()) {
      const roll = random();
      const [operation, run] =
        roll < 0.4
          ? (['search', () => graphql(SEARCH, { q: `${pick(WORDS)} ${random() < 0.5 ? pick(WORDS) : ''}`.trim() })] as const)
          : roll < 0.8
            ? (['datasetPage', () => graphql(PAGE, { urn: pick(datasets) })] as const)
            : (['lineage', () => graphql(LINEAGE, { urn: pick(datasets.slice(0, 1_365)) })] as const);
      const started = performance.now();
      try {
        await run();
        latencies[operation].push(performance.now() - started);
      } catch (error) {
        errors[operation]++;
        if (firstErrors.length < 5) firstErrors.push(`${operation}: ${(error as Error).message}`);
      }
    }
  };
  // A crawler re-writing a 500-table source, changed on every run, for as long as the load lasts.
  const crawler = async () => {
    for (let round = 0; running(); round++) {
      try {
        await new GraphWriter(driver, database).write(churningSource(round));
        background.crawls++;
      } catch (error) {
        background.errors.push(`crawl: ${(error as Error).message}`);
      }
    }
  };
  const producer = async () => {
    for (let batch = 0; running(); batch++) {
      const events = Array.from({ length: 50 }, (_, k) => syntheticRunEvent(1_000_000 + batch * 50 + k));
      const response = await fetch(`${api.url}/api/v1/lineage/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify(events),
      });
      if (response.status === 201) background.lineageEvents += events.length;
      else background.errors.push(`openlineage: ${response.status} ${(await response.text()).slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const sampler = async () => {
    while (running()) {
      for (const [name, rss] of Object.entries(processMemory(options.dataDir))) (memory[name] ??= []).push(rss);
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, Math.max(until - performance.now(), 0))));
    }
  };

  const started = performance.now();
  try {
    await Promise.all([...Array.from({ length: options.clients }, client), crawler(), producer(), sampler()]);
  } finally {
    await api.stop();
    await indexer.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const figures = (name: keyof typeof latencies): OperationFigures => ({
    requests: latencies[name].length + errors[name],
    errors: errors[name],
    p50: percentile(latencies[name], 50),
    p95: percentile(latencies[name], 95),
    p99: percentile(latencies[name], 99),
  });
  const operations = { search: figures('search'), datasetPage: figures('datasetPage'), lineage: figures('lineage') };
  const total = Object.values(operations).reduce((sum, operation) => sum + operation.requests - operation.errors, 0);
  return { seconds, throughput: total / seconds, operations, background, memory, firstErrors };
}

/** The crawled source of the load test: 500 tables whose descriptions change every round. */
function churningSource(round: number): GraphSnapshot {
  const snapshot: GraphSnapshot = { provider: `${API_BENCH_PROVIDER}-crawl`, nodes: [], edges: [], warnings: [] };
  for (let t = 0; t < 500; t++) {
    const urn = formatUrn('dataset', 'postgres', 'bench-load', `load.public.table_${t}`);
    snapshot.nodes.push({ label: 'Dataset', urn, properties: { name: `table_${t}`, qualifiedName: `load.public.table_${t}`, platform: 'postgres', subtype: 'TABLE', description: `Round ${round} of the load test` } });
  }
  return snapshot;
}

/** RSS in MiB of this process and of the local services' processes (found by their data directory), from /proc. */
export function processMemory(dataDir: string): Record<string, number> {
  const memory: Record<string, number> = { polder: Math.round(process.memoryUsage().rss / 2 ** 20) };
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return memory; // not Linux: only this process
  }
  for (const pid of entries) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!commandLine.includes(dataDir)) continue;
      const name = commandLine.includes('meilisearch') ? 'meilisearch' : commandLine.includes('java') ? 'neo4j' : commandLine.includes('postgres') ? 'postgres' : null;
      if (!name) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) memory[name] = (memory[name] ?? 0) + Math.round(Number(rss[1]) / 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return memory;
}

/**
 * Removes what the bench wrote: its generated graph and re-crawled source, and what its OpenLineage events
 * created. The bench drives the catalog's own indexer, so `indexer` drains the removal of their documents.
 */
export async function deleteLoadBenchGraph(driver: Driver, database: string, indexer: SearchIndexer): Promise<void> {
  await deleteBenchAssets(driver, database, API_BENCH_PROVIDER, { indexed: true });
  await deleteOpenLineageBench(driver, database, indexer);
}
