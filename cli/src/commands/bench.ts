import { parseArgs } from 'node:util';
import { WRITE_BATCH_SIZE } from '@polder/crawlers';
import { machineLine } from '../bench/machine.ts';
import { benchReport } from '../bench/benchReport.ts';
import { runBenchCommand } from '../bench/runBenchCommand.ts';
import { runWriterBench } from '../bench/writerBench.ts';
import { benchQueries, indexSyntheticDocuments, measureSearchLatency } from '../bench/searchBench.ts';
import { deleteOpenLineageBench, runOpenLineageBench } from '../bench/openLineageBench.ts';
import { withBenchToken } from '../bench/benchToken.ts';
import { runCrawlBench } from '../bench/crawlBench.ts';
import { runTrustBench } from '../bench/trustBench.ts';
import { deleteApiBenchGraph, PAGE_CHECKS, PAGE_COLUMNS, runApiBench } from '../bench/apiBench.ts';
import { deleteFreshnessBench, runFreshnessBench } from '../bench/freshnessBench.ts';
import { deleteLoadBenchGraph, runLoadBench } from '../bench/loadBench.ts';
import { complete, formatPostgresBench, runPostgresBench } from '../bench/postgresBench.ts';
import { formatWebBench, runWebBench } from '../bench/webBench.ts';
import { parseWebBenchParts, type WebBenchPart } from '../bench/webBenchParts.ts';
import { SearchIndexer } from '@polder/api';
import { createLogger } from '@polder/runtime';
import { openPlatform, type Platform } from '../platform.ts';
import { serveApi } from '../serveApi.ts';
import type { Command, CommandContext } from './Command.ts';
import { UsageError } from './UsageError.ts';

const BENCHES = ['writer', 'search', 'openlineage', 'crawl', 'postgres', 'api', 'freshness', 'load', 'trust', 'web'] as const;
type Bench = (typeof BENCHES)[number];

/**
 * The options each bench takes, with their defaults (a string for a number, as typed; `null` for none).
 * Each bench refuses the others', so `bench writer --requests 5` says so rather than ignoring it.
 */
const BENCH_OPTIONS: Record<Bench, Record<string, string | boolean | null>> = {
  writer: { tables: '2000', columns: '10' },
  search: { documents: '100000', queries: '300' },
  openlineage: { events: '5000', batch: '100', clients: '4' },
  crawl: { tables: '10000', columns: '10' },
  postgres: { tables: '10000', columns: '10', fresh: false, drop: false },
  // A p95 of 1,000 is the 50th slowest, steady from run to run; of 200, the 10th, a lottery of where collections land.
  api: { tables: '9000', requests: '1000', seconds: '10', clients: '4' },
  freshness: { edits: '100' },
  load: { tables: '100000', clients: '50', seconds: '300' },
  trust: { datasets: '100000' },
  // lineage|search|pages, comma-separated.
  web: { only: null },
};

/** The bench `args` name and its options, defaults filled in; refuses an unknown bench, another bench's option, or a stray argument. */
export function benchArguments(args: string[]): { name: Bench; values: Record<string, string | boolean | undefined> } {
  const name = args[0] as Bench | undefined;
  if (!name || !BENCHES.includes(name)) throw new UsageError(`bench needs a benchmark name: ${BENCHES.join(', ')} (got ${name ?? 'nothing'})`);
  const { positionals, values } = parseArgs({
    args: args.slice(1),
    allowPositionals: true,
    options: Object.fromEntries(
      Object.entries(BENCH_OPTIONS[name]).map(([option, fallback]) => [
        option,
        typeof fallback === 'boolean' ? { type: 'boolean' as const, default: fallback } : { type: 'string' as const, ...(fallback === null ? {} : { default: fallback }) },
      ]),
    ),
  });
  if (positionals.length > 0) throw new UsageError(`bench ${name} takes options only, not "${positionals[0]}"`);
  return { name, values };
}

