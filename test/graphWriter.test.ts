/**
 * The graph writer's full runs against the real Neo4j: what a run drops from a node it writes
 * again; a staged run, whose node stages commit side by side, landing the same graph as one
 * transaction; the provider's digest, which spares an unchanged run its diff only while the
 * graph is what the last run left; and pushed facts that change no value.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '@polder/graph-schema';
import { GraphWriter } from '@polder/crawlers';
import { testDriver } from './support/services.ts';

const driver = testDriver();
const ds = (provider: string, table: string) => `urn:polder:dataset:(postgres,${provider},db.public.${table})`;
const fd = (provider: string, table: string, column: string) => `urn:polder:field:(${ds(provider, table)},${column})`;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return (await driver.executeQuery(cypher, params)).records.map((record) => record.toObject() as T);
}

afterAll(async () => {
  await driver.executeQuery(`MATCH (n:Entity|ProviderDigest) WHERE n.provider STARTS WITH 'graph-writer-test:' DETACH DELETE n`);
  await driver.executeQuery(`MATCH (o:TrustOutbox) WHERE o.urn CONTAINS 'graph-writer-test' OR o.urn CONTAINS ',removed-check,' DELETE o`);
  await driver.close();
});

/** 30 tables of 3 columns, each table's name with `suffix`: 120 nodes and 90 edges. */
function tablesSnapshot(provider: string, suffix = ''): GraphSnapshot {
  const tables = Array.from({ length: 30 }, (_, index) => `t_${index}`);
  return {
    provider,
    nodes: tables.flatMap((table) => [
      { label: 'Dataset' as const, urn: ds(provider, table), properties: { name: `${table}${suffix}` } },
      ...['id', 'amount', 'note'].map((column, position) => ({ label: 'Field' as const, urn: fd(provider, table, column), properties: { name: column, position } })),
    ]),
    edges: tables.flatMap((table) => ['id', 'amount', 'note'].map((column) => ({ type: 'HAS_FIELD' as const, from: ds(provider, table), to: fd(provider, table, column) }))),
    warnings: [],
  };
}

