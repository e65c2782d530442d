/**
 * `polder bench web`: the web catalog's speed goals (issue #6), measured in a
 * real browser against the real stack, all started here for the run: Neo4j and
 * Meilisearch in a throw-away data dir, the API, and the production build of
 * the Next.js catalog, on loopback and free ports; Debian's Chromium headless.
 *
 * - search: results drawn within 150 ms (p95) of a keystroke (measureSearchTyping.ts);
 * - dataset page: the server's response within 300 ms (p95), judged on the whole
 *   HTML with every streamed panel, the first byte shown beside it (measureDatasetPages.ts);
 * - lineage: a 500-node lineage graph interactive within 1 s (p95) of the
 *   navigation's start (measureLineageExplorer.ts).
 *
 * `--only lineage|search|pages` (comma-separated for more than one) measures
 * those parts alone, on the same stack and mesh, for comparing one change quickly.
 *
 * Every step logs as it starts, every half minute while it runs (with where it
 * is) and as it ends, and fails once past a generous bound (benchStep.ts): a
 * run ends, with its figures or with an error naming the step that was stuck.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { SearchIndexer, startApiServer } from '@polder/api';
import { GraphWriter } from '@polder/crawlers';
import { findFreePort, type Logger, type PolderConfig } from '@polder/runtime';
import { openPlatform } from '../platform.ts';
import { launchChromium } from '../web/launchChromium.ts';
import { startWeb } from '../web/startWeb.ts';
import { formatLatencyTable, summariseLatencies, type LatencySummary } from './latencySummary.ts';
import { benchStep, type BenchStepWork } from './benchStep.ts';
import { machineLine } from './machine.ts';
import { measureDatasetPages, type DatasetPageTarget } from './measureDatasetPages.ts';
import { measureLineageExplorer } from './measureLineageExplorer.ts';
import { measureSearchTyping } from './measureSearchTyping.ts';
import { WEB_BENCH_PARTS, type WebBenchPart } from './webBenchParts.ts';
import { LINEAGE_DEPTH, webBenchMesh } from './webBenchMesh.ts';

export const WEB_GOALS = { searchP95Ms: 150, datasetPageP95Ms: 300, lineageP95Ms: 1_000 };

const MESH = { datasets: 3_000, domains: 3, columns: 8 };
/** Typed one key at a time; the warm-up query is typed first, untimed. */
const WARM_UP_QUERIES = ['product'];
const QUERIES = ['customer', 'order status', 'invoice payment', 'rental', 'courier ledger', 'shipment region', 'account email'];
const PAGE_DATASETS = 50;
const PAGE_REQUESTS = 100;
const PAGE_WARM_UP = 10;
const LINEAGE_RUNS = 10;
const LINEAGE_WARM_UP = 2;
/** What a person's screen would be: the explorer's canvas and its controls in view. */
const VIEWPORT = { width: 1280, height: 900 };

const MINUTE = 60_000;
/**
 * Each step's bound: several times what it takes on a loaded 2-core machine (services ~40 s,
 * mesh ~35 s, a build ~30 s to a few minutes, each part ~1-2 min), so only a stuck step meets it.
 */
const BOUNDS = { services: 10 * MINUTE, mesh: 10 * MINUTE, index: 10 * MINUTE, api: 2 * MINUTE, web: 20 * MINUTE, browser: 3 * MINUTE, part: 10 * MINUTE, close: 2 * MINUTE };

/**
 * tsx, which runs the CLI, compiles with esbuild's keepNames: a named function
 * inside a function becomes `__name(fn, "name")`. The functions this bench runs
 * in the page carry those calls with them, so the page gets a `__name` that
 * leaves the function as it is.
 */
const KEEP_NAMES_IN_PAGE = 'globalThis.__name ??= (fn) => fn;';

