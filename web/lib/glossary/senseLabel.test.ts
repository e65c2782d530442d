import { describe, expect, it } from 'vitest';

import { senseDomainName, senseLabel } from './senseLabel';

describe('senseDomainName', () => {
  it("is the domain's name, else the glossary id", () => {
    expect(senseDomainName({ glossary: 'rentals', domain: { name: 'Rentals' } })).toBe('Rentals');
    expect(senseDomainName({ glossary: 'rentals', domain: null })).toBe('rentals');
    expect(senseDomainName({ glossary: 'rentals' })).toBe('rentals');
  });
});

describe('senseLabel', () => {
  it('names the sense after its domain', () => {
    expect(senseLabel({ name: 'Customer account', glossary: 'finance', domain: { name: 'Finance' } })).toBe('Finance: Customer account');
    expect(senseLabel({ name: 'Customer', glossary: 'delivery', domain: null })).toBe('delivery: Customer');
  });
});
