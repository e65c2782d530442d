/**
 * A check's history grows by a result a run, for ever. Reading its newest results (a dataset
 * page), its newest judging one (incidents, trust) and those of the trust window must not grow
 * with it: each read seeks the index on the results' check and time (migration 014) and reads it
 * in order. Checked on Neo4j's own profile, not on a clock: with 3,000 results in the history, no
 * step of any of these reads handles more rows than the answer needs.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@polder/graph-schema';
import { reconcileIncidents } from '../crawlers/src/checks/reconcileIncidents.ts';
import { GraphReader, SEES_EVERYTHING } from '../api/src/graph/GraphReader.ts';
import { QualityService } from '../api/src/modules/quality/quality.service.ts';
import { readDatasetTrustInputs } from '../api/src/modules/trust/readDatasetTrustInputs.ts';
import { maxRowsOf, profilingDriver, type Profiled } from './support/profilingDriver.ts';
import { testDriver } from './support/services.ts';

const driver = testDriver();
const DATASET = 'urn:polder:dataset:(sqlite,result-history,main.orders)';
const CHECK = 'urn:polder:qualityCheck:(polder,result-history,orders-rows)';
const HISTORY = 3_000;
const resultUrn = (index: number) => `urn:polder:checkResult:(polder,result-history,orders-rows,run-${index})`;
/** Run `index` is 5 minutes after run `index - 1`; the newest failed, every other passed. */
const evaluatedAt = (index: number) => new Date(Date.UTC(2026, 0, 1) + index * 300_000).toISOString();

/** A transaction whose statements are profiled the same way. */
function profilingTransaction(tx: ManagedTransaction, profiled: Profiled): ManagedTransaction {
  return {
    run: async (cypher: string, params: Record<string, unknown>) => {
      const result = await tx.run(`PROFILE ${cypher}`, params);
      profiled.maxRows = Math.max(profiled.maxRows, maxRowsOf(result.summary.profile as never));
      return result;
    },
  } as unknown as ManagedTransaction;
}

beforeAll(async () => {
  await driver.executeQuery(
    `CREATE (d:Dataset:Entity {urn: $dataset, name: 'orders', status: 'ACTIVE'})
     CREATE (c:QualityCheck:Entity {urn: $check, name: 'orders-rows', status: 'ACTIVE', provider: 'check:result-history'})-[:CHECKS]->(d)
     WITH c UNWIND $results AS result
     CREATE (r:CheckResult:Entity {urn: result.urn, checkUrn: $check, outcome: result.outcome, evaluatedAt: result.at, status: 'ACTIVE', provider: 'check:result-history'})-[:RESULT_OF]->(c)`,
    {
      dataset: DATASET,
      check: CHECK,
      results: Array.from({ length: HISTORY }, (_, index) => ({ urn: resultUrn(index), outcome: index === HISTORY - 1 ? 'FAIL' : 'PASS', at: evaluatedAt(index) })),
    },
  );
});

afterAll(async () => {
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn CONTAINS ',result-history,' OR n.urn STARTS WITH 'urn:polder:incident:(polder,result-history,' DETACH DELETE n`);
  await driver.executeQuery(`MATCH (o:TrustOutbox|IndexOutbox) WHERE o.urn CONTAINS ',result-history,' DELETE o`);
  await driver.close();
});

describe(`a check with ${HISTORY.toLocaleString('en')} results`, () => {
  it('lists its newest results reading only those', async () => {
    const profiled = { maxRows: 0 };
    const quality = new QualityService(new GraphReader(profilingDriver(driver, profiled), undefined, () => undefined, SEES_EVERYTHING));
    const [results] = await quality.resultsOf([CHECK], 5);
    expect(results!.map((result) => result.urn)).toEqual([HISTORY - 1, HISTORY - 2, HISTORY - 3, HISTORY - 4, HISTORY - 5].map(resultUrn));
    expect(profiled.maxRows).toBeGreaterThan(0); // the profile reached `profiled`
    expect(profiled.maxRows).toBeLessThanOrEqual(10);
  });

  it("gives the trust score the window's results and the newest judging one, reading only those", async () => {
    const profiled = { maxRows: 0 };
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      // The window holds the newest 8 runs.
      const [inputs] = await session.executeRead((tx) => readDatasetTrustInputs(profilingTransaction(tx, profiled), [DATASET], evaluatedAt(HISTORY - 8)));
      expect(inputs!.checks).toEqual([expect.objectContaining({ urn: CHECK, window: { passed: 7, warned: 0, failed: 1 }, latest: expect.objectContaining({ urn: resultUrn(HISTORY - 1), outcome: 'FAIL' }) })]);
    } finally {
      await session.close();
    }
    expect(profiled.maxRows).toBeLessThanOrEqual(20);
  });

  it('opens the incident its newest result calls for, reading only that result', async () => {
    const profiled = { maxRows: 0 };
    const session = driver.session();
    try {
      const assets = await session.executeWrite((tx) => reconcileIncidents(profilingTransaction(tx, profiled), [resultUrn(HISTORY - 1)], new Date().toISOString()));
      expect(assets).toEqual([DATASET]);
    } finally {
      await session.close();
    }
    const incidents = await driver.executeQuery(`MATCH (i:Incident {state: 'OPEN'})-[:RAISED_BY]->(:QualityCheck {urn: $check}) RETURN i.openedAt AS openedAt`, { check: CHECK });
    expect(incidents.records.map((record) => record.get('openedAt'))).toEqual([evaluatedAt(HISTORY - 1)]);
    expect(profiled.maxRows).toBeLessThanOrEqual(10);
  });
});

describe('migration 014', () => {
  it('gives a result written before it its check, and the time it was written when it had none', async () => {
    const older = 'urn:polder:checkResult:(polder,result-history,orders-rows,before-014)';
    await driver.executeQuery(
      `MATCH (c:QualityCheck {urn: $check}) CREATE (:CheckResult:Entity {urn: $older, outcome: 'PASS', createdAt: '2025-06-01T00:00:00.000Z', status: 'ACTIVE'})-[:RESULT_OF]->(c)`,
      { check: CHECK, older },
    );
    const session = driver.session();
    try {
      // Its statements run on their own, outside a transaction of ours (the backfill commits in batches).
      for (const statement of MIGRATIONS.find((migration) => migration.id === '014-check-result-history')!.statements) await session.run(statement);
    } finally {
      await session.close();
    }
    const { records } = await driver.executeQuery(`MATCH (r:CheckResult {urn: $older}) RETURN r.checkUrn AS checkUrn, r.evaluatedAt AS evaluatedAt`, { older });
    expect(records[0]!.toObject()).toEqual({ checkUrn: CHECK, evaluatedAt: '2025-06-01T00:00:00.000Z' });
  });
});