/** Each part is there when it was measured (see `--only`). */
export interface WebBenchResult {
  datasets: number;
  lineageNodes: number;
  /** `started`/`afterStart`: the key's time before and after the search box started the search (when it was seen). */
  search?: { keystrokes: number; queries: number; shown: LatencySummary; started: LatencySummary | null; afterStart: LatencySummary | null };
  page?: { requests: number; datasets: number; firstByte: LatencySummary; full: LatencySummary };
  lineage?: { runs: number; html: LatencySummary; drawn: LatencySummary; interactive: LatencySummary };
}

export async function runWebBench(config: PolderConfig, logger: Logger, parts: readonly WebBenchPart[] = WEB_BENCH_PARTS): Promise<WebBenchResult> {
  const step = <T>(name: string, boundMs: number, work: BenchStepWork<T>) => benchStep(logger, `bench web: ${name}`, boundMs, work);
  const dataDir = mkdtempSync(join(tmpdir(), 'polder-bench-web-'));
  // Its own services in its own data dir, whatever NEO4J_URI or MEILI_URL point at: the bench must not touch a catalog in use.
  const { uri: _neo4jUri, password: _neo4jPassword, ...neo4j } = config.neo4j;
  const { url: _meiliUrl, key: _meiliKey, ...meili } = config.meili;
  const benchConfig: PolderConfig = {
    ...config,
    dataDir,
    neo4j: { ...neo4j, boltPort: await findFreePort() },
    meili: { ...meili, port: await findFreePort(), indexPrefix: 'bench_web_' },
    api: { ...config.api, host: '127.0.0.1', port: 0, anonymousRead: true },
    web: { host: '127.0.0.1', port: await findFreePort() },
  };
  const platform = await step('start Neo4j and Meilisearch', BOUNDS.services, (signal) => closedIfAborted(openPlatform(benchConfig, logger, ['neo4j', 'meili']), signal));
  try {
    const mesh = webBenchMesh(MESH);
    await step('write the mesh', BOUNDS.mesh, async (signal, progress) => {
      const writer = new GraphWriter(platform.driver, benchConfig.neo4j.database);
      for (const [index, snapshot] of mesh.snapshots.entries()) {
        signal.throwIfAborted();
        progress(`snapshot ${index + 1} of ${mesh.snapshots.length} (${snapshot.nodes.length.toLocaleString('en')} nodes)`);
        await writer.write(snapshot);
      }
    });
    await step('index the mesh in Meilisearch', BOUNDS.index, async (signal, progress) => {
      const indexer = new SearchIndexer(platform.driver, platform.meili, { indexPrefix: benchConfig.meili.indexPrefix, logger, database: benchConfig.neo4j.database });
      await indexer.ensureIndex();
      // indexer.drain(), a batch at a time, to say how far it got.
      let indexed = 0;
      for (let settled = await indexer.drainOnce(); settled > 0; settled = await indexer.drainOnce()) {
        signal.throwIfAborted();
        indexed += settled;
        progress(`${indexed.toLocaleString('en')} outbox entries indexed`);
      }
    });

    const api = await step('start the API', BOUNDS.api, (signal) =>
      closedIfAborted(
        startApiServer(
          { driver: platform.driver, database: benchConfig.neo4j.database, meili: platform.meili, indexPrefix: benchConfig.meili.indexPrefix, logger, lineage: benchConfig.api.lineage, access: { anonymousRead: true } },
          { host: '127.0.0.1', port: 0 },
        ).then((server) => ({ ...server, close: () => server.stop() })),
        signal,
      ),
    );
    try {
      const web = await step('build (when its sources changed) and start the web catalog', BOUNDS.web, (signal) =>
        closedIfAborted(
          startWeb(benchConfig.web, `${api.url}/graphql`, logger, { signal }).then((server) => ({ ...server, close: () => server.stop() })),
          signal,
        ),
      );
      try {
        return await measure(web.url, mesh, parts, step, logger);
      } finally {
        await closeWithin(logger, 'the web catalog', () => web.stop());
      }
    } finally {
      await closeWithin(logger, 'the API', () => api.stop());
    }
  } finally {
    await closeWithin(logger, 'Neo4j and Meilisearch', () => platform.close());
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** What a step opens, closed again when the step's bound passed before it was open (nobody else holds it then). */
async function closedIfAborted<T extends { close(): Promise<void> }>(opening: Promise<T>, signal: AbortSignal): Promise<T> {
  const opened = await opening;
  if (signal.aborted) {
    await opened.close();
    signal.throwIfAborted();
  }
  return opened;
}

/** Closes `what` in a finally: a close that fails or hangs is logged, and does not hide the run's own error. */
async function closeWithin(logger: Logger, what: string, close: () => Promise<void>): Promise<void> {
  await benchStep(logger, `bench web: close ${what}`, BOUNDS.close, close).catch((error: unknown) =>
    logger.error({ err: error }, `bench web: could not close ${what}; the process may not exit by itself`),
  );
}

type Step = <T>(name: string, boundMs: number, work: BenchStepWork<T>) => Promise<T>;

async function measure(webUrl: string, mesh: ReturnType<typeof webBenchMesh>, parts: readonly WebBenchPart[], step: Step, logger: Logger): Promise<WebBenchResult> {
  // As web/lib/urls/datasetHref.ts writes it: the URN is one path segment, percent-encoded whole.
  const datasetUrl = (urn: string) => `${webUrl}/datasets/${encodeURIComponent(urn)}`;
  const target = (urn: string): DatasetPageTarget => ({ url: datasetUrl(urn), name: /\.public\.([^,)]+)\)$/.exec(urn)![1]! });
  const result: WebBenchResult = { datasets: mesh.datasets.length, lineageNodes: mesh.lineageNodes };
  if (parts.includes('pages')) {
    // Spread over the whole mesh (tables and views, every domain); the warm-up loads other ones.
    const every = Math.floor(mesh.datasets.length / (PAGE_DATASETS + PAGE_WARM_UP));
    const spread = mesh.datasets.filter((_, index) => index % every === 0).slice(0, PAGE_DATASETS + PAGE_WARM_UP).map(target);
    const pages = await step('dataset pages', BOUNDS.part, (signal, progress) => measureDatasetPages(spread.slice(PAGE_WARM_UP), PAGE_REQUESTS, spread.slice(0, PAGE_WARM_UP), { signal, progress }));
    result.page = { requests: PAGE_REQUESTS, datasets: PAGE_DATASETS, firstByte: summariseLatencies(pages.firstByteMs), full: summariseLatencies(pages.fullMs) };
  }
  if (!parts.includes('search') && !parts.includes('lineage')) return result;

  const browser = await step('launch Chromium', BOUNDS.browser, (signal) => closedIfAborted(launchChromium(), signal));
  try {
    // A part past its bound is left waiting on the page: closing its context ends the wait.
    const inContext = <T>(name: string, work: (context: BrowserContext, progress: (where: string) => void) => Promise<T>) =>
      step(name, BOUNDS.part, async (signal, progress) => {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const closeContext = () => void context.close().catch(() => undefined);
        signal.addEventListener('abort', closeContext, { once: true });
        try {
          await context.addInitScript(KEEP_NAMES_IN_PAGE);
          return await work(context, progress);
        } finally {
          signal.removeEventListener('abort', closeContext);
          await context.close();
        }
      });
    if (parts.includes('search')) {
      const typed = await inContext('typing searches', async (context, progress) =>
        measureSearchTyping(await context.newPage(), `${webUrl}/search`, QUERIES, WARM_UP_QUERIES, progress),
      );
      const split = typed.flatMap((sample) => (sample.startedMs === null ? [] : [{ started: sample.startedMs, after: sample.shownMs - sample.startedMs }]));
      result.search = {
        keystrokes: typed.length,
        queries: QUERIES.length,
        shown: summariseLatencies(typed.map((sample) => sample.shownMs)),
        started: split.length > 0 ? summariseLatencies(split.map((sample) => sample.started)) : null,
        afterStart: split.length > 0 ? summariseLatencies(split.map((sample) => sample.after)) : null,
      };
    }
    if (parts.includes('lineage')) {
      const lineage = await inContext('lineage explorer', (context, progress) =>
        measureLineageExplorer(context, `${datasetUrl(mesh.lineageHub)}?depth=${LINEAGE_DEPTH}`, mesh.lineageNodes, LINEAGE_RUNS, LINEAGE_WARM_UP, progress),
      );
      result.lineage = { runs: LINEAGE_RUNS, html: summariseLatencies(lineage.htmlMs), drawn: summariseLatencies(lineage.drawnMs), interactive: summariseLatencies(lineage.interactiveMs) };
    }
    return result;
  } finally {
    await closeWithin(logger, 'Chromium', () => browser.close());
  }
}

