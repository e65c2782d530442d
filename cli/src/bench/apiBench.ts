/**
 * `polder bench api`: the API's speed targets, each measured side by side with
 * its baseline in the same run on the same machine (so a busy machine slows both):
 *
 * - a dataset page (the dataset, 200 columns, owners, terms, quality checks with
 *   their latest results, trust score with its components and evidence, domain,
 *   lineage neighbours) on a graph of ~100,000 scored assets: p95 latency (goal ≤ 50 ms);
 * - a lineage walk 5 hops deep that reaches 1,000 datasets, through GraphQL and
 *   as one hand-written Cypher query through the bare driver (the faster of two
 *   forms, ANY SHORTEST and level by level): p95 of each and
 *   their ratio (goals ≤ 200 ms and ≤ 1.5×), the medians too, and beside them the
 *   floor of any API answering in JSON over HTTP (the same answer from a bare server) and the walk
 *   through Polder's lineage service in process (its Cypher and JavaScript, no GraphQL or HTTP);
 * - a trivial query's throughput against a bare Node `http` server answering
 *   the same JSON (goal ≥ 35%).
 *
 * The API serves from a thread of its own (apiThread.ts), and the hand-written walk runs and is timed on
 * another (bareWalkThread.ts): each with its own heap, as a deployed API and a script beside it would have,
 * so neither side's garbage collections land on the other's timings. The timed requests, to the API and to
 * the bare servers alike, go through one lean client (jsonClient.ts) on the bench's own thread; the
 * throughput's load comes from a worker thread of its own (throughput.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import { formatUrn, parseUrn, type GraphSnapshot } from '@polder/graph-schema';
import { GraphWriter } from '@polder/crawlers';
import { AccessService, anonymousPrincipal, createContext, DEFAULT_ACCESS_SETTINGS, LineageDirection, TrustScorer, type ApiDependencies, type RequestHttp } from '@polder/api';
import type { Logger, MeiliConnection, Neo4jConnection, TrustConfig } from '@polder/runtime';
import { generateSyntheticMesh } from './syntheticMesh.ts';
import { percentile } from './percentile.ts';
import { deleteBenchAssets } from './deleteBenchAssets.ts';
import { seededRandom, shuffled } from './random.ts';
import { createJsonClient } from './jsonClient.ts';
import { measureThroughput } from './throughput.ts';
import { startApiThread, type ApiThread } from './apiThread.ts';
import { startBareWalkThread, type BareWalkThread } from './bareWalkThread.ts';

export const API_BENCH_PROVIDER = 'bench:api';
export const PAGE_COLUMNS = 200;
/** The page's quality checks: on the dataset, and on its first columns; each with a month of daily results. */
const PAGE_TABLE_CHECKS = 4;
const PAGE_COLUMN_CHECKS = 8;
const RESULTS_PER_CHECK = 30;
export const PAGE_CHECKS = PAGE_TABLE_CHECKS + PAGE_COLUMN_CHECKS;
const LINEAGE_FANOUT = 4;
const LINEAGE_DEPTH = 5;
const LINEAGE_NODES = 1_000;
/** Seeds the order of each round of lineage measurements, so two runs take the same orders. */
const LINEAGE_ORDER_SEED = 5;

/** The stores the bench writes to and reads from, and where they are (for the API's own thread to connect). */
export interface BenchStores {
  driver: Driver;
  meili: Meilisearch;
  connections: { neo4j: Neo4jConnection; meili: MeiliConnection };
}

export interface ApiBenchOptions {
  /** Tables of 10 columns each in the generated graph (9,000 → ~100,000 assets). */
  tables: number;
  /** Timed requests per latency measurement. */
  requests: number;
  /** Seconds each side of the throughput comparison runs. */
  seconds: number;
  /** Concurrent clients in the throughput comparison. */
  clients: number;
}

