import { describe, expect, it } from 'vitest';
import { evaluateCheck } from './evaluateCheck.ts';

const common = { id: 'c', source: 's', dataset: 'public.orders', timeoutMs: 10_000 } as const;

describe('evaluateCheck', () => {
  it('judges a row count against its bounds', () => {
    expect(evaluateCheck({ ...common, kind: 'rowCount', min: 1 }, 1204)).toEqual({ outcome: 'PASS', message: '1,204 rows (expected at least 1)' });
    expect(evaluateCheck({ ...common, kind: 'rowCount', min: 1 }, 0)).toEqual({ outcome: 'FAIL', message: '0 rows (expected at least 1)' });
    expect(evaluateCheck({ ...common, kind: 'rowCount', min: 1, max: 10 }, 11)).toEqual({ outcome: 'FAIL', message: '11 rows (expected 1 to 10)' });
  });

  it('judges freshness against its SLO, and fails when there is no timestamp at all', () => {
    const check = { ...common, kind: 'freshness', column: 'booked_at', maxAgeMinutes: 1440 } as const;
    expect(evaluateCheck(check, 2900.4)).toEqual({ outcome: 'FAIL', message: 'newest booked_at is 2,900 minutes old (SLO: at most 1,440)' });
    expect(evaluateCheck(check, 12)).toEqual({ outcome: 'PASS', message: 'newest booked_at is 12 minutes old (SLO: at most 1,440)' });
    expect(evaluateCheck(check, null).outcome).toBe('FAIL');
  });

  it('judges null fractions, duplicates and unexpected values', () => {
    expect(evaluateCheck({ ...common, kind: 'nullFraction', column: 'email', max: 0.05 }, 0.125)).toEqual({ outcome: 'FAIL', message: '12.5% of email is null (at most 5%)' });
    expect(evaluateCheck({ ...common, kind: 'uniqueness', column: 'email', maxDuplicates: 0 }, 0)).toEqual({ outcome: 'PASS', message: '0 duplicate values in email (at most 0)' });
    expect(evaluateCheck({ ...common, kind: 'acceptedValues', column: 'status', values: ['a', 'b'] }, 1)).toEqual({
      outcome: 'FAIL',
      message: '1 row has a value of status outside ["a","b"]',
    });
  });

  it('judges custom SQL against its bounds, and fails on NULL', () => {
    const check = { ...common, kind: 'customSql', sql: 'SELECT 1', max: 0 } as const;
    expect(evaluateCheck(check, 0)).toEqual({ outcome: 'PASS', message: 'the query returned 0 (expected at most 0)' });
    expect(evaluateCheck(check, null)).toEqual({ outcome: 'FAIL', message: 'the query returned NULL (expected at most 0)' });
  });
});
