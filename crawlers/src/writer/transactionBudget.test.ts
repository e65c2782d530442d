import { describe, expect, it } from 'vitest';
import { STAGE_ROWS, type StagedRow } from './stageWritePlan.ts';
import { parseByteSize, propertyCharacters, ROW_BYTES, rowMemoryBytes, STAGE_BYTES, transactionBudget } from './transactionBudget.ts';

const ds = (t: string) => `urn:polder:dataset:(postgres,db,db.public.${t})`;
const fd = (t: string, c: string) => `urn:polder:field:(${ds(t)},${c})`;

describe('parseByteSize', () => {
  it('reads the sizes SHOW SETTINGS prints', () => {
    expect(parseByteSize('716.80MiB')).toBe(Math.floor(716.8 * 1024 ** 2));
    expect(parseByteSize('2.00GiB')).toBe(2 * 1024 ** 3);
    expect(parseByteSize('512KiB')).toBe(512 * 1024);
    expect(parseByteSize('0B')).toBe(0);
    expect(parseByteSize('4096')).toBe(4096);
  });

  it('refuses anything else', () => {
    expect(parseByteSize('unlimited')).toBeNull();
    expect(parseByteSize('12 MB')).toBeNull();
    expect(parseByteSize('')).toBeNull();
  });
});

describe('propertyCharacters', () => {
  it('counts the characters of strings and string lists, 8 for any other value, nothing for null', () => {
    expect(propertyCharacters({ name: 'orders', position: 3, nullable: true, description: null, tags: ['pii', 'gold'] })).toBe(6 + 8 + 8 + 3 + 4);
    expect(propertyCharacters({})).toBe(0);
  });
});

describe('rowMemoryBytes', () => {
  it('prices a node write by its URN and properties, the other rows by their kind', () => {
    const node: StagedRow = { kind: 'nodeWrite', label: 'Dataset', row: { urn: ds('a'), props: { name: 'a', description: 'x'.repeat(1000) }, hash: 'h', keys: ['name', 'description'] } };
    expect(rowMemoryBytes(node)).toBe(ROW_BYTES.nodeWrite + ROW_BYTES.perCharacter * (ds('a').length + 1 + 1000));
    const edge: StagedRow = { kind: 'edgeWrite', type: 'DERIVES_FROM', row: { from: ds('a'), to: ds('b'), props: { transformation: 'VIEW' }, hash: 'h' } };
    expect(rowMemoryBytes(edge)).toBe(ROW_BYTES.edgeWrite + ROW_BYTES.perCharacter * 4);
    expect(rowMemoryBytes({ kind: 'nodeRemoval', urn: ds('a') })).toBe(ROW_BYTES.nodeRemoval);
    expect(rowMemoryBytes({ kind: 'edgeRemoval', type: 'HAS_FIELD', row: { from: ds('a'), to: fd('a', 'id') } })).toBe(ROW_BYTES.edgeRemoval);
  });
});

describe('transactionBudget', () => {
  it('takes 60 % of the tightest cap, in bytes, and prices rows by their memory', () => {
    const capacity = Math.floor(parseByteSize('716.80MiB')! * 0.6);
    // Two node stages commit side by side: each gets half the share, at most STAGE_BYTES.
    expect(transactionBudget(['0B', '0B', '716.80MiB'])).toEqual({ capacity, stageCapacity: Math.min(Math.floor(capacity / 2), STAGE_BYTES), cost: rowMemoryBytes });
    expect(transactionBudget(['4.00GiB']).stageCapacity).toBe(STAGE_BYTES);
    expect(transactionBudget(['100.00MiB', '0B', '716.80MiB'])).toEqual({ capacity: Math.floor(100 * 1024 ** 2 * 0.6), stageCapacity: Math.floor(Math.floor(100 * 1024 ** 2 * 0.6) / 2), cost: rowMemoryBytes });
  });

  it('stages 10,000 tables of 10 columns at a 2 GiB heap, whose one commit would pass the limit', () => {
    // The synthetic source of `npx polder bench crawl`: 110,000 nodes and 104,122 edges; one transaction of it
    // held 1,418 MiB at its commit against a limit of 1.40 GiB.
    const field: StagedRow = {
      kind: 'nodeWrite',
      label: 'Field',
      row: { urn: fd('customer_order_1234', 'email_3'), props: { name: 'email_3', datasetUrn: ds('customer_order_1234'), position: 4, dataType: 'text', nullable: true, isPrimaryKey: false, isUnique: false }, hash: 'h', keys: [] },
    };
    const edge: StagedRow = { kind: 'edgeWrite', type: 'HAS_FIELD', row: { from: ds('customer_order_1234'), to: fd('customer_order_1234', 'email_3'), props: {}, hash: 'h' } };
    const { capacity, cost } = transactionBudget(['0B', '0B', '1.40GiB']);
    expect(110_000 * cost(field) + 104_122 * cost(edge)).toBeGreaterThan(capacity);
    expect(55_000 * cost(field) + 52_000 * cost(edge)).toBeLessThan(capacity);
  });

  it('fits a 1,500-table source in one transaction at the test server\'s 1 GiB heap', () => {
    const field: StagedRow = { kind: 'nodeWrite', label: 'Field', row: { urn: fd('t_1500', 'a'), props: { name: 'a', datasetUrn: ds('t_1500'), position: 2, dataType: 'text', nullable: true }, hash: 'h', keys: [] } };
    const edge: StagedRow = { kind: 'edgeWrite', type: 'HAS_FIELD', row: { from: ds('t_1500'), to: fd('t_1500', 'a'), props: {}, hash: 'h' } };
    const { capacity, cost } = transactionBudget(['0B', '0B', '716.80MiB']);
    expect(16_500 * cost(field) + 18_000 * cost(edge)).toBeLessThan(capacity);
  });

  it('falls back to the fixed stage size, in rows, when nothing caps a transaction', () => {
    for (const limits of [['0B', '0B', '0B'], []]) {
      const { capacity, stageCapacity, cost } = transactionBudget(limits);
      expect({ capacity, stageCapacity, cost: cost({ kind: 'nodeRemoval', urn: ds('a') }) }).toEqual({ capacity: STAGE_ROWS, stageCapacity: STAGE_ROWS, cost: 1 });
    }
  });
});
