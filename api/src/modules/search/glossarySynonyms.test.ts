import { describe, expect, it } from 'vitest';
import { glossarySynonyms } from './glossarySynonyms.ts';

describe('glossarySynonyms', () => {
  it('makes a term\'s words mean one another, merging terms that share a word', () => {
    expect(
      glossarySynonyms([
        { name: 'Customer', synonyms: ['Renter'], acronyms: [] },
        { name: 'Customer account', synonyms: ['customer'], acronyms: ['CA'] },
        { name: 'Lonely', synonyms: [], acronyms: [] },
      ]),
    ).toEqual({
      ca: ['customer', 'customer account'],
      customer: ['ca', 'customer account', 'renter'],
      'customer account': ['ca', 'customer'],
      renter: ['customer'],
    });
  });
});
