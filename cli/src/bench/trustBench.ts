/**
 * Trust recomputation at scale: N synthetic datasets (100,000 by default), each
 * with two columns (one described), a Polder check with two results in the window
 * (one dataset in ten failing, with an open incident), one in five a view of an
 * earlier dataset, all queued in the trust outbox; then the TrustScorer drains it,
 * timed: resolve, read inputs, score, write scores and history, re-queue search
 * documents.
 *
 * The datasets are written with bare `UNWIND ... CREATE` rather than the
 * syntheticMesh snapshots and GraphWriter: only the recomputation is measured, and
 * setting up 1.1 million rows is quicker this way.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { TrustScorer } from '@polder/api';
import type { Logger, TrustConfig } from '@polder/runtime';

export const TRUST_BENCH_PROVIDER = 'bench-trust';
const URN_PREFIX = 'urn:polder:dataset:(postgres,bench-trust,';
const SETUP_BATCH = 5_000;

export interface TrustBenchOptions {
  datasets: number;
  batchSize: number;
}

export interface TrustBenchResult extends TrustBenchOptions {
  setupSeconds: number;
  drainSeconds: number;
  /** Datasets the scorer scored, and bench datasets that hold a score after it. */
  drained: number;
  scored: number;
  scoresBelow50: number;
}

const SETUP = `
UNWIND $rows AS row
CREATE (d:Dataset:Entity {urn: row.urn, name: row.name, qualifiedName: row.name, platform: 'postgres', subtype: row.subtype,
                          description: row.description, owners: row.owners, status: 'ACTIVE', provider: $provider, createdAt: $now, updatedAt: $now})
CREATE (d)-[:HAS_FIELD {provider: $provider}]->(:Field:Entity {urn: row.urn + '/id', name: 'id', position: 1, description: 'Key.', status: 'ACTIVE', provider: $provider})
CREATE (d)-[:HAS_FIELD {provider: $provider}]->(:Field:Entity {urn: row.urn + '/value', name: 'value', position: 2, status: 'ACTIVE', provider: $provider})
CREATE (c:QualityCheck:Entity {urn: row.urn + '/check', name: row.name + '-rows', kind: 'rowCount', status: 'ACTIVE', provider: 'check:bench-trust'})-[:CHECKS {provider: $provider}]->(d)
CREATE (:CheckResult:Entity {urn: row.urn + '/r1', checkUrn: c.urn, outcome: 'PASS', evaluatedAt: $earlier, status: 'ACTIVE', provider: 'check:bench-trust'})-[:RESULT_OF {provider: $provider}]->(c)
CREATE (:CheckResult:Entity {urn: row.urn + '/r2', checkUrn: c.urn, outcome: row.latest, evaluatedAt: $now, status: 'ACTIVE', provider: 'check:bench-trust'})-[:RESULT_OF {provider: $provider}]->(c)
FOREACH (_ IN CASE WHEN row.latest = 'FAIL' THEN [1] ELSE [] END |
  CREATE (i:Incident:Entity {urn: row.urn + '/incident', title: row.name + ' is failing', state: 'OPEN', status: 'ACTIVE', provider: 'check:bench-trust', openedAt: $now})-[:ABOUT {provider: $provider}]->(d)
  CREATE (i)-[:RAISED_BY {provider: $provider}]->(c))
WITH d, row WHERE row.upstream IS NOT NULL
MATCH (u:Dataset {urn: row.upstream})
CREATE (d)-[:DERIVES_FROM {provider: $provider}]->(u)`;

export async function runTrustBench(driver: Driver, database: string | undefined, trust: TrustConfig, logger: Logger, options: TrustBenchOptions): Promise<TrustBenchResult> {
  await clearTrustBench(driver, database);
  try {
    const setupStart = performance.now();
    const now = new Date();
    const earlier = new Date(now.getTime() - 86_400_000).toISOString();
    for (let start = 0; start < options.datasets; start += SETUP_BATCH) {
      const rows = [];
      for (let i = start; i < Math.min(options.datasets, start + SETUP_BATCH); i++) {
        const isView = i % 5 === 4;
        rows.push({
          urn: `${URN_PREFIX}bench.public.t${i})`,
          name: `t${i}`,
          subtype: isView ? 'VIEW' : 'TABLE',
          description: i % 3 === 0 ? null : `Synthetic table ${i}.`,
          owners: i % 4 === 0 ? [] : ['bench-owner'],
          latest: i % 10 === 7 ? 'FAIL' : 'PASS',
          // The upstream is in an earlier batch, already committed, or earlier in this one.
          upstream: isView ? `${URN_PREFIX}bench.public.t${i - 1})` : null,
        });
      }
      await driver.executeQuery(SETUP, { rows, provider: TRUST_BENCH_PROVIDER, now: now.toISOString(), earlier }, { database });
    }
    await driver.executeQuery(
      `UNWIND range(0, $count - 1) AS i MERGE (o:TrustOutbox {urn: $prefix + 'bench.public.t' + toString(i) + ')'}) SET o.enqueuedAt = $now`,
      { count: neo4j.int(options.datasets), prefix: URN_PREFIX, now: now.getTime() },
      { database },
    );
    const setupSeconds = (performance.now() - setupStart) / 1000;

    const scorer = new TrustScorer(driver, { trust, logger, database, batchSize: options.batchSize });
    const drainStart = performance.now();
    const drained = await scorer.drain();
    const drainSeconds = (performance.now() - drainStart) / 1000;

    const { records } = await driver.executeQuery(
      `MATCH (d:Dataset) WHERE d.provider = $provider RETURN count(d.trustScore) AS scored, count(CASE WHEN d.trustScore < 50 THEN 1 END) AS low`,
      { provider: TRUST_BENCH_PROVIDER },
      { database },
    );
    return { ...options, setupSeconds, drainSeconds, drained: drained.datasets, scored: Number(records[0]!.get('scored')), scoresBelow50: Number(records[0]!.get('low')) };
  } finally {
    await clearTrustBench(driver, database);
  }
}

/** Deletes what the bench wrote, in bounded transactions (implicit, so CALL ... IN TRANSACTIONS may run). */
async function clearTrustBench(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n:Entity) WHERE n.provider IN [$provider, 'check:bench-trust'] CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, { provider: TRUST_BENCH_PROVIDER });
    await session.run(`MATCH (n:TrustScore|IndexOutbox|TrustOutbox|PolicyOutbox) WHERE coalesce(n.subjectUrn, n.urn) STARTS WITH $prefix CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`, { prefix: URN_PREFIX });
  } finally {
    await session.close();
  }
}
