import { describe, expect, it } from 'vitest';

import { termDiffValue } from './termDiffValue';

describe('termDiffValue', () => {
  it('reads JSON values in words', () => {
    expect([null, 'null', '""', '"Money in."', '["a","b"]', '[]', '[{"label":"FIBO"}]', '3', 'not json'].map((json) => termDiffValue(json))).toEqual([
      '—',
      '—',
      '—',
      'Money in.',
      'a, b',
      '—',
      'label: FIBO',
      '3',
      'not json',
    ]);
  });

  it('reads links and custom properties in words, never as JSON', () => {
    const link = { label: 'Rental terms and conditions', url: 'https://example.com/terms' };
    expect(termDiffValue(JSON.stringify(link))).toBe('Rental terms and conditions (https://example.com/terms)');
    expect(termDiffValue(JSON.stringify([link, { label: 'FIBO', url: 'https://spec.edmcouncil.org/fibo' }]))).toBe(
      'Rental terms and conditions (https://example.com/terms), FIBO (https://spec.edmcouncil.org/fibo)',
    );
    expect(termDiffValue(JSON.stringify([{ key: 'steward', value: 'ada' }]))).toBe('steward: ada');
  });

  it('reads a URN by the name the API gave it', () => {
    const column = 'urn:polder:field:(urn:polder:dataset:(postgres,rentals-db,rentals.public.customer),email)';
    const nameOf = new Map([[column, 'rentals.public.customer.email']]);
    expect(termDiffValue(JSON.stringify([column, 'urn:polder:field:(x,y)']), nameOf)).toBe('rentals.public.customer.email, urn:polder:field:(x,y)');
    expect(termDiffValue(JSON.stringify(column), nameOf)).toBe('rentals.public.customer.email');
  });
});
