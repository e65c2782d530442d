import { describe, expect, it } from 'vitest';
import { namesChanged } from './nameDependents.ts';

describe('namesChanged', () => {
  const term = { name: 'Customer', fieldNames: ['renter', 'CUST'], tags: [] };

  it('is true when the name, a synonym, an acronym or a classification changed, or the asset is gone', () => {
    expect(namesChanged(term, { ...term, name: 'Renter' })).toBe(true);
    expect(namesChanged(term, { ...term, fieldNames: ['renter'] })).toBe(true);
    expect(namesChanged(term, { ...term, fieldNames: ['CUST', 'renter'] })).toBe(true);
    expect(namesChanged(term, { ...term, tags: ['PII'] })).toBe(true);
    expect(namesChanged({ ...term, tags: ['PII'] }, term)).toBe(true);
    expect(namesChanged(term, undefined)).toBe(true);
  });

  it('is false when they are the same, or nothing was indexed before to hold them', () => {
    expect(namesChanged(term, { name: 'Customer', fieldNames: ['renter', 'CUST'], tags: [] })).toBe(false);
    expect(namesChanged(undefined, term)).toBe(false);
    expect(namesChanged(undefined, undefined)).toBe(false);
  });
});
