import { describe, expect, it } from 'vitest';
import type { UsageReading } from './UsageReading.ts';
import { usageRate } from './usageRate.ts';

const reading: UsageReading = {
  datasetUrn: 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)',
  signal: 'postgres',
  reads: 168,
  writes: 30,
  readAt: '2026-12-01T16:00:00.000Z',
  countingSince: '2026-11-01T16:00:00.000Z',
};
const previous = { signal: 'postgres' as const, reads: 120, writes: 24, readAt: '2026-12-01T10:00:00.000Z', countingSince: '2026-11-01T16:00:00.000Z' };

describe('usageRate', () => {
  it('measures the counters’ increase between the previous crawl and this one', () => {
    expect(usageRate(previous, reading)).toEqual({ readsPerDay: 192, writesPerDay: 24, measuredFrom: '2026-12-01T10:00:00.000Z', measuredAt: '2026-12-01T16:00:00.000Z' });
  });

  it('on a first crawl, measures since the counters were reset', () => {
    expect(usageRate(null, reading)).toEqual({ readsPerDay: 5.6, writesPerDay: 1, measuredFrom: '2026-11-01T16:00:00.000Z', measuredAt: '2026-12-01T16:00:00.000Z' });
  });

  it('starts again from the reset when the counters were reset between two crawls', () => {
    const reset = { ...reading, reads: 10, writes: 0, countingSince: '2026-12-01T15:00:00.000Z' };
    expect(usageRate(previous, reset)).toEqual({ readsPerDay: 240, writesPerDay: 0, measuredFrom: '2026-12-01T15:00:00.000Z', measuredAt: '2026-12-01T16:00:00.000Z' });
    // A reset the store does not date: the counters went down, so the previous reading is no base.
    expect(usageRate(previous, { ...reset, countingSince: previous.countingSince })).toEqual({ readsPerDay: 1 / 3, writesPerDay: 0, measuredFrom: previous.countingSince, measuredAt: reading.readAt });
  });

  it('is unknown, not 0, when nothing dates the counters or no time passed', () => {
    expect(usageRate(null, { ...reading, countingSince: null })).toBeNull();
    expect(usageRate({ ...previous, countingSince: null, readAt: reading.readAt }, { ...reading, countingSince: null })).toBeNull();
  });

  it('leaves Polder’s own reads out, never going below 0', () => {
    expect(usageRate(previous, reading, 8)).toMatchObject({ readsPerDay: 160 });
    expect(usageRate(null, reading, 48)).toMatchObject({ readsPerDay: 4 });
    // More own reads than the counters rose by (a session counted across the previous reading): nothing else read it.
    expect(usageRate(previous, reading, 60)).toMatchObject({ readsPerDay: 0 });
  });
});
