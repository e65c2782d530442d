import { describe, expect, it } from 'vitest';
import { pendingOwnReads } from './OwnReads.ts';

describe('pendingOwnReads', () => {
  const pending = { reads: 3, until: '2026-12-01T12:00:00.000Z' };

  it('takes out every own read counted by the time of the reading', () => {
    expect(pendingOwnReads(pending, '2026-12-01T12:30:00.000Z')).toEqual({ subtract: 3, keep: null });
    expect(pendingOwnReads(pending, pending.until)).toEqual({ subtract: 3, keep: null });
  });

  it('keeps them for the next reading when the latest were counted after this one', () => {
    expect(pendingOwnReads(pending, '2026-12-01T11:59:59.000Z')).toEqual({ subtract: 0, keep: pending });
  });

  it('compares instants, not text: MariaDB writes six decimals', () => {
    expect(pendingOwnReads({ reads: 1, until: '2026-12-01T12:00:00.500Z' }, '2026-12-01T12:00:00.400000Z')).toEqual({ subtract: 0, keep: { reads: 1, until: '2026-12-01T12:00:00.500Z' } });
  });

  it('has nothing to take out when nothing is pending', () => {
    expect(pendingOwnReads(null, '2026-12-01T12:00:00.000Z')).toEqual({ subtract: 0, keep: null });
  });
});
