import { describe, expect, it } from 'vitest';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { impactOf, LineageService } from './lineage.service.ts';
import { LineageDirection } from './lineage.type.ts';

const ds = (name: string) => `urn:polder:dataset:(postgres,db,${name})`;

/**
 * A graph reader that answers the walk's queries as Neo4j would for a fixed graph: each direction's
 * reached assets at their hops, nearest first, cut at `$limit` (the start first when the query asks for it).
 */
function fakeGraph(root: string, reached: { UPSTREAM: Array<[string, number]>; DOWNSTREAM: Array<[string, number]> }): GraphReader {
  const row = (name: string, hops: number) => ({ id: name, urn: ds(name), name, domain: null, status: hops === 0 ? 'ACTIVE' : null, hops, derivesFrom: [] });
  return {
    read: async (cypher: string, params: { limit?: { toNumber(): number } }, toRow?: (record: unknown) => unknown) => {
      const direction = cypher.includes('-[:DERIVES_FROM]->(next') ? 'UPSTREAM' : 'DOWNSTREAM';
      if (cypher.includes('AS found')) return [{ found: reached[cypher.includes('-[:DERIVES_FROM]->(n:') ? 'UPSTREAM' : 'DOWNSTREAM'].length > 0 }];
      const rows = [...(cypher.includes('WHERE hops > 0') ? [] : [row(root, 0)]), ...reached[direction].map(([name, hops]) => row(name, hops))];
      // As the driver's records: the walk makes its nodes from them.
      const records = rows.slice(0, params.limit!.toNumber()).map((row) => ({ get: (key: string) => row[key as keyof typeof row], has: (key: string) => key in row }));
      return toRow ? records.map(toRow) : records;
    },
  } as unknown as GraphReader;
}

const walk = (graph: GraphReader, limit: number) =>
  new LineageService(graph, { maxDepth: 10, maxNodes: 1000 }).walk({ urn: ds('root'), direction: LineageDirection.BOTH, depth: 3, limit }, { qualifiedNames: false, edges: 'NONE' });
const degrees = (result: Awaited<ReturnType<typeof walk>>) => result.nodes.map((node) => [node.name, node.degree]);

describe('LineageService.walk both ways', () => {
  it('keeps the nearest assets of either side when the limit cuts it, not the first side\'s farthest', async () => {
    const graph = fakeGraph('root', { UPSTREAM: [['u1', 1], ['u2', 2], ['u3', 2]], DOWNSTREAM: [['d1', 1]] });
    const result = await walk(graph, 3);
    expect(degrees(result)).toEqual([['root', 0], ['u1', -1], ['d1', 1]]);
    expect(result.isPartial).toBe(true);
  });

  it('counts an asset of a cycle once, at its nearer degree, and is not partial when everything fits', async () => {
    const pair = await walk(fakeGraph('root', { UPSTREAM: [['other', 1]], DOWNSTREAM: [['other', 1]] }), 2);
    expect(degrees(pair)).toEqual([['root', 0], ['other', -1]]);
    expect(pair.isPartial).toBe(false);

    const nearerDownstream = await walk(fakeGraph('root', { UPSTREAM: [['a', 1], ['c', 2]], DOWNSTREAM: [['c', 1]] }), 3);
    expect(degrees(nearerDownstream)).toEqual([['root', 0], ['a', -1], ['c', 1]]);
    expect(nearerDownstream.isPartial).toBe(false);
  });

  it('says isPartial when only the start fits and the other side has more', async () => {
    const result = await walk(fakeGraph('root', { UPSTREAM: [], DOWNSTREAM: [['d1', 1]] }), 1);
    expect(degrees(result)).toEqual([['root', 0]]);
    expect(result.isPartial).toBe(true);
  });
});

describe('impactOf', () => {
  const noGraph = { read: async () => { throw new Error('a query was sent'); } } as unknown as GraphReader;
  const lineage = new LineageService(noGraph, { maxDepth: 10, maxNodes: 1000 });

  it('refuses a URN that is not a dataset\'s, naming its own argument, before any query', async () => {
    const field = `urn:polder:field:(${ds('orders')},amount)`;
    await expect(impactOf(lineage, noGraph, { urn: field })).rejects.toMatchObject({
      message: `"${field}" is not a dataset URN: impact counts what depends on a dataset`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.urn' },
    });
    await expect(impactOf(lineage, noGraph, { urn: `'; MATCH (n) DETACH DELETE n //${'é'.repeat(5000)}` })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.urn' } });
  });
});