/** The printed block: what ran, on what, then one table of figures against the goals (of the parts measured). */
export function formatWebBench(result: WebBenchResult): string[] {
  const { search, page, lineage } = result;
  const graph = `${result.datasets.toLocaleString('en')} generated datasets (×${MESH.columns} columns, 20% views) in ${MESH.domains} domains, and a lineage neighbourhood of ${result.lineageNodes} datasets within ${LINEAGE_DEPTH} hops of one`;
  return [
    `bench web — ${machineLine()}`,
    `  stack: Neo4j + Meilisearch (throw-away data dir), the API and the production Next.js build on loopback; Chromium headless, ${VIEWPORT.width}×${VIEWPORT.height}`,
    `  graph: ${graph}`,
    ...(search
      ? [
          `  search: ${search.queries} queries of 1–2 words typed key by key (after a warm-up query), each key once the previous key's results showed;`,
          `    timed from the key event to the first frame showing the results for the text typed so far (spaces are typed, not timed),`,
          `    split where the search box starts the search (its "Searching…" status): before, it waits for typing to pause`,
        ]
      : []),
    ...(page ? [`  dataset page: ${page.requests} requests over ${page.datasets} datasets, one at a time, after ${PAGE_WARM_UP} warm-up; the goal is judged on the full HTML (every streamed panel)`] : []),
    ...(lineage
      ? [
          `  lineage: the explorer of the ${result.lineageNodes}-node dataset opened ${lineage.runs} times (after ${LINEAGE_WARM_UP} warm-up loads, scripts cached);`,
          `    timed from the navigation's start; interactive = all ${result.lineageNodes} nodes drawn and the canvas zooming when its zoom-in button is pressed`,
        ]
      : []),
    '',
    ...formatLatencyTable([
      ...(search
        ? [
            { measure: 'search: key → its results drawn', summary: search.shown, goalP95Ms: WEB_GOALS.searchP95Ms },
            ...(search.started ? [{ measure: '  of which: key → search started', summary: search.started }] : []),
            ...(search.afterStart ? [{ measure: '  and: search started → drawn', summary: search.afterStart }] : []),
          ]
        : []),
      ...(page
        ? [
            { measure: 'dataset page: first byte', summary: page.firstByte },
            { measure: 'dataset page: full HTML', summary: page.full, goalP95Ms: WEB_GOALS.datasetPageP95Ms },
          ]
        : []),
      ...(lineage
        ? [
            { measure: 'lineage: page HTML received', summary: lineage.html },
            { measure: `lineage: ${result.lineageNodes} nodes drawn`, summary: lineage.drawn },
            { measure: 'lineage: graph interactive', summary: lineage.interactive, goalP95Ms: WEB_GOALS.lineageP95Ms },
          ]
        : []),
    ]).map((line) => `  ${line}`),
    '',
  ];
}
