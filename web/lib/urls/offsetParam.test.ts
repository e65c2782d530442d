import { describe, expect, it } from 'vitest';
import { offsetParam } from './offsetParam';

describe('offsetParam', () => {
  it('reads a whole number', () => {
    expect(offsetParam('50')).toBe(50);
    expect(offsetParam('0')).toBe(0);
    expect(offsetParam(['100', '7'])).toBe(100);
  });

  it('reads anything else as 0', () => {
    for (const value of [undefined, '', '-50', '1.5', '5e2', ' 50', 'fifty', '1234567890', []]) expect(offsetParam(value)).toBe(0);
  });
});
