import { describe, expect, it } from 'vitest';
import { judgeContractRule } from './judgeContractRule.ts';

describe('judgeContractRule', () => {
  it('passes or fails on the threshold, saying what was measured in rows or percent', () => {
    expect(judgeContractRule({ kind: 'rowCount' }, [{ operator: 'mustBeGreaterThan', value: 0 }], 30, null)).toEqual({ outcome: 'PASS', message: '30 rows (must be greater than 0)' });
    expect(judgeContractRule({ kind: 'nullValues', unit: 'percent' }, [{ operator: 'mustBeLessThan', value: 10 }], 25, 'email')).toEqual({
      outcome: 'FAIL',
      message: '25% of rows have no email (must be less than 10%)',
    });
    expect(judgeContractRule({ kind: 'duplicateValues', unit: 'rows' }, [{ operator: 'mustBe', value: 0 }], 1, 'email')).toEqual({
      outcome: 'FAIL',
      message: '1 row repeats a value of email seen before (must be 0)',
    });
    expect(judgeContractRule({ kind: 'missingValues', unit: 'rows', missingValues: ['', 'N/A'] }, [{ operator: 'mustBeLessOrEqualTo', value: 2 }], 2, 'email')).toEqual({
      outcome: 'PASS',
      message: '2 rows have a missing email (NULL, "", "N/A") (must be at most 2)',
    });
    expect(judgeContractRule({ kind: 'invalidValues', unit: 'rows', validValues: ['open'], pattern: '^o' }, [{ operator: 'mustBe', value: 0 }], 1, 'status').message).toBe(
      '1 row has a status outside ["open"] or not matching ^o (must be 0)',
    );
  });

  it('fails a SQL rule whose query returns NULL', () => {
    expect(judgeContractRule({ kind: 'sql', query: 'SELECT max(x) FROM t' }, [{ operator: 'mustBeBetween', value: [0, 1] }], null, null)).toEqual({
      outcome: 'FAIL',
      message: 'the query returned NULL (must be between 0 and 1)',
    });
  });
});
