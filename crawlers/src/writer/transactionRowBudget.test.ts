import { describe, expect, it } from 'vitest';
import { STAGE_ROWS } from './stageWritePlan.ts';
import { parseByteSize, rowBudget } from './transactionRowBudget.ts';

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

describe('rowBudget', () => {
  it('takes 60 % of the tightest cap at 4,000 bytes a row', () => {
    expect(rowBudget(['0B', '0B', '716.80MiB'])).toBe(112_742);
    expect(rowBudget(['100.00MiB', '0B', '716.80MiB'])).toBe(15_728);
  });

  it('fits 10,000 tables of 10 columns (about 214,000 rows) in one transaction at a 2 GiB heap', () => {
    expect(rowBudget(['0B', '0B', '1.40GiB'])).toBeGreaterThan(214_124);
  });

  it('falls back to the fixed stage size when nothing caps a transaction', () => {
    expect(rowBudget(['0B', '0B', '0B'])).toBe(STAGE_ROWS);
    expect(rowBudget([])).toBe(STAGE_ROWS);
  });
});
