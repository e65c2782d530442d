import { describe, expect, it } from 'vitest';
import { popularityOf } from './popularityOf.ts';

describe('popularityOf', () => {
  it('ranks each dataset among those measured by the same signal, 0 for measured and unused', () => {
    const popularity = popularityOf([
      { urn: 'a', rates: { postgres: 0 } },
      { urn: 'b', rates: { postgres: 2 } },
      { urn: 'c', rates: { postgres: 2 } },
      { urn: 'd', rates: { postgres: 50 } },
    ]);
    expect(Object.fromEntries(popularity)).toEqual({ a: 0, b: 75, c: 75, d: 100 });
  });

  it('compares signals by rank, not by raw rate, and keeps a dataset’s best rank', () => {
    const popularity = popularityOf([
      // 1,000 scans a day is the least of the PostgreSQL tables...
      { urn: 'scanned', rates: { postgres: 1_000 } },
      { urn: 'busiest', rates: { postgres: 100_000 } },
      // ...and one job run a day the most of the OpenLineage inputs.
      { urn: 'job-input', rates: { openlineage: 1 } },
      { urn: 'both', rates: { postgres: 1_000, openlineage: 0.5 } },
    ]);
    expect(Object.fromEntries(popularity)).toEqual({ scanned: 67, busiest: 100, 'job-input': 100, both: 67 });
  });

  it('gives no popularity (null) to a dataset without a usable signal', () => {
    expect(Object.fromEntries(popularityOf([{ urn: 'unmeasured', rates: {} }, { urn: 'broken', rates: { mariadb: Number.NaN } }]))).toEqual({ unmeasured: null, broken: null });
  });
});
