/**
 * `npx polder bench postgres` at a tiny size, with nothing timed (its figures are
 * the bench's): the generator builds every kind of relation it promises, the real
 * crawler lands all of it in the graph, and it sends PostgreSQL as many queries for
 * 30 tables as for 10.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabase } from '@polder/runtime';
import { deletePostgresBenchGraph, measureCrawl, postgresBenchDatabaseName, postgresBenchSource, preparePostgresBenchDatabase, writePostgresBenchMesh } from 'polder';
import { testDriver, testLogger, testServices } from './support/services.ts';

const services = testServices();
const driver = testDriver();
const SMALL = { tables: 10, columns: 10 };
const LARGER = { tables: 30, columns: 10 };
const small = postgresBenchSource(services.postgres, SMALL);
const larger = postgresBenchSource(services.postgres, LARGER);

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

beforeAll(async () => {
  for (const shape of [SMALL, LARGER]) await preparePostgresBenchDatabase(services.postgres, shape);
  await deletePostgresBenchGraph(driver, undefined);
  await writePostgresBenchMesh(driver, undefined, [small.source, larger.source]);
});
afterAll(async () => {
  await deletePostgresBenchGraph(driver, undefined);
  for (const shape of [SMALL, LARGER]) await dropDatabase(services.postgres, postgresBenchDatabaseName(shape));
  await driver.close();
});

describe('the bench postgres database', () => {
  it('holds tables, foreign keys, partitions, views and a materialized view, each of exactly M columns, and is reused once made', async () => {
    const made = await preparePostgresBenchDatabase(services.postgres, LARGER, { fresh: true });
    expect(made).toMatchObject({ database: 'polder_bench_pg_30x10', generated: true });
    expect(made.inventory).toEqual({
      schemas: 1,
      tables: 22,
      partitionedTables: 1,
      partitions: 3,
      views: 3,
      materializedViews: 1,
      columns: 300,
      foreignKeys: 4,
      relationComments: 10,
      columnComments: 74,
    });
    const again = await preparePostgresBenchDatabase(services.postgres, LARGER);
    expect(again).toEqual({ ...made, generated: false });
  });
});

describe('crawling it with the PostgreSQL crawler', () => {
  it('lands every relation as a dataset and every column as a field, with keys, references and view lineage', async () => {
    const first = await measureCrawl(driver, undefined, larger.source, larger.env, testLogger);
    expect(first.result.counts).toMatchObject({ created: 330, removed: 0 });
    const provider = `postgres:${larger.source.id}`;
    const [counts] = await rows(
      `MATCH (n:Entity {provider: $provider}) WHERE n.status = 'ACTIVE'
       RETURN count(CASE WHEN n:Dataset THEN 1 END) AS datasets, count(CASE WHEN n:Field THEN 1 END) AS fields,
              count(CASE WHEN n:Field AND n.isPrimaryKey THEN 1 END) AS keys`,
      { provider },
    );
    // A key per table, partitioned table and partition: a partition carries the key it inherits.
    expect(counts).toEqual({ datasets: 30, fields: 300, keys: 26 });
    const subtypes = await rows(`MATCH (d:Dataset {provider: $provider}) RETURN d.subtype AS subtype, count(*) AS count ORDER BY subtype`, { provider });
    expect(subtypes).toEqual([
      { subtype: 'MATERIALIZED_VIEW', count: 1 },
      { subtype: 'PARTITIONED_TABLE', count: 1 },
      { subtype: 'TABLE', count: 25 },
      { subtype: 'VIEW', count: 3 },
    ]);
    const [references] = await rows(`MATCH (:Field {provider: $provider})-[r:REFERENCES]->(:Field) RETURN count(r) AS count`, { provider });
    const [viewLineage] = await rows(`MATCH (:Dataset {provider: $provider})-[r:DERIVES_FROM]->(:Dataset) RETURN count(r) AS count`, { provider });
    // 4 foreign keys; 2 views and a materialized view of one relation each, and a view joining two.
    expect({ references, viewLineage }).toEqual({ references: { count: 4 }, viewLineage: { count: 5 } });
    expect(first.result.warnings).toEqual([]);

    const unchanged = await measureCrawl(driver, undefined, larger.source, larger.env, testLogger);
    expect(unchanged.result.counts).toMatchObject({ created: 0, updated: 0, unchanged: 330, removed: 0 });
  });

  it('sends PostgreSQL as many queries for 30 tables as for 10, and counts them as the crawler does', async () => {
    const ten = await measureCrawl(driver, undefined, small.source, small.env, testLogger);
    const thirty = await measureCrawl(driver, undefined, larger.source, larger.env, testLogger);
    expect(ten.result.stats).toMatchObject({ datasets: 10, columns: 100 });
    expect(thirty.result.stats).toMatchObject({ datasets: 30, columns: 300 });
    expect({ ten: ten.queries, thirty: thirty.queries }).toEqual({ ten: 10, thirty: 10 });
    expect([ten.crawlerQueries, thirty.crawlerQueries]).toEqual([10, 10]);
    expect(thirty.rows).toBeGreaterThan(ten.rows);
  });
});
