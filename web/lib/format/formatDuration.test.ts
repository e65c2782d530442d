import { describe, expect, it } from 'vitest';

import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it('uses the largest unit that divides the duration', () => {
    expect(formatDuration(86_400)).toBe('1 day');
    expect(formatDuration(14_400)).toBe('4 hours');
    expect(formatDuration(900)).toBe('15 minutes');
    expect(formatDuration(5_400)).toBe('90 minutes');
    expect(formatDuration(1_209_600)).toBe('2 weeks');
    expect(formatDuration(45)).toBe('45 seconds');
  });

  it('shows what no unit divides in seconds', () => {
    expect(formatDuration(0.5)).toBe('0.5 seconds');
    expect(formatDuration(1)).toBe('1 second');
  });
});
