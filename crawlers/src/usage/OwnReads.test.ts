import { describe, expect, it } from 'vitest';
import { boundPending, pendingOwnReads, placeOwnReads, type LastReading } from './OwnReads.ts';

describe('pendingOwnReads', () => {
  const early = { reads: 3, at: '2026-12-01T12:00:00.000Z' };
  const late = { reads: 2, at: '2026-12-01T12:10:00.000Z' };

  it('takes out every own read counted by the time of the reading', () => {
    expect(pendingOwnReads([early, late], '2026-12-01T12:30:00.000Z')).toEqual({ subtract: 5, keep: [] });
    expect(pendingOwnReads([early], early.at)).toEqual({ subtract: 3, keep: [] });
  });

  it('keeps those counted after the reading for the next one, each session on its own side', () => {
    expect(pendingOwnReads([early, late], '2026-12-01T12:05:00.000Z')).toEqual({ subtract: 3, keep: [late] });
    expect(pendingOwnReads([early, late], '2026-12-01T11:59:59.000Z')).toEqual({ subtract: 0, keep: [early, late] });
  });

  it('compares instants, not text: MariaDB writes six decimals', () => {
    const own = { reads: 1, at: '2026-12-01T12:00:00.500Z' };
    expect(pendingOwnReads([own], '2026-12-01T12:00:00.400000Z')).toEqual({ subtract: 0, keep: [own] });
  });

  it('has nothing to take out when nothing is pending', () => {
    expect(pendingOwnReads([], '2026-12-01T12:00:00.000Z')).toEqual({ subtract: 0, keep: [] });
  });
});

describe('placeOwnReads', () => {
  // A rate of 48 reads a day over the half hour before 12:30: 1 read in the window.
  const last: LastReading = { readAt: '2026-12-01T12:30:00.000Z', measuredFrom: '2026-12-01T12:00:00.000Z', measuredAt: '2026-12-01T12:30:00.000Z', readsPerDay: 48 };

  it('keeps reads counted after the last reading for the next one', () => {
    const after = { reads: 4, at: '2026-12-01T12:30:00.001Z' };
    expect(placeOwnReads(last, [after])).toEqual({ pending: [after], correctedReadsPerDay: null });
  });

  it('corrects the last rate for reads its reading held but could not leave out, recorded after it', () => {
    // The check read the table at 12:29:59, was recorded at 12:30:01: that one read was not usage.
    expect(placeOwnReads(last, [{ reads: 1, at: '2026-12-01T12:29:59.000Z' }])).toEqual({ pending: [], correctedReadsPerDay: 0 });
    // Never below 0.
    expect(placeOwnReads(last, [{ reads: 5, at: '2026-12-01T12:29:59.000Z' }]).correctedReadsPerDay).toBe(0);
    expect(placeOwnReads({ ...last, readsPerDay: 96 }, [{ reads: 1, at: last.readAt }]).correctedReadsPerDay).toBe(48);
  });

  it('splits one run between the last window and the next', () => {
    const before = { reads: 1, at: '2026-12-01T12:29:00.000Z' };
    const after = { reads: 3, at: '2026-12-01T12:31:00.000Z' };
    expect(placeOwnReads({ ...last, readsPerDay: 96 }, [before, after])).toEqual({ pending: [after], correctedReadsPerDay: 48 });
  });

  it('leaves alone reads a reading before the last one held: nothing measured now holds them', () => {
    expect(placeOwnReads(last, [{ reads: 2, at: '2026-12-01T11:59:00.000Z' }])).toEqual({ pending: [], correctedReadsPerDay: null });
  });

  it('keeps every read pending for a dataset never read, and corrects nothing where the reading gave no rate', () => {
    const own = { reads: 2, at: '2026-12-01T12:00:00.000Z' };
    expect(placeOwnReads(null, [own])).toEqual({ pending: [own], correctedReadsPerDay: null });
    expect(placeOwnReads({ readAt: last.readAt, measuredFrom: null, measuredAt: null, readsPerDay: null }, [own])).toEqual({ pending: [], correctedReadsPerDay: null });
  });
});

describe('boundPending', () => {
  const at = (minute: number) => `2026-12-01T12:${String(minute).padStart(2, '0')}:00.000Z`;

  it('keeps every entry up to the bound', () => {
    const pending = [{ reads: 1, at: at(2) }, { reads: 2, at: at(1) }];
    expect(boundPending(pending, 2)).toEqual(pending);
  });

  it('past it, makes the oldest entries one, at the latest of their times, and keeps the total', () => {
    const pending = [{ reads: 4, at: at(4) }, { reads: 1, at: at(1) }, { reads: 3, at: at(3) }, { reads: 2, at: at(2) }];
    expect(boundPending(pending, 2)).toEqual([{ reads: 6, at: at(3) }, { reads: 4, at: at(4) }]);
  });
});
