/**
 * An edit commits with its audit entry or not at all (audit.service.ts): an entry that finds no entity
 * to hang from fails the transaction, and what the edit wrote before it is rolled back with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { recordChange, recordChanges, type ChangeEntry } from '../api/src/modules/audit/audit.service.ts';
import { testDriver } from './support/services.ts';

const PRESENT = 'urn:polder:dataset:audit-entries.present';
const MISSING = 'urn:polder:dataset:audit-entries.missing';
const AT = '2026-12-03T00:00:00.000Z';
const entry: ChangeEntry = { actor: 'audit-tester', action: 'updateDescription', before: { description: null }, after: { description: 'edited' }, version: 2 };

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery(`MERGE (d:Dataset:Entity {urn: $urn}) SET d.description = null`, { urn: PRESENT });
});

afterAll(async () => {
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $urns OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c, n`, { urns: [PRESENT, MISSING] });
  await driver.close();
});

async function state(): Promise<{ description: string | null; changes: number }> {
  const { records } = await driver.executeQuery(`MATCH (d:Entity {urn: $urn}) RETURN d.description AS description, COUNT { (:Change)-[:ABOUT]->(d) } AS changes`, { urn: PRESENT });
  return { description: records[0]!.get('description'), changes: Number(records[0]!.get('changes')) };
}

describe('audit entries', () => {
  it('commits an edit with its entry', async () => {
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(`MATCH (d:Entity {urn: $urn}) SET d.description = 'edited'`, { urn: PRESENT });
        await recordChange(tx, PRESENT, entry, AT);
      });
    } finally {
      await session.close();
    }
    expect(await state()).toEqual({ description: 'edited', changes: 1 });
  });

  it('rolls the edit back when an entry names no entity, alone or among others', async () => {
    for (const record of [
      (tx: Parameters<typeof recordChange>[0]) => recordChange(tx, MISSING, entry, AT),
      (tx: Parameters<typeof recordChange>[0]) => recordChanges(tx, [{ ...entry, urn: PRESENT }, { ...entry, urn: MISSING }], AT),
    ]) {
      const session = driver.session();
      try {
        await expect(
          session.executeWrite(async (tx) => {
            await tx.run(`MATCH (d:Entity {urn: $urn}) SET d.description = 'half-applied'`, { urn: PRESENT });
            await record(tx);
          }),
        ).rejects.toThrow('1 of');
      } finally {
        await session.close();
      }
      expect(await state()).toEqual({ description: 'edited', changes: 1 });
    }
  });
});
