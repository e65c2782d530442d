/**
 * One run of one source: record the run, read the source, apply its snapshot
 * as a single mutation, record the outcome. A failure anywhere leaves the graph
 * as it was (the write is one transaction) and is recorded on the run.
 */
import { formatUrn } from '@polder/graph-schema';
import type { Logger, SourceConfig } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { finishCrawlRun, startCrawlRun } from './runs/crawlRuns.ts';
import { createSourceProvider, describeSource } from './sources/registry.ts';
import { linkContractDatasets } from './sources/contract/linkContractDatasets.ts';
import { GraphWriter, type WriteCounts } from './writer/GraphWriter.ts';
import { refreshUsage } from './usage/refreshUsage.ts';
import { refuseEmptyingRun } from './refuseEmptyingRun.ts';
import { readDeclaredStores } from './mesh/readDeclaredStores.ts';
import type { UsageReading } from './usage/UsageReading.ts';

export interface CrawlResult {
  runId: string;
  source: string;
  counts: WriteCounts & { read: number };
  stats: Record<string, number>;
  warnings: string[];
  durationMs: number;
}

/** Where a run is: reading the source, then writing `done` of `total` rows (0 of 0 until the plan is known). */
export interface CrawlProgressEvent {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}
export type CrawlProgress = (event: CrawlProgressEvent) => void;

export class CrawlFailedError extends Error {
  override name = 'CrawlFailedError';
}

export async function crawlSource(
  driver: Driver,
  source: SourceConfig,
  options: {
    logger: Logger;
    database?: string;
    env?: NodeJS.ProcessEnv;
    onProgress?: CrawlProgress;
    /** Rows per write transaction; by default what the server's transaction memory allows (GraphWriter). */
    transactionRows?: number;
    /** Diff against the graph even when the provider's digest vouches for the snapshot (providerDigest.ts). */
    fullDiff?: boolean;
  },
): Promise<CrawlResult> {
  const started = performance.now();
  const runId = await startCrawlRun(driver, formatUrn('source', source.id), options.database);
  const log = options.logger.child({ source: source.id, runId });
  try {
    options.onProgress?.({ phase: 'reading', done: 0, total: 0 });
    // The other sources, as the mesh written before the crawl declares them, for a provider that reads into their stores.
    const provider = createSourceProvider(source, options.env, { declaredStores: () => readDeclaredStores(driver, { database: options.database }) });
    const writer = new GraphWriter(driver, options.database, options.transactionRows);
    // What the provider wrote before is read while the source is: its digest, and (unless the digest
    // may spare it, providerDigest.ts) Neo4j's side of the diff, while the store answers and the mapper runs.
    const reading = writer.readProviderState(provider.name, new Date(), { fullDiff: options.fullDiff });
    // Handled below once the source is read; this only keeps a failure while the source is read from going unhandled.
    reading.catch(() => undefined);
    // The source first: when both fail, its error is the one the run reports.
    const { snapshot, stats, usage } = await provider.read();
    const before = await reading;
    await refuseEmptyingRun(driver, options.database, source, snapshot);
    options.onProgress?.({ phase: 'writing', done: 0, total: 0 });
    const written = await writer.write(snapshot, new Date(), (done, total) => options.onProgress?.({ phase: 'writing', done, total }), before);
    const warnings = snapshot.warnings.map((warning) => `${warning.where}: ${warning.message}`);
    // An end may be another source's table not crawled yet (a mysql view into another database): the writer then keeps
    // no digest (providerDigest.ts), so the next run tries the edge again, and draws it once that crawl wrote its end.
    if (written.danglingEdges > 0) warnings.push(`${written.danglingEdges} edges point at assets not in the graph (yet: the next run tries them again)`);
    if (written.transactions > 1) {
      warnings.push(
        `the run was too large for one Neo4j transaction at this server's transaction memory and was written in ${written.transactions}: ` +
          'had it been interrupted, it would have added rows but removed none, and the next run would have finished it; raise neo4j.heapMb for all-or-nothing runs of this size',
      );
    }
    await relinkContracts(driver, options.database, warnings, log);
    await refreshUsageAfterCrawl(driver, options.database, usage ?? [], warnings, log);
    const counts = { ...written, read: snapshot.nodes.length };
    await finishCrawlRun(driver, runId, { status: 'SUCCEEDED', counts, warnings }, options.database);
    const durationMs = Math.round(performance.now() - started);
    log.info(
      { ...stats, ...counts, warnings: warnings.length, durationMs },
      `crawled ${source.id}: read ${describe(stats)}; ${counts.created} created, ${counts.updated} updated, ${counts.removed} removed in ${(durationMs / 1000).toFixed(1)} s`,
    );
    return { runId, source: source.id, counts, stats, warnings, durationMs };
  } catch (error) {
    const message = describeError(error, source);
    await finishCrawlRun(driver, runId, { status: 'FAILED', warnings: [], error: message }, options.database).catch(() => {});
    log.error({ error: message }, `crawl of ${source.id} failed`);
    throw new CrawlFailedError(message, { cause: error });
  }
}

