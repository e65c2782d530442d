import { describe, expect, it } from 'vitest';
import { formatLatencyTable, summariseLatencies } from './latencySummary.ts';

describe('summariseLatencies', () => {
  it('gives the count, the nearest-rank p50 and p95, and the max', () => {
    expect(summariseLatencies([30, 10, 20, 40, 50, 60, 70, 80, 90, 100])).toEqual({ count: 10, p50: 50, p95: 100, max: 100 });
    expect(summariseLatencies([7])).toEqual({ count: 1, p50: 7, p95: 7, max: 7 });
  });

  it('refuses an empty sample', () => {
    expect(() => summariseLatencies([])).toThrow('summariseLatencies: no samples (the measurement produced none)');
  });
});

describe('formatLatencyTable', () => {
  it('aligns the rows and judges each goal on p95', () => {
    expect(
      formatLatencyTable([
        { measure: 'search, keystroke to results', summary: { count: 64, p50: 402.4, p95: 1510.6, max: 2003 }, goalP95Ms: 150 },
        { measure: 'page, full HTML', summary: { count: 100, p50: 120, p95: 300, max: 340 }, goalP95Ms: 300 },
        { measure: 'page, first byte', summary: { count: 100, p50: 80, p95: 95, max: 99 } },
      ]),
    ).toEqual([
      'measure                         n     p50       p95       max  goal           verdict',
      'search, keystroke to results   64  402 ms  1,511 ms  2,003 ms  p95 <= 150 ms  NOT MET',
      'page, full HTML               100  120 ms    300 ms    340 ms  p95 <= 300 ms  met',
      'page, first byte              100   80 ms     95 ms     99 ms  —',
    ]);
  });
});
