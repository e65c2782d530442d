/**
 * A lineage walk's work is bounded by its node limit, not only by its depth. Under a hub (a table
 * that thousands read, as a calendar or a currency table is), a walk that returns its first few
 * readers must not expand every later level from all of them. Checked on Neo4j's own profile, not
 * on a clock: no step of the walk handles more rows than the levels the answer can come from, and
 * the answer is the one a full walk would give, nearest first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphReader, SEES_EVERYTHING } from '../api/src/graph/GraphReader.ts';
import { LineageService } from '../api/src/modules/lineage/lineage.service.ts';
import { LineageDirection, LineageLevel, type LineageResult } from '../api/src/modules/lineage/lineage.type.ts';
import { profilingDriver, type Profiled } from './support/profilingDriver.ts';
import { testDriver } from './support/services.ts';

const driver = testDriver();
const PROVIDER = 'test:lineage-bounds';
const urnOf = (name: string) => `urn:polder:dataset:(sqlite,lineage-bounds,main.${name})`;
const HUB = 'hub';
/** The hub's readers (hops 1), each read by 30 more (hops 2), each of those by 3 (hops 3): 3,631 datasets. */
const FIRST = Array.from({ length: 30 }, (_, a) => `r${String(a).padStart(2, '0')}`);
const SECOND = FIRST.flatMap((parent) => Array.from({ length: 30 }, (_, b) => ({ parent, name: `${parent}_${String(b).padStart(2, '0')}` })));
const THIRD = SECOND.flatMap(({ name: parent }) => Array.from({ length: 3 }, (_, c) => ({ parent, name: `${parent}_${c}` })));

/** A lineage service whose every read is profiled: `profiled.maxRows` is the largest step of any of them. */
function profiledLineage(profiled: Profiled): LineageService {
  return new LineageService(new GraphReader(profilingDriver(driver, profiled), undefined, () => undefined, SEES_EVERYTHING), { maxDepth: 10, maxNodes: 5_000 });
}

async function walk(limit: number, depth = 3): Promise<{ result: LineageResult; maxRows: number }> {
  const profiled = { maxRows: 0 };
  const result = await profiledLineage(profiled).walk({ urn: urnOf(HUB), direction: LineageDirection.DOWNSTREAM, depth, limit });
  // A profile that never reached `profiled` would pass every bound below.
  expect(profiled.maxRows).toBeGreaterThan(0);
  return { result, maxRows: profiled.maxRows };
}

const namesAndDegrees = (result: LineageResult) => result.nodes.map((node) => `${node.name}@${node.degree}`);

/** A dataset of 40 columns, each read by 5 columns, each of those by 5 more: 1,240 columns in all. */
const WIDE = urnOf('wide');
const columnUrn = (dataset: string, name: string) => `urn:polder:field:(sqlite,lineage-bounds,main.${dataset},${name})`;
const WIDE_COLUMNS = Array.from({ length: 40 }, (_, c) => ({ dataset: 'wide', name: `c${String(c).padStart(2, '0')}`, position: c + 1, reads: null as string | null }));
const READERS = WIDE_COLUMNS.flatMap((column) => Array.from({ length: 5 }, (_, r) => ({ dataset: 'readers', name: `${column.name}_${r}`, position: 0, reads: column.name })));
const READERS_OF_READERS = READERS.flatMap((column) => Array.from({ length: 5 }, (_, r) => ({ dataset: 'readers2', name: `${column.name}_${r}`, position: 0, reads: column.name })));

