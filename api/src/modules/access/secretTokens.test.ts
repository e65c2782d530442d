import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, secretKind } from './secretTokens.ts';

describe('newSecret / secretKind', () => {
  it('issues prefixed random secrets that it recognises', () => {
    const token = newSecret('pld_t_');
    const session = newSecret('pld_s_');
    expect(token).toMatch(/^pld_t_[A-Za-z0-9_-]{43}$/);
    expect(secretKind(token)).toBe('TOKEN');
    expect(secretKind(session)).toBe('SESSION');
    expect(newSecret('pld_t_')).not.toBe(token);
  });

  it('refuses anything else without a look-up', () => {
    expect(secretKind('pld_t_short')).toBeNull();
    expect(secretKind(`pld_x_${'a'.repeat(43)}`)).toBeNull();
    expect(secretKind("' OR 1=1 --")).toBeNull();
  });
});

describe('hashSecret', () => {
  it('is the hex SHA-256', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
