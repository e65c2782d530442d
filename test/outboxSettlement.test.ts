/**
 * Settling outbox entries against a real Neo4j: an entry queued again by a transaction that
 * commits while the drain is removing it, or that matched it just before the drain deleted it, must stay queued (a lost entry is a lost update: an
 * edit never indexed, a trust score never recomputed). The writer holds the entry's lock, as an
 * edit does until it commits; the drain's statement is let run into that lock before the writer
 * commits, which is exactly the interleaving that lost edits.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueOutboxEntry, type OutboxLabel } from '@polder/graph-schema';
import { oldestOutboxEntries, outboxEntryOf, settleOutboxEntries } from '../api/src/background/settleOutboxEntries.ts';
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
  const { records } = await driver.executeQuery(`MATCH (o:${label} {urn: $urn}) RETURN o.timesQueued AS timesQueued, keys(o) AS keys`, { urn });
  return records.map((record) => ({ timesQueued: Number(record.get('timesQueued')), keys: [...(record.get('keys') as string[])].sort() }));
}

/** Queues `urn` as every writer does, at `now` (a time in ms; two writers may give the same one). */
const queue = (label: OutboxLabel, urn: string, now: number) =>
  driver.executeQuery(`WITH $urn AS queuedUrn ${queueOutboxEntry(label, 'queued', 'queuedUrn', '$now')}`, { urn, now });
const QUEUED_KEYS = ['enqueuedAt', 'timesQueued', 'urn'];

describe('settleOutboxEntries', () => {
  for (const label of LABELS) {
    it(`keeps a ${label} entry queued again by a writer that commits while the drain removes it`, async () => {
      const urn = `urn:polder:dataset:(test,outbox-settlement,requeued-${label})`;
      await queue(label, urn, 1);
      const session = driver.session();
      const writer = session.beginTransaction();
      try {
        await writer.run(`WITH $urn AS queuedUrn ${queueOutboxEntry(label, 'queued', 'queuedUrn', '2')}`, { urn });
        const settling = driver.executeQuery(settleOutboxEntries(label), { entries: [{ urn, timesQueued: 1 }] });
        await untilSettleIsBlocked();
        await writer.commit();
        await settling;
      } finally {
        await session.close();
      }
      expect(await entriesOf(label, urn)).toEqual([{ timesQueued: 2, keys: QUEUED_KEYS }]);
    });

    it(`keeps a ${label} entry a writer queues again at the very time it was queued before (the stages of one crawl)`, async () => {
      const urn = `urn:polder:dataset:(test,outbox-settlement,same-time-${label})`;
      await queue(label, urn, 7);
      const { records } = await driver.executeQuery(`${oldestOutboxEntries(label).replace('RETURN', 'WITH o WHERE o.urn = $urn RETURN')}`, { urn, limit: neo4j.int(1) });
      const read = records.map(outboxEntryOf);
      await queue(label, urn, 7);
      await driver.executeQuery(settleOutboxEntries(label), { entries: read });
      expect(await entriesOf(label, urn)).toEqual([{ timesQueued: 2, keys: QUEUED_KEYS }]);
    });

    it(`keeps a ${label} entry a writer queues again after matching it just before the drain deleted it`, async () => {
      const urn = `urn:polder:dataset:(test,outbox-settlement,rematched-${label})`;
      await queue(label, urn, 1);
      const session = driver.session();
      const drain = session.beginTransaction();
      try {
        // The drain has deleted the entry, not yet committed; the writer's MERGE still finds it and its SET waits.
        await drain.run(settleOutboxEntries(label), { entries: [{ urn, timesQueued: 1 }] });
        const writing = driver.executeQuery(`WITH $urn AS queuedUrn ${queueOutboxEntry(label, 'queued', 'queuedUrn', '2')}`, { urn });
        await untilBlocked('WITH $urn AS queuedUrn');
        await drain.commit();
        await writing;
      } finally {
        await session.close();
      }
      expect(await entriesOf(label, urn)).toEqual([{ timesQueued: 1, keys: QUEUED_KEYS }]);
    });

    it(`removes a ${label} entry not queued again, and only that one`, async () => {
      const settled = `urn:polder:dataset:(test,outbox-settlement,settled-${label})`;
      const requeued = `urn:polder:dataset:(test,outbox-settlement,later-${label})`;
      await queue(label, settled, 5);
      await queue(label, requeued, 5);
      await queue(label, requeued, 6);
      await driver.executeQuery(settleOutboxEntries(label), { entries: [{ urn: settled, timesQueued: 1 }, { urn: requeued, timesQueued: 1 }] });
      expect(await entriesOf(label, settled)).toEqual([]);
      expect(await entriesOf(label, requeued)).toEqual([{ timesQueued: 2, keys: QUEUED_KEYS }]);
    });

    it(`removes a ${label} entry queued before entries were counted (no timesQueued), as read`, async () => {
      const urn = `urn:polder:dataset:(test,outbox-settlement,uncounted-${label})`;
      await driver.executeQuery(`MERGE (o:${label} {urn: $urn}) SET o.enqueuedAt = 3`, { urn });
      await driver.executeQuery(settleOutboxEntries(label), { entries: [{ urn, timesQueued: 0 }] });
      expect(await entriesOf(label, urn)).toEqual([]);
    });
  }
});
