import { describe, expect, it } from 'vitest';
import { observedNumber } from './observedNumber.ts';

describe('observedNumber', () => {
  it('reads the numbers drivers return, as numbers', () => {
    expect([observedNumber([3], 'q'), observedNumber(['12.50'], 'q'), observedNumber([10n], 'q'), observedNumber([null], 'q')]).toEqual([3, 12.5, 10, null]);
  });

  it('refuses anything but one number', () => {
    expect(() => observedNumber([], 'the check\'s SQL')).toThrow("the check's SQL returned no row; it must return one number");
    expect(() => observedNumber([1, 2], 'the check\'s SQL')).toThrow("the check's SQL returned several rows; it must return one number");
    expect(() => observedNumber(['abc'], 'q')).toThrow('q returned "abc", which is not a number');
  });
});