export const bench: Command = {
  summary: `Run a benchmark against the local services and print its figures (${BENCHES.join(', ')}); \`bench report\` reruns BENCHMARKS.md's.`,
  usage: 'bench writer|search|openlineage|crawl|postgres|api|freshness|load|trust|web [options] | bench report [--only NAME,...] [--out FILE] [--file FILE] [--list]',
  async run(args, { config, logger }) {
    if (args[0] === 'report') return report(args.slice(1));
    const { name, values } = benchArguments(args);
    const number = (option: string) => Number(values[option]);
    const flag = (option: string) => values[option] === true;
    const context = { config, logger };
    if (name === 'search') return searchBench(number('documents'), number('queries'), context);
    if (name === 'openlineage') return openLineageBench({ events: number('events'), batchSize: number('batch'), clients: number('clients') }, context);
    if (name === 'load') return loadBench({ tables: number('tables'), clients: number('clients'), seconds: number('seconds') }, context);
    if (name === 'freshness') return freshnessBench(number('edits'), context);
    if (name === 'api') return apiBench({ tables: number('tables'), requests: number('requests'), seconds: number('seconds'), clients: number('clients') }, context);
    if (name === 'trust') return trustBench(number('datasets'), context);
    if (name === 'web') return webBench(parseWebBenchParts(values.only as string | undefined), context);
    if (name === 'crawl') return crawlBench(number('tables'), number('columns'), context);
    if (name === 'postgres') return postgresBench({ tables: number('tables'), columns: number('columns'), fresh: flag('fresh'), drop: flag('drop') }, context);
    const tables = number('tables');
    const columns = number('columns');
    if (!Number.isInteger(tables) || tables < 1 || !Number.isInteger(columns) || columns < 1) throw new UsageError('--tables and --columns take positive whole numbers');

    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const result = await runWriterBench(platform.driver, config.neo4j.database, { domains: 1, tablesPerDomain: tables, columnsPerTable: columns, viewShare: 0.2 });
      const rows = result.nodes + result.edges;
      process.stdout.write(
        [
          `bench writer — ${machineLine()}`,
          `  rows: ${result.nodes.toLocaleString('en')} nodes + ${result.edges.toLocaleString('en')} edges (${tables} tables × ${columns} columns)`,
          `  bare driver UNWIND : ${result.bareSeconds.toFixed(2)} s  (${Math.round(rows / result.bareSeconds).toLocaleString('en')} rows/s)`,
          `  GraphWriter        : ${result.writerSeconds.toFixed(2)} s  (${Math.round(rows / result.writerSeconds).toLocaleString('en')} rows/s)`,
          `  ratio writer/bare  : ${result.ratio.toFixed(2)}x  (goal >= 0.5x)`,
          `  unchanged re-run   : ${result.rerunSeconds.toFixed(2)} s  (${((result.rerunSeconds / result.writerSeconds) * 100).toFixed(0)}% of the first write)`,
          '',
        ].join('\n'),
      );
    } finally {
      await platform.close();
    }
  },
};

/** `bench report`: reruns the commands of BENCHMARKS.md's generated blocks and writes their output in. */
async function report(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      only: { type: 'string', default: '' },
      file: { type: 'string', default: 'BENCHMARKS.md' },
      out: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
  });
  const only = values.only.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = only.find((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown) throw new UsageError(`--only takes benchmark names (${BENCHES.join(', ')}), not "${unknown}"`);
  return benchReport({ file: values.file, out: values.out ?? values.file, only, list: values.list }, BENCHES, runBenchCommand);
}

