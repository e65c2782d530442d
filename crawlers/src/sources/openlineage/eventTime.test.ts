import { describe, expect, it } from 'vitest';
import { parseEventTime } from './eventTime.ts';

describe('parseEventTime', () => {
  it('turns any offset into UTC, keeping the precision as sent', () => {
    expect(parseEventTime('2020-12-28T19:52:00.001+10:00')).toEqual({ iso: '2020-12-28T09:52:00.001Z', version: '2020-12-28T09:52:00.001000000Z' });
    expect(parseEventTime('2020-02-22T22:00:00Z')).toEqual({ iso: '2020-02-22T22:00:00.000Z', version: '2020-02-22T22:00:00.000000000Z' });
    expect(parseEventTime('2024-01-01T00:30:00.123456-01:00')).toEqual({ iso: '2024-01-01T01:30:00.123456Z', version: '2024-01-01T01:30:00.123456000Z' });
  });

  it('gives versions that sort in time order, to the microsecond', () => {
    const versions = ['2024-01-01T00:00:00.000002Z', '2023-12-31T23:00:00.5-02:00', '2024-01-01T00:00:00.000001Z'].map((text) => parseEventTime(text)!.version);
    expect(versions.sort()).toEqual(['2024-01-01T00:00:00.000001000Z', '2024-01-01T00:00:00.000002000Z', '2024-01-01T01:00:00.500000000Z']);
  });

  it('refuses a time without a zone, a date that does not exist, and anything else', () => {
    for (const text of ['2020-02-22T22:00:00', '2021-02-29T00:00:00Z', '2020-02-22 22:00:00Z', 'yesterday', '2020-02-22T25:00:00Z']) {
      expect(parseEventTime(text), text).toBeUndefined();
    }
  });
});
