import { describe, expect, it } from 'vitest';
import { chooseSampling } from './chooseSampling.ts';

describe('chooseSampling', () => {
  it('reads the whole table when it is no larger than the sample, or its size is unknown', () => {
    expect(chooseSampling('postgres', 1000, 1000)).toBeUndefined();
    expect(chooseSampling('postgres', 1000, null)).toBeUndefined();
    expect(chooseSampling('mysql', undefined, 5_000_000)).toBeUndefined();
  });

  it('samples the share of pages that yields about sampleRows on PostgreSQL, the first rows elsewhere', () => {
    expect(chooseSampling('postgres', 1000, 3_000_000)).toEqual({ method: 'tablesample', percent: 0.0334 });
    expect(chooseSampling('sqlite', 1000, 1001)).toEqual({ method: 'limit', rows: 1000 });
  });
});