export interface ApiBenchResult {
  assets: number;
  page: { p50: number; p95: number; graphQueries: number };
  lineage: {
    nodes: number;
    isPartial: boolean;
    graphqlP95: number;
    /** The faster of the hand-written forms (by p95): its p95, and which it was. */
    cypherP95: number;
    cypherForm: string;
    /** Every hand-written form's p95, by form. */
    cypherP95ByForm: Record<string, number>;
    ratio: number;
    /**
     * The same at the median, against the hand-written form with the lower median (which may be the
     * other one). The p95 is where each side's garbage collections land: over 200 rounds it moved from
     * run to run, over 1,000 (the default) it is steadier; the median shows the steady cost.
     */
    graphqlP50: number;
    cypherP50: number;
    ratioP50: number;
    /** The median round trip of the walk's answer as JSON from a bare node:http server (see `floor` in runApiBench). */
    jsonRoundTripP50: number;
    /** What any API answering in JSON over HTTP would reach at best: (bare Cypher + that round trip) / bare Cypher, by medians. */
    floorRatioP50: number;
    /**
     * The median of the same walk through Polder's lineage service in process, as a request's resolver calls it
     * (a fresh request context, the caller anonymous): Polder's own Cypher and the JavaScript that makes nodes and
     * edges of its rows, without GraphQL or HTTP. Against the bare walk, it says how much of the gap is the query.
     */
    serviceP50: number;
  };
  throughput: { apiPerSecond: number; barePerSecond: number; ratio: number };
}

const DATASET_PAGE = `query DatasetPage($urn: ID!) {
  dataset(urn: $urn) {
    urn name qualifiedName description subtype version restricted viewerCanEdit
    owners { name type } tags certification { active expiresAt }
    domain { name } source { urn }
    terms { urn name }
    fields { urn name dataType nullable isPrimaryKey description tags terms { urn } references { urn } }
    qualityChecks { urn name kind column severity latestResult { outcome observedValue message evaluatedAt } }
    trust { score computedAt components { name value weight contribution evidence { kind urn description } } }
    upstream { total datasets { urn name } } downstream { total datasets { urn name } }
  }
}`;

const LINEAGE = `query Walk($urn: ID!) {
  lineage(input: {urn: $urn, direction: DOWNSTREAM, depth: ${LINEAGE_DEPTH}, limit: ${LINEAGE_NODES}}) {
    isPartial nodes { urn name degree domain } edges { from to }
  }
}`;

// The same walk written by hand, as one would without Polder: breadth-first through active datasets,
// 5 hops, nearest 1,000 first, each with its hop count, domain and upstream edges. In the two forms a
// person would write; the baseline is whichever was faster in the run (so Polder's own form, levels,
// is no excuse for a slow baseline). Each dataset's domain and upstream edges come from one pass over
// its relationships, as Polder's walk reads them: 0.16 ms faster than an OPTIONAL MATCH for the domain
// beside a pattern comprehension for the edges (BENCHMARKS.md, thirty-eighth session).
const BARE_RETURN = `WITH n, hops, [(n)-[r:IN_DOMAIN|DERIVES_FROM]->(x) | CASE type(r) WHEN 'IN_DOMAIN' THEN x.name ELSE x END] AS links
  RETURN n.urn AS urn, n.name AS name, [link IN links WHERE link IS :: STRING][0] AS domain, hops,
    [link IN links WHERE NOT link IS :: STRING | link.urn] AS upstream`;
const BARE_LINEAGE = {
  'ANY SHORTEST': `MATCH (root:Dataset {urn: $urn})
  MATCH path = ANY SHORTEST (root)((:Dataset)<-[:DERIVES_FROM]-(:Dataset {status: 'ACTIVE'})){1,${LINEAGE_DEPTH}}(n:Dataset)
  WITH n, length(path) AS hops ORDER BY hops, n.qualifiedName LIMIT ${LINEAGE_NODES}
  ${BARE_RETURN}`,
  levels: `MATCH (root:Dataset {urn: $urn})
  WITH [[root]] AS levels
  ${Array.from(
    { length: LINEAGE_DEPTH },
    () => `CALL (levels) { UNWIND levels[-1] AS asset MATCH (asset)<-[:DERIVES_FROM]-(next:Dataset {status: 'ACTIVE'}) RETURN collect(DISTINCT next) AS reached }
  WITH levels + [reached] AS levels`,
  ).join('\n  ')}
  UNWIND range(1, ${LINEAGE_DEPTH}) AS level
  UNWIND levels[level] AS n
  WITH n, min(level) AS hops ORDER BY hops, n.qualifiedName LIMIT ${LINEAGE_NODES}
  ${BARE_RETURN}`,
};
type BareForm = keyof typeof BARE_LINEAGE;

