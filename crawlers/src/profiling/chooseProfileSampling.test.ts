import { describe, expect, it } from 'vitest';
import { firstRowsSampling, pageSampling } from './chooseProfileSampling.ts';

describe('pageSampling', () => {
  it('samples pages on PostgreSQL only when the estimate exceeds the sample, capped at the sample', () => {
    expect(pageSampling('postgres', 1000, 3_000_000, 7)).toEqual({ method: 'tablesample', percent: 0.0334, rows: 1000, seed: 7 });
    expect(pageSampling('postgres', 1000, 1000, 7)).toBeUndefined();
    expect(pageSampling('postgres', 1000, null, 7)).toBeUndefined();
    expect(pageSampling('mysql', 1000, 3_000_000, 7)).toBeUndefined();
  });
});

describe('firstRowsSampling', () => {
  it('always reads at most sampleRows, and calls it a sample when the bounded count found more', () => {
    expect(firstRowsSampling(1000, 1000)).toEqual({ sampling: { method: 'limit', rows: 1000 }, sampled: false });
    expect(firstRowsSampling(1000, 1001)).toEqual({ sampling: { method: 'limit', rows: 1000 }, sampled: true });
  });
});
