import { describe, expect, it } from 'vitest';
import { checkResultProperties } from './checkResultProperties.ts';

describe('checkResultProperties', () => {
  it('names a result as dbt names its test results, with the run as invocationId and the duration in seconds', () => {
    const result = { outcome: 'FAIL' as const, observedValue: 3, message: '3 rows (at most 2)', evaluatedAt: '2026-12-01T10:00:00.000Z', durationMs: 1_250, sampled: true };
    expect(checkResultProperties(result, 'run-1')).toEqual({
      outcome: 'FAIL',
      observedValue: 3,
      message: '3 rows (at most 2)',
      evaluatedAt: '2026-12-01T10:00:00.000Z',
      durationSeconds: 1.25,
      invocationId: 'run-1',
      sampled: true,
    });
  });
});