/** The generated graph: a synthetic mesh, one page-sized dataset, and a lineage tree of fan-out 4 from the first dataset. */
export function apiBenchSnapshot(tables: number): { snapshot: GraphSnapshot; pageUrn: string; lineageRoot: string } {
  const [mesh] = generateSyntheticMesh({ domains: 1, tablesPerDomain: tables, columnsPerTable: 10, viewShare: 0, seed: 7 });
  const snapshot: GraphSnapshot = { ...mesh!, provider: API_BENCH_PROVIDER };
  const datasets = snapshot.nodes.filter((node) => node.label === 'Dataset').map((node) => node.urn);
  const domainUrn = formatUrn('domain', 'bench-api');
  snapshot.nodes.push({ label: 'Domain', urn: domainUrn, properties: { id: 'bench-api', name: 'Bench API', description: 'Generated by polder bench api' } });
  for (const urn of datasets) snapshot.edges.push({ type: 'IN_DOMAIN', from: urn, to: domainUrn });

  const pageUrn = formatUrn('dataset', 'postgres', 'bench-api', 'bench.public.wide_customer_page');
  snapshot.nodes.push({
    label: 'Dataset',
    urn: pageUrn,
    properties: { name: 'wide_customer_page', qualifiedName: 'bench.public.wide_customer_page', platform: 'postgres', subtype: 'TABLE', description: 'A dataset page with 200 columns', owners: ['ada', 'finance-team'], tags: ['gold', 'pii'] },
  });
  snapshot.edges.push({ type: 'IN_DOMAIN', from: pageUrn, to: domainUrn });
  for (let term = 0; term < 3; term++) {
    const termUrn = formatUrn('glossaryTerm', `bench-term-${term}`);
    snapshot.nodes.push({ label: 'GlossaryTerm', urn: termUrn, properties: { name: `Bench term ${term}`, termStatus: 'APPROVED' } });
    snapshot.edges.push({ type: 'MEANS', from: pageUrn, to: termUrn });
  }
  for (let c = 0; c < PAGE_COLUMNS; c++) {
    const fieldUrn = formatUrn('field', parseUrn(pageUrn), `column_${c}`);
    snapshot.nodes.push({ label: 'Field', urn: fieldUrn, properties: { name: `column_${c}`, datasetUrn: pageUrn, position: c + 1, dataType: 'text', nullable: c > 0, isPrimaryKey: c === 0, description: `Column ${c} of the page` } });
    snapshot.edges.push({ type: 'HAS_FIELD', from: pageUrn, to: fieldUrn });
    if (c < 20) snapshot.edges.push({ type: 'MEANS', from: fieldUrn, to: formatUrn('glossaryTerm', `bench-term-${c % 3}`) });
  }
  snapshot.edges.push({ type: 'DERIVES_FROM', from: pageUrn, to: datasets[0]! });
  pushPageChecks(snapshot, pageUrn);

  // Dataset j derives from dataset ⌊(j−1)/4⌋: 4 + 16 + 64 + 256 + 1,024 datasets within 5 hops of the first.
  const treeSize = Math.min(datasets.length, 1 + 4 + 16 + 64 + 256 + 1024);
  for (let j = 1; j < treeSize; j++) {
    snapshot.edges.push({ type: 'DERIVES_FROM', from: datasets[j]!, to: datasets[Math.floor((j - 1) / LINEAGE_FANOUT)]!, properties: { transformation: 'VIEW', confidence: 1 } });
  }
  return { snapshot, pageUrn, lineageRoot: datasets[0]! };
}

