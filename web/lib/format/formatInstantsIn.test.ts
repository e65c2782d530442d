import { describe, expect, it } from 'vitest';

import { formatInstantsIn } from './formatInstantsIn';

describe('formatInstantsIn', () => {
  it('writes each instant in the text as a date and time in UTC', () => {
    expect(formatInstantsIn('certified by ada until 2027-03-02T18:03:11.123Z')).toBe('certified by ada until 2 Mar 2027, 18:03 UTC');
    expect(formatInstantsIn('192 scans a day by the postgres statistics, 2026-12-01T10:00:00.000Z to 2026-12-01T16:00:00.000Z')).toBe(
      '192 scans a day by the postgres statistics, 1 Dec 2026, 10:00 UTC to 1 Dec 2026, 16:00 UTC',
    );
    expect(formatInstantsIn('orders-fresh: latest run met its SLO (PASS) at 2026-12-02T18:03+01:00')).toBe('orders-fresh: latest run met its SLO (PASS) at 2 Dec 2026, 17:03 UTC');
  });

  it('leaves text without an instant as it is, dates and numbers included', () => {
    expect(formatInstantsIn('orders-rows: 29 of 30 runs passed in 30 days')).toBe('orders-rows: 29 of 30 runs passed in 30 days');
    expect(formatInstantsIn('measured since 2026-12-01')).toBe('measured since 2026-12-01');
  });
});
