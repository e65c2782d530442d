import { describe, expect, it } from 'vitest';
import { datasetUrnOf } from './datasetUrnOf.ts';
import { formatUrn, parseUrn } from './urn.ts';

describe('datasetUrnOf', () => {
  const dataset = formatUrn('dataset', 'postgres', 'rentals-db', 'rentals.public.customer');
  it('is a dataset itself, a column its dataset, anything else none', () => {
    expect(datasetUrnOf(dataset)).toBe(dataset);
    expect(datasetUrnOf(formatUrn('field', parseUrn(dataset), 'email'))).toBe(dataset);
    expect(datasetUrnOf(formatUrn('domain', 'rentals'))).toBeUndefined();
    expect(datasetUrnOf(formatUrn('glossaryTerm', 'rentals', 'customer'))).toBeUndefined();
  });
});