/**
 * The page's quality checks, as a crawler or `polder check` writes them: each with its results, one a day
 * (the newest failing for one check in four, as a page usually shows something to look at).
 */
function pushPageChecks(snapshot: GraphSnapshot, pageUrn: string): void {
  const day = 24 * 60 * 60 * 1000;
  const newest = Date.UTC(2026, 0, 31);
  for (let c = 0; c < PAGE_CHECKS; c++) {
    const column = c < PAGE_TABLE_CHECKS ? null : `column_${c - PAGE_TABLE_CHECKS}`;
    const checkUrn = formatUrn('qualityCheck', 'polder', 'bench-api', `check_${c}`);
    snapshot.nodes.push({
      label: 'QualityCheck',
      urn: checkUrn,
      properties: { name: column ? `${column}_not_null` : `row_count_${c}`, kind: column ? 'not_null' : 'row_count', column, severity: 'ERROR', description: `Bench check ${c}` },
    });
    snapshot.edges.push({ type: 'CHECKS', from: checkUrn, to: pageUrn });
    if (column) snapshot.edges.push({ type: 'CHECKS', from: checkUrn, to: formatUrn('field', parseUrn(pageUrn), column) });
    for (let r = 0; r < RESULTS_PER_CHECK; r++) {
      const resultUrn = formatUrn('checkResult', 'polder', 'bench-api', `check_${c}`, `run_${r}`);
      const failing = r === 0 && c % 4 === 3;
      snapshot.nodes.push({
        label: 'CheckResult',
        urn: resultUrn,
        properties: { outcome: failing ? 'FAIL' : 'PASS', observedValue: failing ? 3 : 0, message: failing ? '3 rows failed' : null, evaluatedAt: new Date(newest - r * day).toISOString() },
      });
      snapshot.edges.push({ type: 'RESULT_OF', from: resultUrn, to: checkUrn });
    }
  }
}

/**
 * Writes the generated graph and lets go of it: the ~100,000 generated records would otherwise stay
 * in this thread's heap while it measures, and every garbage collection of the client's, and of the
 * lineage service's in process, would have them to walk.
 */
async function writeApiBenchGraph(driver: Driver, database: string | undefined, tables: number): Promise<{ pageUrn: string; lineageRoot: string; assets: number }> {
  const { snapshot, pageUrn, lineageRoot } = apiBenchSnapshot(tables);
  await new GraphWriter(driver, database).write(snapshot);
  return { pageUrn, lineageRoot, assets: snapshot.nodes.length };
}