/**
 * Contracts and the tables they describe come from different sources, crawled in
 * any order: after every crawl, whichever source, the contract linker redraws the
 * links between them (sources/contract/README.md). The crawl itself is committed
 * by then, so a failure here is a warning on the run; the next crawl links again.
 */
async function relinkContracts(driver: Driver, database: string | undefined, warnings: string[], log: Logger): Promise<void> {
  try {
    const links = await linkContractDatasets(driver, { database });
    if (links.added + links.removed > 0) log.info(links, `contract links: ${links.added} added, ${links.removed} removed; ${links.matched} of ${links.promises} contract datasets describe a crawled table`);
  } catch (error) {
    warnings.push(`contract datasets were not linked to the crawled tables: ${(error as Error).message}`);
  }
}

/**
 * The usage counters the crawl read, and every dataset's popularity, which a percentile
 * rank makes depend on every other's (crawlers/src/usage/). Like the contract links, after
 * the crawl's commit: a failure is a warning on the run, and the next crawl measures again.
 */
async function refreshUsageAfterCrawl(driver: Driver, database: string | undefined, readings: UsageReading[], warnings: string[], log: Logger): Promise<void> {
  try {
    const usage = await refreshUsage(driver, readings, { database });
    if (usage.recorded + usage.changed > 0) log.info(usage, `usage: ${usage.recorded} readings (${usage.withRate} with a rate); popularity changed on ${usage.changed} datasets (gained, moved or lost: ${usage.measured} now have a usage signal)`);
  } catch (error) {
    warnings.push(`usage was not recorded: ${(error as Error).message}`);
  }
}

function describe(stats: Record<string, number>): string {
  return Object.entries(stats)
    .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
    .join(', ');
}

/** One line that says what failed and where; driver errors carry codes worth naming. */
function describeError(error: unknown, source: SourceConfig): string {
  const e = error as { code?: string; message?: string };
  const where = describeSource(source);
  const user = 'connection' in source ? source.connection.user : undefined;
  if (e.code === 'ECONNREFUSED') return `${where}: connection refused — is the database running?`;
  if (e.code === 'ETIMEDOUT' || e.code === 'EHOSTUNREACH') return `${where}: no answer — is the host reachable?`;
  if (e.code === 'ENOTFOUND') return `${where}: host not found`;
  if (e.code === '28P01') return `${where}: password authentication failed for user ${user}`;
  // MySQL gives one code for a wrong password, an unknown user and a host the user may not connect from.
  if (e.code === 'ER_ACCESS_DENIED_ERROR') return `${where}: access denied for user ${user} (wrong password, or not allowed from this host)`;
  // MySQL answers so, rather than "unknown database", to a user without rights on any database of that name.
  if (e.code === 'ER_DBACCESS_DENIED_ERROR') return `${where}: user ${user} may not read this database (or it does not exist)`;
  if (e.code === '3D000' || e.code === 'ER_BAD_DB_ERROR') return `${where}: database does not exist`;
  if (e.code === 'ENOENT' && source.kind === 'sqlite') return `${where}: file not found`;
  if (e.code === 'SQLITE_CANTOPEN') return `${where}: cannot open the file — may the crawler read it?`;
  if (e.code === 'SQLITE_NOTADB') return `${where}: not a SQLite database`;
  return `${where}: ${e.message ?? String(error)}`;
}
