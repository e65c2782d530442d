import { describe, expect, it } from 'vitest';

import { mappingBetween } from './mappingBetween';

const mappings = [
  { from: { urn: 'rentals' }, to: { urn: 'finance' }, kind: 'BROADER' as const, rule: 'a.t.id = b.t.id', agreedBy: ['ada'] },
  { from: { urn: 'rentals' }, to: { urn: 'delivery' }, kind: 'OVERLAPS' as const, rule: 'a.t.email = c.t.email', agreedBy: [] },
];

describe('mappingBetween', () => {
  it('finds the mapping stated from the first sense to the second', () => {
    expect(mappingBetween(mappings, 'rentals', 'finance')).toEqual({ kind: 'BROADER', rule: 'a.t.id = b.t.id', agreedBy: ['ada'] });
  });

  it('finds one stated the other way round, its kind reversed', () => {
    expect(mappingBetween(mappings, 'finance', 'rentals')).toEqual({ kind: 'NARROWER', rule: 'a.t.id = b.t.id', agreedBy: ['ada'] });
    expect(mappingBetween(mappings, 'delivery', 'rentals')).toEqual({ kind: 'OVERLAPS', rule: 'a.t.email = c.t.email', agreedBy: [] });
  });

  it('is null for two senses with no mapping, and for a sense and itself', () => {
    expect(mappingBetween(mappings, 'finance', 'delivery')).toBeNull();
    expect(mappingBetween(mappings, 'rentals', 'rentals')).toBeNull();
  });
});
