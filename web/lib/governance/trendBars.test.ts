import { describe, expect, it } from 'vitest';

import { trendBars, trendSummary } from './trendBars';

const counts = (critical: number, high: number, low: number) => ({ critical, high, medium: 0, low, info: 0, total: critical + high + low });
const day = (date: string, open: ReturnType<typeof counts>, measured = true) => ({ date, measured, open });

describe('trendBars', () => {
  it('stacks each day\'s findings, most severe at the bottom, scaled to the tallest day', () => {
    const { bars, max } = trendBars(
      [
        day('2026-11-29', counts(1, 1, 0)),
        day('2026-11-30', counts(1, 2, 1)),
      ],
      { width: 100, height: 40, gap: 2 },
    );
    expect(max).toBe(4);
    expect(bars[0]).toEqual({
      date: '2026-11-29', x: 0, width: 48, total: 2, measured: true,
      segments: [{ severity: 'critical', y: 30, height: 10 }, { severity: 'high', y: 20, height: 10 }],
    });
    expect(bars[1]!.x).toBe(50);
    expect(bars[1]!.segments.map((segment) => [segment.severity, segment.y])).toEqual([['critical', 30], ['high', 10], ['low', 0]]);
  });

  it('draws an empty day with no segment and never divides by zero', () => {
    expect(trendBars([day('2026-11-30', counts(0, 0, 0))], { width: 10, height: 10, gap: 0 }).bars[0]!.segments).toEqual([]);
  });
});

describe('trendSummary', () => {
  it('says the count now, how it changed since the day before, and since the first day', () => {
    expect(trendSummary([day('2026-11-01', counts(0, 1, 0)), day('2026-11-29', counts(2, 5, 1)), day('2026-11-30', counts(1, 2, 1))])).toBe(
      '4 open findings now (1 critical, 2 high): down 4 since the end of 2026-11-29, up 3 since the end of 2026-11-01.',
    );
    expect(trendSummary([day('2026-11-29', counts(0, 1, 0)), day('2026-11-30', counts(0, 1, 0))])).toBe('1 open finding now (0 critical, 1 high): unchanged since the end of 2026-11-29.');
  });

  it('counts from the first day measured, not from the days before any policy', () => {
    const points = [day('2026-11-28', counts(0, 0, 0), false), day('2026-11-29', counts(0, 3, 0)), day('2026-11-30', counts(0, 2, 0))];
    expect(trendSummary(points)).toBe('2 open findings now (0 critical, 2 high): down 1 since the end of 2026-11-29, when policies first applied.');
    expect(trendSummary([day('2026-11-30', counts(0, 0, 0), false)])).toBe('Not measured: no policy applied yet.');
  });

  it('compares nothing on the first day measured: a rise and a fall within it leave no trace in the points', () => {
    // Policies applied today; 5 findings opened and 3 resolved since: the one point is now's count, 2.
    const points = [day('2026-11-29', counts(0, 0, 0), false), day('2026-11-30', counts(1, 1, 0))];
    expect(trendSummary(points)).toBe('2 open findings now (1 critical, 1 high); policies first applied on 2026-11-30: no earlier day to compare with.');
    expect(trendSummary([day('2026-11-30', counts(1, 1, 0))])).toBe('2 open findings now (1 critical, 1 high); no earlier day to compare with.');
  });
});
