import { describe, expect, it } from 'vitest';
import { complianceTrend, trendInstants } from './complianceTrend.ts';

describe('trendInstants', () => {
  it('ends each past day at its last millisecond and today at now', () => {
    expect(trendInstants(3, new Date('2026-11-30T10:15:00.000Z'))).toEqual([
      { date: '2026-11-28', at: '2026-11-28T23:59:59.999Z' },
      { date: '2026-11-29', at: '2026-11-29T23:59:59.999Z' },
      { date: '2026-11-30', at: '2026-11-30T10:15:00.000Z' },
    ]);
  });
});

describe('complianceTrend', () => {
  it('counts a finding on every day it was open at the day\'s end', () => {
    const instants = trendInstants(3, new Date('2026-11-30T10:15:00.000Z'));
    const findings = [
      { severity: 'high', openedAt: '2026-11-27T08:00:00.000Z', resolvedAt: '2026-11-29T12:00:00.000Z' }, // open on the 28th only
      { severity: 'critical', openedAt: '2026-11-29T09:00:00.000Z', resolvedAt: null }, // open since the 29th
      { severity: 'low', openedAt: '2026-11-30T10:00:00.000Z', resolvedAt: null }, // opened today
      { severity: 'medium', openedAt: '2026-11-28T01:00:00.000Z', resolvedAt: '2026-11-28T02:00:00.000Z' }, // open within one day only
    ];
    expect(complianceTrend(findings, instants, '2026-11-01T00:00:00.000Z').map((point) => [point.date, point.open.total, point.open.high, point.open.critical, point.open.low])).toEqual([
      ['2026-11-28', 1, 1, 0, 0],
      ['2026-11-29', 1, 0, 1, 0],
      ['2026-11-30', 2, 0, 1, 1],
    ]);
  });

  it('measures a day only once the first policy was in force by its end', () => {
    const instants = trendInstants(3, new Date('2026-11-30T10:15:00.000Z'));
    const measured = (since: string | null) => complianceTrend([], instants, since).map((point) => point.measured);
    expect(measured(null)).toEqual([false, false, false]);
    // Put in force on the 29th: that day's end is measured, the 28th is not.
    expect(measured('2026-11-29T16:00:00.000Z')).toEqual([false, true, true]);
    // Today, before now.
    expect(measured('2026-11-30T10:00:00.000Z')).toEqual([false, false, true]);
    expect(measured('2026-11-01T00:00:00.000Z')).toEqual([true, true, true]);
  });
});

