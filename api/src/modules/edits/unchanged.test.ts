import { describe, expect, it } from 'vitest';
import { sameMembers, sameRows, sameValue } from './unchanged.ts';

describe('sameValue', () => {
  it('takes null and undefined as one absent value', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(null, '')).toBe(false);
    expect(sameValue(false, null)).toBe(false);
  });

  it('compares lists and objects by value, lists in order', () => {
    expect(sameValue(['pii', 'gold'], ['pii', 'gold'])).toBe(true);
    expect(sameValue(['pii', 'gold'], ['gold', 'pii'])).toBe(false);
    expect(sameValue({ name: 'Order', links: [{ url: 'https://x' }] }, { name: 'Order', links: [{ url: 'https://x' }] })).toBe(true);
    expect(sameValue({ name: 'Order', links: [] }, { name: 'Order', links: [{ url: 'https://x' }] })).toBe(false);
  });

  it('tells numbers from the strings that spell them', () => {
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue(1, 1)).toBe(true);
  });
});

describe('sameMembers', () => {
  it('ignores order and repetition', () => {
    expect(sameMembers(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameMembers(['a', 'b'], ['b', 'a', 'a'])).toBe(true);
    expect(sameMembers([], [])).toBe(true);
  });

  it('sees a member added, dropped or replaced', () => {
    expect(sameMembers(['a'], ['a', 'b'])).toBe(false);
    expect(sameMembers(['a', 'b'], ['a'])).toBe(false);
    expect(sameMembers(['a', 'b'], ['a', 'c'])).toBe(false);
  });
});

describe('sameRows', () => {
  it('ignores the order of rows across parallel lists', () => {
    expect(sameRows([['ada', 'ops'], ['BUSINESS_OWNER', 'TECHNICAL_OWNER']], [['ops', 'ada'], ['TECHNICAL_OWNER', 'BUSINESS_OWNER']])).toBe(true);
    expect(sameRows([['a', 'b']], [['b', 'a']])).toBe(true);
  });

  it('sees a row whose columns no longer go together', () => {
    expect(sameRows([['ada', 'ops'], ['BUSINESS_OWNER', 'TECHNICAL_OWNER']], [['ops', 'ada'], ['BUSINESS_OWNER', 'TECHNICAL_OWNER']])).toBe(false);
  });

  it('tells absent lists (the source\'s value shows) from empty ones', () => {
    expect(sameRows([null, null], [undefined, null])).toBe(true);
    expect(sameRows([null], [[]])).toBe(false);
    expect(sameRows([[]], [[]])).toBe(true);
  });
});
