import { describe, expect, it } from 'vitest';

import { formatNullShare } from './formatNullShare';

describe('formatNullShare', () => {
  it('rounds to whole percents', () => {
    expect(formatNullShare(0)).toBe('0%');
    expect(formatNullShare(0.25)).toBe('25%');
    expect(formatNullShare(1 / 3)).toBe('33%');
    expect(formatNullShare(1)).toBe('100%');
  });

  it('keeps 0% and 100% for exactly none and exactly all', () => {
    expect(formatNullShare(0.001)).toBe('<1%');
    expect(formatNullShare(0.999)).toBe('>99%');
  });
});