describe('a full run', () => {
  it('drops the properties its source stopped reporting, and keeps what anyone else wrote on the node', async () => {
    const provider = 'graph-writer-test:keys';
    const urn = ds('keys', 'orders');
    const writer = new GraphWriter(driver);
    const run = (properties: Record<string, string | null>): Promise<unknown> =>
      writer.write({ provider, nodes: [{ label: 'Dataset', urn, properties }], edges: [], warnings: [] });

    await run({ name: 'orders', owner: 'sales', comment: 'as crawled' });
    // A person's edit and a usage figure: written by others, on the same node.
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_description = 'Every order', d.popularity = 0.5`, { urn });
    // The source no longer reports `owner` at all, and reports `comment` as null.
    await run({ name: 'orders_v2', comment: null });

    const [node] = await rows<{ props: Record<string, unknown> }>(`MATCH (d:Dataset {urn: $urn}) RETURN properties(d) AS props`, { urn });
    expect(node!.props).toMatchObject({ name: 'orders_v2', crawledKeys: ['name'], editable_description: 'Every order', popularity: 0.5 });
    expect(node!.props).not.toHaveProperty('owner');
    expect(node!.props).not.toHaveProperty('comment');
  });

  it('resolves the open incident of a check its source no longer reports, as CHECK_REMOVED', async () => {
    const provider = 'graph-writer-test:removed-check';
    const dataset = ds('removed-check', 'orders');
    const check = 'urn:polder:qualityCheck:(dbt,removed-check,test.orders_not_empty)';
    const result = 'urn:polder:checkResult:(dbt,removed-check,test.orders_not_empty,run-1)';
    const writer = new GraphWriter(driver);
    const orders = { label: 'Dataset' as const, urn: dataset, properties: { name: 'orders' } };
    await writer.write({
      provider,
      nodes: [
        orders,
        { label: 'QualityCheck', urn: check, properties: { name: 'orders_not_empty' } },
        { label: 'CheckResult', urn: result, properties: { outcome: 'FAIL', evaluatedAt: '2026-12-02T10:00:00.000Z', message: 'no rows' } },
      ],
      edges: [
        { type: 'CHECKS', from: check, to: dataset },
        { type: 'RESULT_OF', from: result, to: check },
      ],
      warnings: [],
    });
    const incidents = () => rows(`MATCH (i:Incident)-[:RAISED_BY]->(:QualityCheck {urn: $check}) RETURN i.state AS state, i.resolution AS resolution`, { check });
    expect(await incidents()).toEqual([{ state: 'OPEN', resolution: null }]);
    await driver.executeQuery(`MATCH (o:TrustOutbox {urn: $dataset}) DELETE o`, { dataset });

    await writer.write({ provider, nodes: [orders], edges: [], warnings: [] });
    expect(await incidents()).toEqual([{ state: 'RESOLVED', resolution: 'CHECK_REMOVED' }]);
    // What it was about is scored again, without it.
    expect(await rows(`MATCH (o:TrustOutbox {urn: $dataset}) RETURN o.urn AS urn`, { dataset })).toEqual([{ urn: dataset }]);
  });

  it('lands a staged run, its node stages committed side by side, as one transaction would', async () => {
    const shape = (provider: string) =>
      rows(
        `MATCH (d:Dataset {provider: $provider})
         RETURN d.name AS table, COLLECT { MATCH (d)-[:HAS_FIELD]->(f:Field {provider: $provider}) RETURN f.name ORDER BY f.position } AS fields,
                EXISTS { (:IndexOutbox {urn: d.urn}) } AS queued
         ORDER BY table`,
        { provider },
      );

    // 120 nodes and 90 edges: in stages of 10 rows, twelve node stages (two at a time), then nine of edges.
    const staged = await new GraphWriter(driver, undefined, 10).write(tablesSnapshot('graph-writer-test:staged'));
    const whole = await new GraphWriter(driver).write(tablesSnapshot('graph-writer-test:whole'));

    expect(staged).toMatchObject({ created: 120, edgesWritten: 90, danglingEdges: 0, transactions: 21 });
    expect(whole).toMatchObject({ created: 120, edgesWritten: 90, danglingEdges: 0, transactions: 1 });
    const [stagedShape, wholeShape] = [await shape('graph-writer-test:staged'), await shape('graph-writer-test:whole')];
    expect(stagedShape).toHaveLength(30);
    expect(stagedShape).toEqual(wholeShape);
    expect(stagedShape.every((table) => table.queued === true && (table.fields as string[]).length === 3)).toBe(true);
  });
});

describe("the provider's digest", () => {
  const names = (provider: string) => rows<{ name: string }>(`MATCH (d:Dataset {provider: $provider, status: 'ACTIVE'}) RETURN d.name AS name ORDER BY name`, { provider });

  it('spares an unchanged run its diff and its writes, and a changed one still lands', async () => {
    const provider = 'graph-writer-test:digest';
    const writer = new GraphWriter(driver);
    expect(await writer.write(tablesSnapshot(provider))).toMatchObject({ created: 120, transactions: 1 });
    const [digest] = await rows<{ nodes: number }>(`MATCH (d:ProviderDigest {provider: $provider}) RETURN d.nodes AS nodes`, { provider });
    expect(digest).toEqual({ nodes: 120 });

    expect(await writer.write(tablesSnapshot(provider))).toEqual({
      created: 0, updated: 0, unchanged: 120, removed: 0, edgesWritten: 0, edgesRemoved: 0, danglingEdges: 0, transactions: 0,
    });
    expect(await writer.write(tablesSnapshot(provider, '_v2'))).toMatchObject({ updated: 30, unchanged: 90, transactions: 1 });
    expect((await names(provider)).every(({ name }) => name.endsWith('_v2'))).toBe(true);
  });

  it('is not trusted once a node was deleted outside a run: the next run diffs in full and puts it back', async () => {
    const provider = 'graph-writer-test:deleted';
    const writer = new GraphWriter(driver);
    await writer.write(tablesSnapshot(provider));
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) DETACH DELETE d`, { urn: ds(provider, 't_7') });
    expect(await writer.write(tablesSnapshot(provider))).toMatchObject({ created: 1, unchanged: 119, edgesWritten: 3 });
  });

  it('is not consulted for a full diff on request, which puts back an edge deleted by hand (the node count cannot tell)', async () => {
    const provider = 'graph-writer-test:full';
    const writer = new GraphWriter(driver);
    await writer.write(tablesSnapshot(provider));
    await driver.executeQuery(`MATCH (:Dataset {urn: $urn})-[r:HAS_FIELD]->() DELETE r`, { urn: ds(provider, 't_3') });
    expect(await writer.write(tablesSnapshot(provider))).toMatchObject({ edgesWritten: 0, transactions: 0 });

    const now = new Date();
    const state = await writer.readProviderState(provider, now, { fullDiff: true });
    expect(await writer.write(tablesSnapshot(provider), now, undefined, state)).toMatchObject({ edgesWritten: 3, unchanged: 120 });
  });

  it('is dropped before a staged run: one that fails half-way leaves none, and the next run repairs even a snapshot as before', async () => {
    const provider = 'graph-writer-test:interrupted';
    const staged = new GraphWriter(driver, undefined, 10);
    await staged.write(tablesSnapshot(provider));
    // Renamed tables, and an edge Neo4j refuses (a map is no property value): the node stages commit, an edge stage fails.
    const failing = tablesSnapshot(provider, '_half');
    failing.edges[45] = { ...failing.edges[45]!, properties: { note: { nested: true } } as never };
    await expect(staged.write(failing)).rejects.toThrow();
    expect((await names(provider)).filter(({ name }) => name.endsWith('_half')).length).toBe(30);

    // The snapshot of the run before the failed one: without a digest, diffed in full, and the names are back.
    expect(await staged.write(tablesSnapshot(provider))).toMatchObject({ updated: 30 });
    expect((await names(provider)).some(({ name }) => name.endsWith('_half'))).toBe(false);
  });

  it('is dropped by pushed facts for the provider, and the next run removes what they added', async () => {
    const provider = 'graph-writer-test:pushed';
    const writer = new GraphWriter(driver);
    await writer.write(tablesSnapshot(provider));
    // An OpenLineage event's lineage between two tables of the crawled store, which the crawl does not report
    // (no node more: the node count alone would not tell).
    const version = '2026-12-01T00:00:00Z';
    await writer.apply({ nodes: [], edges: [{ type: 'DERIVES_FROM', from: ds(provider, 't_1'), to: ds(provider, 't_0'), provider, version, properties: { transformation: 'JOB' } }] });
    expect(await writer.write(tablesSnapshot(provider))).toMatchObject({ edgesRemoved: 1, unchanged: 120 });
  });

  it('is not written by a run that left an edge dangling: the next run tries the edge again', async () => {
    const provider = 'graph-writer-test:dangling';
    const writer = new GraphWriter(driver);
    const snapshot = tablesSnapshot(provider);
    snapshot.edges.push({ type: 'DERIVES_FROM', from: ds(provider, 't_0'), to: ds('elsewhere', 'not_crawled_yet') });
    expect(await writer.write(snapshot)).toMatchObject({ danglingEdges: 1 });
    expect(await writer.write(snapshot)).toMatchObject({ danglingEdges: 1, transactions: 1 });
  });
});

