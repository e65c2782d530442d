/**
 * The graph writer's full runs against the real Neo4j: what a run drops from a node it writes
 * again, and a staged run, whose node stages commit side by side, landing the same graph as one
 * transaction.
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
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider STARTS WITH 'graph-writer-test:' DETACH DELETE n`);
  await driver.close();
});

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

  it('lands a staged run, its node stages committed side by side, as one transaction would', async () => {
    const snapshotOf = (provider: string): GraphSnapshot => {
      const tables = Array.from({ length: 30 }, (_, index) => `t_${index}`);
      return {
        provider,
        nodes: tables.flatMap((table) => [
          { label: 'Dataset' as const, urn: ds(provider, table), properties: { name: table } },
          ...['id', 'amount', 'note'].map((column, position) => ({ label: 'Field' as const, urn: fd(provider, table, column), properties: { name: column, position } })),
        ]),
        edges: tables.flatMap((table) => ['id', 'amount', 'note'].map((column) => ({ type: 'HAS_FIELD' as const, from: ds(provider, table), to: fd(provider, table, column) }))),
        warnings: [],
      };
    };
    const shape = (provider: string) =>
      rows(
        `MATCH (d:Dataset {provider: $provider})
         RETURN d.name AS table, COLLECT { MATCH (d)-[:HAS_FIELD]->(f:Field {provider: $provider}) RETURN f.name ORDER BY f.position } AS fields,
                EXISTS { (:IndexOutbox {urn: d.urn}) } AS queued
         ORDER BY table`,
        { provider },
      );

    // 120 nodes and 90 edges: in stages of 10 rows, twelve node stages (two at a time), then nine of edges.
    const staged = await new GraphWriter(driver, undefined, 10).write(snapshotOf('graph-writer-test:staged'));
    const whole = await new GraphWriter(driver).write(snapshotOf('graph-writer-test:whole'));

    expect(staged).toMatchObject({ created: 120, edgesWritten: 90, danglingEdges: 0, transactions: 21 });
    expect(whole).toMatchObject({ created: 120, edgesWritten: 90, danglingEdges: 0, transactions: 1 });
    const [stagedShape, wholeShape] = [await shape('graph-writer-test:staged'), await shape('graph-writer-test:whole')];
    expect(stagedShape).toHaveLength(30);
    expect(stagedShape).toEqual(wholeShape);
    expect(stagedShape.every((table) => table.queued === true && (table.fields as string[]).length === 3)).toBe(true);
  });
});