async function searchBench(documents: number, queries: number, { config, logger }: CommandContext): Promise<number> {
  if (!Number.isInteger(documents) || documents < 1 || !Number.isInteger(queries) || queries < 1) throw new UsageError('--documents and --queries take positive whole numbers');
  // The bench indexes into its own index and serves it from its own API port, next to any running catalog.
  const benchConfig = { ...config, meili: { ...config.meili, indexPrefix: 'bench_' }, api: { ...config.api, port: 0 } };
  const platform: Platform = await openPlatform(benchConfig, logger, ['neo4j', 'meili']);
  try {
    const indexed = await indexSyntheticDocuments(platform.meili, 'bench_', documents);
    const served = await serveApi(platform, logger);
    try {
      const latency = await measureSearchLatency(platform.services.meili, 'bench_', `${served.api.url}/graphql`, benchQueries(queries));
      const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
      process.stdout.write(
        [
          `bench search — ${machineLine()}`,
          `  indexing   : ${indexed.documents.toLocaleString('en')} documents in ${indexed.indexSeconds.toFixed(1)} s (${Math.round(indexed.documents / indexed.indexSeconds).toLocaleString('en')} docs/s)`,
          `  size       : raw JSON ${mb(indexed.rawJsonBytes)}, index documents on disk ${mb(indexed.indexBytes)} (${(indexed.indexBytes / indexed.rawJsonBytes).toFixed(2)}x)`,
          `  queries    : ${latency.queries} queries of 1–3 words with 2 filters, facets and highlighting`,
          `  Meilisearch processing p95 : ${latency.meiliProcessingP95.toFixed(1)} ms  (goal <= 30 ms)`,
          `  Meilisearch round trip     : p50 ${latency.meiliRoundTripP50.toFixed(1)} ms, p95 ${latency.meiliRoundTripP95.toFixed(1)} ms`,
          `  GraphQL search end to end  : p50 ${latency.graphqlP50.toFixed(1)} ms, p95 ${latency.graphqlP95.toFixed(1)} ms`,
          `  ratio GraphQL/raw p95      : ${(latency.graphqlP95 / latency.meiliRoundTripP95).toFixed(2)}x  (goal <= 2x)`,
          '',
        ].join('\n'),
      );
    } finally {
      await served.stop();
    }
    await platform.meili.deleteIndexIfExists('bench_assets');
  } finally {
    await platform.close();
  }
  return 0;
}

async function openLineageBench(options: { events: number; batchSize: number; clients: number }, { config, logger }: CommandContext): Promise<number> {
  if (![options.events, options.batchSize, options.clients].every((value) => Number.isInteger(value) && value > 0)) throw new UsageError('--events, --batch and --clients take positive whole numbers');
  const platform = await openPlatform({ ...config, api: { ...config.api, port: 0 } }, logger, ['neo4j', 'meili']);
  try {
    // What earlier runs pushed goes first, so the count after this run is this run's.
    await deleteOpenLineageBench(platform.driver, config.neo4j.database, catalogIndexer(platform, logger));
    const served = await serveApi(platform, logger);
    try {
      const result = await withBenchToken(platform.driver, config.neo4j.database, (token) =>
        runOpenLineageBench(platform.driver, `${served.api.url}/api/v1/lineage`, { ...options, token }),
      );
      process.stdout.write(
        [
          `bench openlineage — ${machineLine()}`,
          `  ${result.events.toLocaleString('en')} RunEvents in batches of ${result.batchSize} from ${result.clients} concurrent clients, over loopback`,
          `  throughput : ${Math.round(result.eventsPerSecond).toLocaleString('en')} events/s (${result.seconds.toFixed(1)} s; goal >= 500 events/s)`,
          `  batch p95  : ${result.batchP95Ms.toFixed(0)} ms`,
          `  in graph   : ${result.runsInGraph.toLocaleString('en')} runs of ${result.events.toLocaleString('en')} events (${result.runsInGraph === result.events ? 'none lost' : 'LOST EVENTS'})`,
          '',
        ].join('\n'),
      );
      return result.runsInGraph === result.events ? 0 : 1;
    } finally {
      await served.stop();
    }
  } finally {
    await deleteOpenLineageBench(platform.driver, config.neo4j.database, catalogIndexer(platform, logger)).catch(() => undefined);
    await platform.close();
  }
}