describe('pushed facts', () => {
  it("keep a node's updatedAt, and queue no search document, when they only bring a newer version of the value it holds", async () => {
    const provider = 'graph-writer-test:same-value';
    const writer = new GraphWriter(driver);
    await writer.write(tablesSnapshot(provider));
    const urn = ds(provider, 't_0');
    const state = async () => (await rows<{ updatedAt: string; queued: number }>(
      `MATCH (d:Dataset {urn: $urn}) RETURN d.updatedAt AS updatedAt, COUNT { MATCH (o:IndexOutbox {urn: $urn}) } AS queued`, { urn },
    ))[0]!;
    await driver.executeQuery(`MATCH (o:IndexOutbox {urn: $urn}) DELETE o`, { urn });
    const crawled = await state();
    // An OpenLineage event naming the crawled table, as the crawl named it: a newer version of the same name.
    const pushed = await writer.apply({ nodes: [{ label: 'Dataset', urn, provider, version: '2026-12-03T00:00:00Z', properties: { name: 't_0' } }], edges: [] }, new Date(Date.parse(crawled.updatedAt) + 60_000));
    expect(pushed).toMatchObject({ updated: 1 });
    // Its search document still carries its updatedAt: `polder reindex --check` finds nothing stale.
    expect(await state()).toEqual({ updatedAt: crawled.updatedAt, queued: 0 });

    // A new value is a change.
    await writer.apply({ nodes: [{ label: 'Dataset', urn, provider, version: '2026-12-03T00:01:00Z', properties: { name: 't_0 renamed' } }], edges: [] }, new Date(Date.parse(crawled.updatedAt) + 120_000));
    const renamed = await state();
    expect(renamed.updatedAt).not.toBe(crawled.updatedAt);
    expect(renamed.queued).toBe(1);
  });
});
