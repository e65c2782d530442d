import { describe, expect, it } from 'vitest';

import type { ColumnProfileFields } from '@/lib/api';

import { profileSummary } from './profileSummary';

const profile = (profiledAt: string, rowCount: number, sampled: boolean): ColumnProfileFields => ({
  rowCount, nullCount: 0, nullFraction: 0, distinctCount: 1, distinctIsApproximate: sampled, min: null, max: null, topValues: null, valuesWithheld: false, profiledAt, sampled,
});

describe('profileSummary', () => {
  it('is null when no column is profiled', () => {
    expect(profileSummary([null, null])).toBeNull();
  });

  it('takes the newest profile: a column added since an older run does not speak for the table', () => {
    expect(profileSummary([profile('2026-01-01T00:00:00Z', 10, false), null, profile('2026-01-02T00:00:00Z', 1000, true)])).toEqual({
      profiledAt: '2026-01-02T00:00:00Z',
      rowCount: 1000,
      sampled: true,
    });
  });
});