async function crawlBench(tables: number, columns: number, { config, logger }: CommandContext): Promise<number> {
  if (!Number.isInteger(tables) || tables < 1 || !Number.isInteger(columns) || columns < 1) throw new UsageError('--tables and --columns take positive whole numbers');
  const platform = await openPlatform(config, logger, ['neo4j']);
  try {
    const result = await runCrawlBench(platform.driver, config.neo4j.database, { tables, columns });
    const rows = result.nodes + result.edges;
    const statements = [...result.statements].sort(([a], [b]) => (a < b ? -1 : 1));
    const total = statements.reduce((sum, [, n]) => sum + n, 0);
    process.stdout.write(
      [
        `bench crawl — ${machineLine()}`,
        `  source : ${tables.toLocaleString('en')} tables × ${columns} columns = ${result.nodes.toLocaleString('en')} nodes + ${result.edges.toLocaleString('en')} edges, written from nothing`,
        `  write  : ${result.writeSeconds.toFixed(1)} s (${Math.round(rows / result.writeSeconds).toLocaleString('en')} rows/s; goal <= 20 s for 10,000 tables)`,
        `  stages : ${result.transactions.write} write transactions, ${result.transactions.read} read; ${result.counts.created.toLocaleString('en')} created, ${result.counts.edgesWritten.toLocaleString('en')} edges written`,
        `  Cypher statements by kind (${total} in all, ${(total / tables).toFixed(4)} per table; each a batch of up to ${WRITE_BATCH_SIZE.toLocaleString('en')} rows):`,
        ...statements.map(([kind, n]) => `    ${String(n).padStart(4)}  ${kind}`),
        `  unchanged re-run : ${result.rerunSeconds.toFixed(1)} s, ${result.rerunStatements} statements`,
        '',
      ].join('\n'),
    );
  } finally {
    await platform.close();
  }
  return 0;
}

async function postgresBench(options: { tables: number; columns: number; fresh: boolean; drop: boolean }, { config, logger }: CommandContext): Promise<number> {
  // It also crawls a tenth of the tables, to show the queries sent to PostgreSQL do not grow with them.
  if (!Number.isInteger(options.tables) || options.tables < 10 || !Number.isInteger(options.columns) || options.columns < 1) throw new UsageError('--tables takes a whole number of at least 10, --columns a positive whole number');
  const platform = await openPlatform(config, logger, ['neo4j', 'postgres']);
  try {
    const result = await runPostgresBench(platform.driver, config.neo4j.database, platform.services.postgres, logger, options);
    process.stdout.write([`bench postgres — ${machineLine()}`, ...formatPostgresBench(result), ''].join('\n'));
    return result.sizes.every(complete) ? 0 : 1;
  } finally {
    await platform.close();
  }
}

/** An indexer on the catalog's own index, for a bench to drain the removal of the documents its assets had there. */
function catalogIndexer(platform: Platform, logger: CommandContext['logger']): SearchIndexer {
  return new SearchIndexer(platform.driver, platform.meili, { indexPrefix: platform.config.meili.indexPrefix, logger, database: platform.config.neo4j.database });
}

