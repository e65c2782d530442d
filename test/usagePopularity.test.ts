/**
 * Usage and popularity end to end, against the real PostgreSQL and Neo4j: the
 * PostgreSQL crawler reads the server's own counters (pg_stat_user_tables), the
 * rate between two crawls ranks a table people query above one nobody does,
 * and the API explains it (Dataset.usage, the trust score's usage evidence,
 * popularDatasets). The home page's "Popular" list is checked in webCatalog.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, recordOwnReads, runAndRecordChecks, runAndRecordProfiles, runChecks, type OwnReads } from '@polder/crawlers';
import { startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { trustConfigSchema, type CheckConfig } from '@polder/runtime';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { createDatabase, queryRows, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const services = testServices();
const driver = testDriver();
const { source, env } = testPostgresSource(services.postgres, 'usage-rentals', 'usage_rentals', 'usage');
const crawl = () => crawlSource(driver, source, { logger: testLogger, env });
const ds = (table: string) => `urn:polder:dataset:(postgres,usage-rentals,usage_rentals.${table})`;
const QUERIED = ds('public.maintenance_event');
const UNUSED = ds('public.branch');
const VIEW = ds('reporting.active_rental');
// The demo's Delivery database: ops.delivery_events is partitioned by month, in four partitions.
const partitioned = testPostgresSource(services.postgres, 'usage-delivery', 'usage_delivery', 'usage');
const EVENTS = 'urn:polder:dataset:(postgres,usage-delivery,usage_delivery.ops.delivery_events)';
const eventPartitions = ['2026_09', '2026_10', '2026_11', 'default'].map((month) => `urn:polder:dataset:(postgres,usage-delivery,usage_delivery.ops.delivery_events_${month})`);
let api: ApiServer;
let query: ReturnType<typeof graphqlClient>;

async function usageOf(urn: string) {
  const { records } = await driver.executeQuery(
    `MATCH (d:Dataset {urn: $urn}) RETURN d {.usage_signal, .usage_reads, .usage_ownReadsPending, .usage_ownReadsPendingAt, .usage_readAt, .usage_countingSince, .usage_readsPerDay, .usage_measuredFrom, .usage_measuredAt, .popularity} AS usage`,
    { urn },
  );
  return records[0]!.get('usage') as Record<string, any>;
}

const USAGE = `query ($urn: ID!) { dataset(urn: $urn) { usage { popularity signal readsPerDay writesPerDay measuredFrom measuredAt jobRunsPerDay } trust { components { name value evidence { kind description } } } } }`;

beforeAll(async () => {
  await createDatabase(services.postgres, 'usage_rentals', readFileSync(new URL('../demo/rentals.sql', import.meta.url), 'utf8'));
  await writeTestMesh(driver, source);
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_usage_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  query = graphqlClient(`${api.url}/graphql`);
});
afterAll(async () => {
  await api?.stop();
  await driver.executeQuery(`MATCH (h:TrustScore) WHERE h.subjectUrn CONTAINS ',usage-rentals,' OR h.subjectUrn CONTAINS ',usage-delivery,' DELETE h`);
  await deleteCrawledData(driver, source);
  await deleteCrawledData(driver, partitioned.source);
  await driver.close();
});

describe('usage from PostgreSQL statistics', () => {
  let firstReadAt: string;

  it('records the server’s counters on the first crawl, outside the crawled (content-hashed) properties, with no rate yet', async () => {
    const result = await crawl();
    // The counters ride along with the relations query: no query of their own.
    expect(result.stats.queries).toBe(10);
    const queried = await usageOf(QUERIED);
    // A database whose statistics were never reset does not date its counters (stats_reset is null):
    // the reading is kept, and the rate waits for the next crawl rather than guessing a window.
    expect(queried).toMatchObject({ usage_signal: 'postgres', usage_reads: expect.any(Number), usage_readAt: expect.any(String), usage_countingSince: null, usage_readsPerDay: null, popularity: null });
    firstReadAt = queried.usage_readAt;
    const { records } = await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) RETURN d.crawledKeys AS keys`, { urn: QUERIED });
    expect((records[0]!.get('keys') as string[]).filter((key) => key.startsWith('usage'))).toEqual([]);
    // A view has no counters of its own (its reads count on its tables): nothing measures it.
    expect(await usageOf(VIEW)).toMatchObject({ usage_signal: null, usage_readsPerDay: null, popularity: null });
  });

  it('measures reads between two crawls: a table people query rises above one nobody reads', async () => {
    await runSql(services.postgres, 'usage_rentals', Array.from({ length: 25 }, () => 'SELECT count(*) FROM public.maintenance_event;').join('\n'));
    const recrawl = await crawl();
    // Counters moved, the tables did not: nothing was rewritten.
    expect(recrawl.counts).toMatchObject({ created: 0, updated: 0, removed: 0 });

    const queried = await usageOf(QUERIED);
    expect(queried.usage_measuredFrom).toBe(firstReadAt);
    expect(queried.usage_readsPerDay).toBeGreaterThan(0);
    const unused = await usageOf(UNUSED);
    expect(unused).toMatchObject({ usage_readsPerDay: 0, popularity: 0 });
    expect(queried.popularity).toBeGreaterThan(unused.popularity);

    const { data } = await query(USAGE, { urn: QUERIED });
    expect(data!.dataset.usage).toEqual({
      popularity: queried.popularity,
      signal: 'postgres',
      readsPerDay: queried.usage_readsPerDay,
      writesPerDay: 0,
      measuredFrom: firstReadAt,
      measuredAt: queried.usage_measuredAt,
      jobRunsPerDay: null,
    });
  });

  it('leaves Polder’s own reads out: profiles and checks do not make a table nobody queries look used', async () => {
    const before = await usageOf(QUERIED);
    const profiles = await runAndRecordProfiles(
      driver,
      [{ source: source.id, datasets: ['public.branch', 'public.maintenance_event'], exclude: [], views: false, schedule: undefined, sampleRows: 10_000, timeoutMs: 10_000 }],
      [source],
      { env, logger: testLogger },
    );
    expect(profiles.results.map((result) => result.outcome)).toEqual(['OK', 'OK']);
    const common = { source: source.id, timeoutMs: 10_000 } as const;
    const checks: CheckConfig[] = [
      { ...common, id: 'branches', dataset: 'public.branch', kind: 'rowCount', min: 1 },
      // Its SQL reads a second table, which is Polder's reading too.
      { ...common, id: 'events-per-branch', dataset: 'public.branch', kind: 'customSql', sql: 'SELECT count(*) FROM public.branch b JOIN public.maintenance_event m ON true', min: 0 },
    ];
    expect((await runAndRecordChecks(driver, checks, [source], { env, logger: testLogger })).results.map((result) => result.outcome)).toEqual(['PASS', 'PASS']);
    // A person's queries in the same window are usage.
    await runSql(services.postgres, 'usage_rentals', Array.from({ length: 5 }, () => 'SELECT count(*) FROM public.maintenance_event;').join('\n'));
    // One entry per session: the profile's and the two checks'.
    expect((await usageOf(UNUSED)).usage_ownReadsPending).toHaveLength(3);

    await crawl();
    const unused = await usageOf(UNUSED);
    expect(unused).toMatchObject({ usage_readsPerDay: 0, popularity: 0, usage_ownReadsPending: null, usage_ownReadsPendingAt: null });
    const queried = await usageOf(QUERIED);
    expect(queried.usage_measuredFrom).toBe(before.usage_readAt);
    // Exactly the person's 5 scans, though the profile and the check scanned it as well.
    const days = (Date.parse(queried.usage_measuredAt) - Date.parse(queried.usage_measuredFrom)) / 86_400_000;
    expect(Math.round(queried.usage_readsPerDay * days)).toBe(5);
  });

  it('queues the changed popularity for the search index and for trust, which explains it', async () => {
    const { records } = await driver.executeQuery(`MATCH (o:IndexOutbox|TrustOutbox {urn: $urn}) RETURN labels(o)[0] AS outbox ORDER BY outbox`, { urn: QUERIED });
    expect(records.map((record) => record.get('outbox'))).toEqual(['IndexOutbox', 'TrustOutbox']);
    await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();
    const { data } = await query(USAGE, { urn: QUERIED });
    const usage = data!.dataset.trust.components.find((component: { name: string }) => component.name === 'usage');
    expect(usage.value).toBe(data!.dataset.usage.popularity / 100);
    expect(usage.evidence.map((evidence: { kind: string }) => evidence.kind)).toEqual(['popularity', 'storeUsage']);
    expect(usage.evidence[1].description).toMatch(/^[\d.]+ scans a day by the postgres statistics, \S+ to \S+$/);
  });

  it('corrects the rate when a check the reading held is recorded after it, as when a check and a crawl run at the same moment', async () => {
    const scans = async () => {
      const [row] = await queryRows<{ scans: string }>(services.postgres, 'usage_rentals', `SELECT seq_scan + coalesce(idx_scan, 0) AS scans FROM pg_stat_user_tables WHERE relid = 'public.branch'::regclass`);
      return Number(row!.scans);
    };
    const scansBefore = await scans();
    // The check runs; the crawl reads the counters before the check's reads are recorded.
    const ownReads: OwnReads[] = [];
    const common = { source: source.id, timeoutMs: 10_000 } as const;
    const results = await runChecks([{ ...common, id: 'branches-again', dataset: 'public.branch', kind: 'rowCount', min: 1 }], [source], { env, logger: testLogger, ownReads });
    expect(results.map((result) => result.outcome)).toEqual(['PASS']);
    // PostgreSQL publishes a session's counts as it ends: wait until they show, so the reading holds them.
    await expect.poll(scans).toBeGreaterThan(scansBefore);
    await crawl();
    const held = await usageOf(UNUSED);
    expect(held.usage_readsPerDay).toBeGreaterThan(0);

    expect(await recordOwnReads(driver, ownReads)).toEqual({ corrected: 1 });
    expect(await usageOf(UNUSED)).toMatchObject({ usage_readsPerDay: 0, popularity: 0, usage_ownReadsPending: null, usage_readAt: held.usage_readAt });
  });

  it('takes out of a reading only the own reads it holds, each session on its own side of the reading', async () => {
    const before = await usageOf(QUERIED);
    await runSql(services.postgres, 'usage_rentals', Array.from({ length: 3 }, () => 'SELECT count(*) FROM public.maintenance_event;').join('\n'));
    // Two sessions' reads, as recorded: one counted before the next reading, one after it.
    const justAfterTheLastReading = new Date(Date.parse(before.usage_readAt) + 1).toISOString();
    const afterTheNext = new Date(Date.now() + 86_400_000).toISOString();
    expect(await recordOwnReads(driver, [{ datasetUrn: QUERIED, reads: 2, at: justAfterTheLastReading }, { datasetUrn: QUERIED, reads: 7, at: afterTheNext }])).toEqual({ corrected: 0 });
    await crawl();
    const queried = await usageOf(QUERIED);
    const days = (Date.parse(queried.usage_measuredAt) - Date.parse(queried.usage_measuredFrom)) / 86_400_000;
    expect(Math.round(queried.usage_readsPerDay * days)).toBe(1);
    expect(queried).toMatchObject({ usage_ownReadsPending: [7], usage_ownReadsPendingAt: [afterTheNext] });
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) REMOVE d.usage_ownReadsPending, d.usage_ownReadsPendingAt`, { urn: QUERIED });
  });

  it('lists the most popular datasets, used ones only; a view nothing measures has no usage', async () => {
    const { data } = await query(`{ popularDatasets(count: 50) { urn usage { popularity } } }`);
    const urns = data!.popularDatasets.map((dataset: { urn: string }) => dataset.urn);
    expect(urns).toContain(QUERIED);
    expect(urns).not.toContain(UNUSED);
    const popularities = data!.popularDatasets.map((dataset: { usage: { popularity: number } }) => dataset.usage.popularity);
    expect(popularities).toEqual([...popularities].sort((a, b) => b - a));
    const view = await query(USAGE, { urn: VIEW });
    expect(view.data!.dataset.usage).toBeNull();
    expect((await query(`{ popularDatasets(count: 0) { urn } }`)).errors![0]!.message).toBe('count must be between 1 and 50');
  });
});

describe('a partitioned table', () => {
  const crawlDelivery = () => crawlSource(driver, partitioned.source, { logger: testLogger, env: partitioned.env });

  beforeAll(async () => {
    await createDatabase(services.postgres, 'usage_delivery', readFileSync(new URL('../demo/delivery.sql', import.meta.url), 'utf8'));
    await writeTestMesh(driver, partitioned.source);
    await crawlDelivery();
  });

  it('is linked to its partitions, both ways', async () => {
    const { data } = await query(`query ($urn: ID!) { dataset(urn: $urn) { subtype partitionOf { urn } partitions { total datasets { urn subtype partitionOf { urn } } } } }`, { urn: EVENTS });
    expect(data!.dataset).toEqual({
      subtype: 'PARTITIONED_TABLE',
      partitionOf: null,
      partitions: { total: eventPartitions.length, datasets: eventPartitions.map((urn) => ({ urn, subtype: 'TABLE', partitionOf: { urn: EVENTS } })) },
    });
  });

  it('counts the reads of its partitions as its own, less Polder’s, and is popular in their stead', async () => {
    const before = await usageOf(EVENTS);
    // Each query of the table scans its four partitions.
    await runSql(services.postgres, 'usage_delivery', Array.from({ length: 3 }, () => 'SELECT count(*) FROM ops.delivery_events;').join('\n'));
    const profiles = await runAndRecordProfiles(
      driver,
      [{ source: partitioned.source.id, datasets: ['ops.delivery_events'], exclude: [], views: false, schedule: undefined, sampleRows: 10_000, timeoutMs: 10_000 }],
      [partitioned.source],
      { env: partitioned.env, logger: testLogger },
    );
    expect(profiles.results.map((result) => result.outcome)).toEqual(['OK']);
    await crawlDelivery();

    const events = await usageOf(EVENTS);
    expect(events.usage_measuredFrom).toBe(before.usage_readAt);
    const days = (Date.parse(events.usage_measuredAt) - Date.parse(events.usage_measuredFrom)) / 86_400_000;
    expect(Math.round(events.usage_readsPerDay * days)).toBe(3 * 4);
    expect((await usageOf(eventPartitions[0]!)).usage_readsPerDay).toBeGreaterThan(0);

    const { data } = await query(`{ popularDatasets(count: 50) { urn } }`);
    const popular = data!.popularDatasets.map((dataset: { urn: string }) => dataset.urn);
    expect(popular).toContain(EVENTS);
    expect(popular.filter((urn: string) => eventPartitions.includes(urn))).toEqual([]);
  });
});