export async function runApiBench(stores: BenchStores, database: string | undefined, trust: TrustConfig, logger: Logger, options: ApiBenchOptions): Promise<ApiBenchResult> {
  const { driver, meili } = stores;
  const { pageUrn, lineageRoot, assets } = await writeApiBenchGraph(driver, database, options.tables);
  // Every dataset scored, as the catalog's scorer would have done by the time anyone reads the page.
  await new TrustScorer(driver, { trust, logger, database }).drain();
  const settings = { database, indexPrefix: 'bench_api_', lineage: { maxDepth: 10, maxNodes: LINEAGE_NODES }, access: { anonymousRead: true } };
  const deps: ApiDependencies = { ...settings, driver, meili, logger };
  const access = new AccessService(driver, { ...DEFAULT_ACCESS_SETTINGS, anonymousRead: true }, database);
  const neo4j = { ...stores.connections.neo4j, database };
  // The API and the hand-written walk each on a thread, with a heap, of its own (see apiThread.ts); the
  // client, the bare servers and the walk through the lineage service in process share this one.
  let api: ApiThread | undefined;
  let bareWalk: BareWalkThread | undefined;
  let bare: BareServer | undefined;
  let floor: BareServer | undefined;
  const client = createJsonClient();
  try {
    api = await startApiThread({ ...settings, neo4j, meili: stores.connections.meili, logLevel: logger.level });
    bareWalk = await startBareWalkThread({ neo4j, forms: BARE_LINEAGE, parameters: { urn: lineageRoot } });
    bare = await startBareServer(() => TRIVIAL_ANSWER);
    const apiUrl = api.url;
    const graphql = (query: string, variables: Record<string, unknown>) => client.post(`${apiUrl}/graphql`, { query, variables });

    const pageTimes = await timed(options.requests, () => graphql(DATASET_PAGE, { urn: pageUrn }));
    const probe = await graphql(DATASET_PAGE, { urn: pageUrn });
    const page = (probe.body as { data?: { dataset?: { fields: unknown[]; qualityChecks: Array<{ latestResult: unknown }>; trust: { components: unknown[] } | null } } }).data?.dataset;
    const checksWithResults = page?.qualityChecks.filter((check) => check.latestResult).length;
    if (page?.fields.length !== PAGE_COLUMNS || checksWithResults !== PAGE_CHECKS || !page.trust?.components.length) {
      throw new Error(`the dataset page query did not return ${PAGE_COLUMNS} columns, ${PAGE_CHECKS} checks with results and a trust score: ${JSON.stringify(probe.body).slice(0, 300)}`);
    }

    // The two hand-written forms must be the same walk: the same datasets at the same hops, in the same order.
    const [shortest, levels] = await Promise.all(
      (Object.values(BARE_LINEAGE) as string[]).map(async (cypher) =>
        (await driver.executeQuery(cypher, { urn: lineageRoot }, { database, routing: 'READ' })).records.map((record) => `${record.get('urn')}@${record.get('hops')}`).join()),
    );
    if (shortest !== levels) throw new Error('the two hand-written lineage walks disagree: the bench would compare unlike work');

    // The floor for any API answering over HTTP in JSON: the walk's own answer, turned into JSON for each
    // request by a bare node:http server, and read back as the API's is.
    const answer = (await graphql(LINEAGE, { urn: lineageRoot })).body;
    floor = await startBareServer(() => JSON.stringify(answer));
    const floorUrl = floor.url;

    // The walk as the LINEAGE operation's resolver asks for it (each node's URN, name, degree and domain, the
    // edges' ends), from a request context of its own, as each request gets; it must be the GraphQL answer's.
    const serviceWalk = () =>
      createContext(deps, { principal: anonymousPrincipal(true), access, http: NO_HTTP }).lineage.walk(
        { urn: lineageRoot, direction: LineageDirection.DOWNSTREAM, depth: LINEAGE_DEPTH, limit: LINEAGE_NODES },
        { qualifiedNames: false, edges: 'ENDS' },
      );
    const answered = (answer as { data: { lineage: { nodes: Array<{ urn: string }> } } }).data.lineage.nodes.map((node) => node.urn).join();
    if ((await serviceWalk()).nodes.map((node) => node.urn).join() !== answered) throw new Error('the lineage service and the GraphQL answer disagree: the bench would compare unlike work');

    // Interleaved, so all sides see the same machine at the same moments, and in a new random order each
    // round: a walk runs faster right after another query has kept Neo4j busy than after a pause (0.6 ms
    // at the median, BENCHMARKS.md), so a fixed order would favour whichever side always came second.
    const graphqlLineage: number[] = [];
    const cypherLineage: Record<BareForm, number[]> = { 'ANY SHORTEST': [], levels: [] };
    const jsonRoundTrips: number[] = [];
    const serviceLineage: number[] = [];
    let walked = { nodes: 0, isPartial: false };
    // Each side resolves with its time: the client's, from request to parsed answer; the bare walk's, as its thread measured it.
    const timedHere = (work: () => Promise<unknown>) => () => elapsedMs(work);
    const walkingThread = bareWalk;
    const sides: Array<{ times: number[]; time: () => Promise<number> }> = [
      {
        times: graphqlLineage,
        time: timedHere(async () => {
          const { body } = await graphql(LINEAGE, { urn: lineageRoot });
          const lineage = (body as { data: { lineage: { nodes: unknown[]; isPartial: boolean } } }).data.lineage;
          walked = { nodes: lineage.nodes.length, isPartial: lineage.isPartial };
        }),
      },
      { times: jsonRoundTrips, time: timedHere(() => client.post(floorUrl, { query: LINEAGE, variables: { urn: lineageRoot } })) },
      { times: serviceLineage, time: timedHere(serviceWalk) },
      ...(Object.keys(BARE_LINEAGE) as BareForm[]).map((form) => ({ times: cypherLineage[form], time: () => walkingThread.time(form) })),
    ];
    const random = seededRandom(LINEAGE_ORDER_SEED);
    for (let round = 0; round < options.requests + 10; round++) {
      for (const side of shuffled(sides, random)) {
        const ms = await side.time();
        if (round >= 10) side.times.push(ms); // the first 10 rounds warm up
      }
    }

    const trivialLoad = { body: { query: '{ __typename }' }, clients: options.clients, seconds: options.seconds };
    const apiPerSecond = await measureThroughput({ url: `${apiUrl}/graphql`, ...trivialLoad });
    const barePerSecond = await measureThroughput({ url: bare.url, ...trivialLoad });

    const graphqlP95 = percentile(graphqlLineage, 95);
    const bareForms = (Object.keys(BARE_LINEAGE) as BareForm[]).map((form) => ({ form, p95: percentile(cypherLineage[form], 95) }));
    const { form: cypherForm, p95: cypherP95 } = bareForms.reduce((fastest, other) => (other.p95 < fastest.p95 ? other : fastest));
    const graphqlP50 = percentile(graphqlLineage, 50);
    const cypherP50 = Math.min(...Object.values(cypherLineage).map((times) => percentile(times, 50)));
    const jsonRoundTripP50 = percentile(jsonRoundTrips, 50);
    return {
      assets,
      page: { p50: percentile(pageTimes, 50), p95: percentile(pageTimes, 95), graphQueries: Number(probe.headers['x-polder-graph-queries']) },
      lineage: {
        ...walked,
        graphqlP95,
        cypherP95,
        cypherForm,
        cypherP95ByForm: Object.fromEntries(bareForms.map(({ form, p95 }) => [form, p95])),
        ratio: graphqlP95 / cypherP95,
        graphqlP50,
        cypherP50,
        ratioP50: graphqlP50 / cypherP50,
        jsonRoundTripP50,
        floorRatioP50: (cypherP50 + jsonRoundTripP50) / cypherP50,
        serviceP50: percentile(serviceLineage, 50),
      },
      throughput: { apiPerSecond, barePerSecond, ratio: apiPerSecond / barePerSecond },
    };
  } finally {
    client.close();
    await api?.stop();
    await bareWalk?.stop();
    for (const server of [bare, floor]) if (server) await new Promise<void>((resolve) => server.server.close(() => resolve()));
  }
}

/** Removes what the bench wrote: its assets and their outbox entries. */
export async function deleteApiBenchGraph(driver: Driver, database: string | undefined): Promise<void> {
  await deleteBenchAssets(driver, database, API_BENCH_PROVIDER);
}

/** A request without HTTP: the lineage service never signs anyone in or out. */
const NO_HTTP: RequestHttp = {
  clientAddress: '127.0.0.1',
  credentials: { kind: 'NONE' },
  setSessionCookie: () => {
    throw new Error('the bench signs no one in');
  },
  clearSessionCookie: () => {
    throw new Error('the bench signs no one out');
  },
};

/** What the API answers to `{ __typename }`. */
const TRIVIAL_ANSWER = JSON.stringify({ data: { __typename: 'Query' } });

interface BareServer {
  server: Server;
  url: string;
}

/** A baseline: a bare Node server answering every POST with `answer()`. */
async function startBareServer(answer: () => string): Promise<BareServer> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(answer());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Milliseconds `work` takes, as seen from here. */
async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Latencies of `count` sequential calls, after 10 warm-up calls. */
async function timed(count: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await elapsedMs(work));
  return times;
}