async function apiBench(options: { tables: number; requests: number; seconds: number; clients: number }, { config, logger }: CommandContext): Promise<number> {
  if (!Object.values(options).every((value) => Number.isInteger(value) && value > 0)) throw new UsageError('--tables, --requests, --seconds and --clients take positive whole numbers');
  const platform = await openPlatform(config, logger, ['neo4j', 'meili']);
  try {
    await deleteApiBenchGraph(platform.driver, config.neo4j.database);
    const result = await runApiBench({ driver: platform.driver, meili: platform.meili, connections: platform.services }, config.neo4j.database, config.trust, logger, options);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const slowerForms = Object.entries(result.lineage.cypherP95ByForm)
      .filter(([form]) => form !== result.lineage.cypherForm)
      .map(([form, p95]) => `${form} ${ms(p95)}`)
      .join(', ');
    process.stdout.write(
      [
        `bench api — ${machineLine()}`,
        `  graph: ${result.assets.toLocaleString('en')} generated assets (${options.tables.toLocaleString('en')} tables × 10 columns, one 200-column dataset, a lineage tree of fan-out 4)`,
        `  dataset page (${PAGE_COLUMNS} columns, owners, terms, ${PAGE_CHECKS} checks with their latest results, trust, neighbours): p50 ${ms(result.page.p50)}, p95 ${ms(result.page.p95)} over ${options.requests} requests, ${result.page.graphQueries} Cypher queries (goal p95 <= 50 ms)`,
        `  lineage depth 5 (${result.lineage.nodes} nodes${result.lineage.isPartial ? ', capped' : ''}, ${options.requests} rounds): GraphQL p95 ${ms(result.lineage.graphqlP95)}, bare Cypher p95 ${ms(result.lineage.cypherP95)} (${result.lineage.cypherForm}; ${slowerForms}), ratio ${result.lineage.ratio.toFixed(2)}x (goals <= 200 ms, <= 1.5x)`,
        `    medians: GraphQL ${ms(result.lineage.graphqlP50)}, bare Cypher ${ms(result.lineage.cypherP50)} (the faster form), ratio ${result.lineage.ratioP50.toFixed(2)}x`,
        `    floor for any JSON-over-HTTP API: the same answer from a bare node:http server ${ms(result.lineage.jsonRoundTripP50)} (median), bare Cypher plus that ${result.lineage.floorRatioP50.toFixed(2)}x`,
        `    Polder's lineage service in process (its Cypher and JavaScript, no GraphQL or HTTP): ${ms(result.lineage.serviceP50)} (median), ${(result.lineage.serviceP50 / result.lineage.cypherP50).toFixed(2)}x bare Cypher`,
        `  trivial query, ${options.clients} clients × ${options.seconds} s: API ${Math.round(result.throughput.apiPerSecond).toLocaleString('en')} req/s, bare node:http ${Math.round(result.throughput.barePerSecond).toLocaleString('en')} req/s, ratio ${(result.throughput.ratio * 100).toFixed(0)}% (goal >= 35%)`,
        '',
      ].join('\n'),
    );
  } finally {
    await deleteApiBenchGraph(platform.driver, config.neo4j.database);
    await platform.close();
  }
  return 0;
}

async function freshnessBench(edits: number, { config, logger }: CommandContext): Promise<number> {
  if (!Number.isInteger(edits) || edits < 1) throw new UsageError('--edits takes a positive whole number');
  const platform = await openPlatform({ ...config, api: { ...config.api, port: 0 } }, logger, ['neo4j', 'meili']);
  const indexer = catalogIndexer(platform, logger);
  try {
    await deleteFreshnessBench(platform.driver, config.neo4j.database, indexer);
    const served = await serveApi(platform, logger);
    try {
      const result = await withBenchToken(platform.driver, config.neo4j.database, (token) =>
        runFreshnessBench(platform.driver, config.neo4j.database, `${served.api.url}/graphql`, token, edits),
      );
      process.stdout.write(
        [
          `bench freshness — ${machineLine()}`,
          `  ${result.edits} description edits through the API, each polled in search every 20 ms until found`,
          `  edit committed → searchable: p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, max ${result.max.toFixed(0)} ms (goal p95 <= 2,000 ms)`,
          '',
        ].join('\n'),
      );
    } finally {
      await served.stop();
      await deleteFreshnessBench(platform.driver, config.neo4j.database, indexer);
    }
  } finally {
    await platform.close();
  }
  return 0;
}

