/**
 * Settling outbox entries against a real Neo4j: an entry queued again by a transaction that
 * commits while the drain is removing it, or that matched it just before the drain deleted it, must stay queued (a lost entry is a lost update: an
 * edit never indexed, a trust score never recomputed). The writer holds the entry's lock, as an
 * edit does until it commits; the drain's statement is let run into that lock before the writer
 * commits, which is exactly the interleaving that lost edits.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueOutboxEntry, type OutboxLabel } from '@polder/graph-schema';
import { settleOutboxEntries } from '../api/src/background/settleOutboxEntries.ts';
import { testDriver } from './support/services.ts';

let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver.close();
});

const LABELS: OutboxLabel[] = ['IndexOutbox', 'TrustOutbox', 'PolicyOutbox'];

/** Waits until the statement containing `marker` waits for a lock (SHOW TRANSACTIONS says "Blocked by ..."). */
async function untilBlocked(marker: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS $marker AND status STARTS WITH 'Blocked' RETURN count(*) AS blocked`,
      { marker },
    );
    if ((records[0]!.get('blocked') as number) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the statement containing ${marker} never waited for a lock`);
}
const untilSettleIsBlocked = () => untilBlocked('UNWIND $entries AS entry');

async function entriesOf(label: OutboxLabel, urn: string) {
  const { records } = await driver.executeQuery(`MATCH (o:${label} {urn: $urn}) RETURN o.enqueuedAt AS enqueuedAt, keys(o) AS keys`, { urn });
  return records.map((record) => ({ enqueuedAt: record.get('enqueuedAt'), keys: [...(record.get('keys') as string[])].sort() }));
}

describe('settleOutboxEntries', () => {
  for (const label of LABELS) {
    it(`keeps a ${label} entry queued again by a writer that commits while the drain removes it`, async () => {
      const urn = `urn:polder:dataset:(test,outbox-settlement,requeued-${label})`;
      await driver.executeQuery(`MERGE (o:${label} {urn: $urn}) SET o.enqueuedAt = 1`, { urn });
      const session = driver.session();
      const writer = session.beginTransaction();
      try {
        await writer.run(`MATCH (o:${label} {urn: $urn}) SET o.enqueuedAt = 2`, { urn });
        const settling = driver.executeQuery(settleOutboxEntries(label), { entries: [{ urn, enqueuedAt: 1 }] });
        await untilSettleIsBlocked();
        await writer.commit();
        await settling;
      } finally {
        await session.close();
      }
      expect(await entriesOf(label, urn)).toEqual([{ enqueuedAt: 2, keys: ['enqueuedAt', 'urn'] }]);
    });

    it(`keeps a ${label} entry a writer queues again after matching it just before the drain deleted it`, async () => {
      const urn = `urn:polder:dataset:(test,outbox-settlement,rematched-${label})`;
      await driver.executeQuery(`MERGE (o:${label} {urn: $urn}) SET o.enqueuedAt = 1`, { urn });
      const session = driver.session();
      const drain = session.beginTransaction();
      try {
        // The drain has deleted the entry, not yet committed; the writer's MERGE still finds it and its SET waits.
        await drain.run(settleOutboxEntries(label), { entries: [{ urn, enqueuedAt: 1 }] });
        const writing = driver.executeQuery(`WITH $urn AS queuedUrn ${queueOutboxEntry(label, 'queued', 'queuedUrn', '2')}`, { urn });
        await untilBlocked('WITH $urn AS queuedUrn');
        await drain.commit();
        await writing;
      } finally {
        await session.close();
      }
      expect(await entriesOf(label, urn)).toEqual([{ enqueuedAt: 2, keys: ['enqueuedAt', 'urn'] }]);
    });

    it(`removes a ${label} entry not queued again, and only that one`, async () => {
      const settled = `urn:polder:dataset:(test,outbox-settlement,settled-${label})`;
      const requeued = `urn:polder:dataset:(test,outbox-settlement,later-${label})`;
      await driver.executeQuery(`UNWIND $urns AS urn MERGE (o:${label} {urn: urn}) SET o.enqueuedAt = 5`, { urns: [settled, requeued] });
      await driver.executeQuery(`MATCH (o:${label} {urn: $urn}) SET o.enqueuedAt = 6`, { urn: requeued });
      await driver.executeQuery(settleOutboxEntries(label), { entries: [{ urn: settled, enqueuedAt: 5 }, { urn: requeued, enqueuedAt: 5 }] });
      expect(await entriesOf(label, settled)).toEqual([]);
      expect(await entriesOf(label, requeued)).toEqual([{ enqueuedAt: 6, keys: ['enqueuedAt', 'urn'] }]);
    });
  }
});