beforeAll(async () => {
  await driver.executeQuery(
    `CREATE (wide:Dataset:Entity {urn: $wide, name: 'wide', qualifiedName: 'main.wide', status: 'ACTIVE', provider: $provider})
     WITH wide UNWIND $columns AS column
     CREATE (f:Field:Entity {urn: column.urn, name: column.name, datasetUrn: column.datasetUrn, position: column.position, status: 'ACTIVE', provider: $provider})
     WITH wide, f, column CALL (wide, f, column) { WITH wide, f, column WHERE column.datasetUrn = wide.urn CREATE (wide)-[:HAS_FIELD]->(f) }`,
    {
      wide: WIDE,
      provider: PROVIDER,
      columns: [...WIDE_COLUMNS, ...READERS, ...READERS_OF_READERS].map((column) => ({ ...column, urn: columnUrn(column.dataset, column.name), datasetUrn: urnOf(column.dataset) })),
    },
  );
  const readsOf = (columns: typeof READERS, upstream: string) => columns.map((column) => ({ down: columnUrn(column.dataset, column.name), up: columnUrn(upstream, column.reads!) }));
  await driver.executeQuery(
    `UNWIND $reads AS read
     MATCH (up:Field {urn: read.up}), (down:Field {urn: read.down})
     CREATE (down)-[:DERIVES_FROM {provider: $provider}]->(up)`,
    { reads: [...readsOf(READERS, 'wide'), ...readsOf(READERS_OF_READERS, 'readers')], provider: PROVIDER },
  );

  const datasets = [HUB, ...FIRST, ...SECOND.map(({ name }) => name), ...THIRD.map(({ name }) => name)];
  await driver.executeQuery(
    `UNWIND $names AS name
     CREATE (:Dataset:Entity {urn: $prefix + name + ')', name: name, qualifiedName: 'main.' + name, status: 'ACTIVE', provider: $provider})`,
    { names: datasets, prefix: urnOf('').slice(0, -1), provider: PROVIDER },
  );
  const reads = [...FIRST.map((name) => ({ parent: HUB, name })), ...SECOND, ...THIRD];
  await driver.executeQuery(
    `UNWIND $reads AS read
     MATCH (up:Dataset {urn: read.up}), (down:Dataset {urn: read.down})
     CREATE (down)-[:DERIVES_FROM {provider: $provider}]->(up)`,
    { reads: reads.map(({ parent, name }) => ({ up: urnOf(parent), down: urnOf(name) })), provider: PROVIDER },
  );
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:Dataset|Field {provider: $provider}) DETACH DELETE n', { provider: PROVIDER });
  await driver.close();
});

describe('a walk down from a hub', () => {
  it('returns its first readers without walking past them', async () => {
    const { result, maxRows } = await walk(10);
    expect(namesAndDegrees(result)).toEqual([`${HUB}@0`, ...FIRST.slice(0, 9).map((name) => `${name}@1`)]);
    expect(result.isPartial).toBe(true);
    // The hub's 30 readers and the walk's own few rows; walking on from them would handle 900 and 2,700.
    expect(maxRows).toBeLessThan(100);
  });

  it('walks one level further when the first does not fill the limit, and no further', async () => {
    const { result, maxRows } = await walk(100);
    expect(namesAndDegrees(result)).toEqual([
      `${HUB}@0`,
      ...FIRST.map((name) => `${name}@1`),
      ...SECOND.slice(0, 69).map(({ name }) => `${name}@2`),
    ]);
    expect(result.isPartial).toBe(true);
    // The 931 datasets within 2 hops, gathered to be sorted; walking on would handle 2,700 more.
    expect(maxRows).toBeLessThanOrEqual(1 + FIRST.length + SECOND.length);
  });

  it('walks every level when the limit holds everything', async () => {
    const { result } = await walk(5_000);
    expect(result.nodes).toHaveLength(1 + FIRST.length + SECOND.length + THIRD.length);
    expect(result.nodes.at(-1)).toMatchObject({ name: THIRD.at(-1)!.name, degree: 3 });
    expect(result.edges).toHaveLength(FIRST.length + SECOND.length + THIRD.length);
    expect(result.isPartial).toBe(false);
  });

  it('stops exactly at the limit when a level fills it to the asset', async () => {
    // 1 + 30 + 900 = 931 datasets within 2 hops: a limit of 931 returns them all, and the third level
    // (which the extra row past the limit needs) says the walk was cut.
    const { result } = await walk(931);
    expect(result.nodes).toHaveLength(931);
    expect(result.isPartial).toBe(true);
    const { result: twoHops } = await walk(931, 2);
    expect(twoHops.isPartial).toBe(false);
  });
});

describe('a column walk from a dataset with more columns than the limit', () => {
  it('returns its first columns without walking from any of them', async () => {
    const profiled = { maxRows: 0 };
    const result = await profiledLineage(profiled).walk({ urn: WIDE, level: LineageLevel.FIELD, direction: LineageDirection.DOWNSTREAM, depth: 2, limit: 20 });
    expect(result.nodes.map((node) => `${node.name}@${node.degree}`)).toEqual(WIDE_COLUMNS.slice(0, 20).map((column) => `${column.name}@0`));
    expect(result.isPartial).toBe(true);
    // The 40 columns, which level 0 is; walking on from them would handle 200 and 1,000.
    expect(profiled.maxRows).toBeGreaterThan(0);
    expect(profiled.maxRows).toBeLessThan(100);
  });

  it('walks from them when the limit holds them', async () => {
    const result = await profiledLineage({ maxRows: 0 }).walk({ urn: WIDE, level: LineageLevel.FIELD, direction: LineageDirection.DOWNSTREAM, depth: 2, limit: 2_000 });
    expect(result.nodes).toHaveLength(WIDE_COLUMNS.length + READERS.length + READERS_OF_READERS.length);
    expect(result.isPartial).toBe(false);
  });
});