async function trustBench(datasets: number, { config, logger }: CommandContext): Promise<number> {
  if (!Number.isInteger(datasets) || datasets < 1) throw new UsageError('--datasets takes a positive whole number');
  const platform = await openPlatform(config, logger, ['neo4j']);
  try {
    const result = await runTrustBench(platform.driver, config.neo4j.database, config.trust, logger, { datasets, batchSize: 5_000 });
    process.stdout.write(
      [
        `bench trust — ${machineLine()}`,
        `  setup     : ${datasets.toLocaleString('en')} datasets × (2 columns, 1 check, 2 results; 1 in 10 failing with an open incident; 1 in 5 a view) queued in ${result.setupSeconds.toFixed(1)} s`,
        `  recompute : ${result.drained.toLocaleString('en')} datasets scored in ${result.drainSeconds.toFixed(1)} s (${Math.round(result.drained / result.drainSeconds).toLocaleString('en')} datasets/s, batches of ${result.batchSize.toLocaleString('en')}; goal <= 60 s for 100,000)`,
        `  check     : ${result.scored.toLocaleString('en')} hold a score, ${result.scoresBelow50.toLocaleString('en')} below 50`,
        '',
      ].join('\n'),
    );
    return result.scored === datasets ? 0 : 1;
  } finally {
    await platform.close();
  }
}

async function loadBench(options: { tables: number; clients: number; seconds: number }, { config, logger }: CommandContext): Promise<number> {
  if (!Object.values(options).every((value) => Number.isInteger(value) && value > 0)) throw new UsageError('--tables, --clients and --seconds take positive whole numbers');
  const platform = await openPlatform(config, logger, ['neo4j', 'meili']);
  const indexer = catalogIndexer(platform, logger);
  try {
    await deleteLoadBenchGraph(platform.driver, config.neo4j.database, indexer);
    const result = await withBenchToken(platform.driver, config.neo4j.database, (token) =>
      runLoadBench(platform.driver, platform.meili, config.neo4j.database, config.meili.indexPrefix, logger, { ...options, token, dataDir: config.dataDir }),
    );
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const lines = Object.entries(result.operations).map(
      ([name, figures]) => `  ${name.padEnd(12)} ${figures.requests.toLocaleString('en').padStart(7)} requests, ${figures.errors} errors; p50 ${ms(figures.p50)}, p95 ${ms(figures.p95)}, p99 ${ms(figures.p99)}`,
    );
    const memory = Object.entries(result.memory).map(([name, samples]) => `  ${name.padEnd(12)} RSS MiB every 10 s: ${samples.join(' ')}`);
    process.stdout.write(
      [
        `bench load — ${machineLine()}`,
        `  ${options.clients} clients for ${options.seconds} s over ${options.tables.toLocaleString('en')} generated tables (×10 columns), mix 40% search / 40% dataset page / 20% lineage,`,
        `  while a 500-table source is re-crawled (${result.background.crawls} runs) and OpenLineage events are pushed (${result.background.lineageEvents.toLocaleString('en')} events)`,
        `  throughput   ${Math.round(result.throughput).toLocaleString('en')} requests/s`,
        ...lines,
        ...memory,
        `  background errors: ${result.background.errors.length}${result.background.errors.length ? ` (first: ${result.background.errors[0]})` : ''}`,
        ...result.firstErrors.map((error) => `  error: ${error}`),
        '',
      ].join('\n'),
    );
  } finally {
    await deleteLoadBenchGraph(platform.driver, config.neo4j.database, indexer);
    await platform.close();
  }
  return 0;
}

async function webBench(parts: WebBenchPart[], { config }: CommandContext): Promise<number> {
  // Its progress (each step's start and end, and where a long one is every half minute) on stderr,
  // so stdout holds the figures alone, whether it runs on its own or under `bench report`.
  const progress = createLogger('polder', config.logLevel, process.stderr);
  const result = await runWebBench(config, progress, parts);
  process.stdout.write(formatWebBench(result).join('\n'));
  return 0;
}
