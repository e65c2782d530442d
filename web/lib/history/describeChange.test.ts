import { describe, expect, it } from 'vitest';

import { describeChange } from './describeChange';

describe('describeChange', () => {
  it('lists each changed value before and after', () => {
    expect(describeChange(JSON.stringify({ description: null }), JSON.stringify({ description: 'Renters' }))).toEqual([
      { field: 'Description', before: '—', after: 'Renters' },
    ]);
  });

  it('shows owners, lists and flags in words, and skips what stayed the same', () => {
    expect(
      describeChange(
        JSON.stringify({ owners: [], certified: null, certifiedBy: 'ada' }),
        JSON.stringify({ owners: [{ name: 'ada', type: 'BUSINESS_OWNER' }, { name: 'ops' }], certified: true, certifiedBy: 'ada' }),
      ),
    ).toEqual([
      { field: 'Owners', before: '—', after: 'ada (business owner), ops' },
      { field: 'Certified', before: '—', after: 'yes' },
    ]);
  });

  it('shows a URN by the name the API gave it, and as it is without one', () => {
    const term = 'urn:polder:glossaryTerm:(rentals,rental-order)';
    const gone = 'urn:polder:glossaryTerm:(rentals,gone)';
    expect(describeChange(JSON.stringify({ terms: [gone] }), JSON.stringify({ terms: [term] }), [{ urn: term, name: 'Rental order' }])).toEqual([
      { field: 'Glossary terms', before: gone, after: 'Rental order' },
    ]);
  });

  it('shows text that is not JSON as it is', () => {
    expect(describeChange('oops', '{"tags":["a"]}')).toEqual([
      { field: 'Value', before: 'oops', after: '—' },
      { field: 'Tags', before: '—', after: 'a' },
    ]);
  });
});

describe('describeChange, timestamps', () => {
  it('shows an ISO instant as a date and time in UTC', () => {
    expect(describeChange('{"certifiedAt":null}', '{"certifiedAt":"2026-11-30T08:09:22.098Z"}')).toEqual([
      { field: 'Certified at', before: '—', after: '30 Nov 2026, 08:09 UTC' },
    ]);
  });
});
