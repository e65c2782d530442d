import { describe, expect, it } from 'vitest';

import { parseFieldUrn } from './parseFieldUrn';

describe('parseFieldUrn', () => {
  it('splits a field URN into its dataset and name', () => {
    expect(parseFieldUrn('urn:polder:field:(urn:polder:dataset:(postgres,rentals-db,rentals.public.customer),email)')).toEqual({
      datasetUrn: 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)',
      datasetName: 'rentals.public.customer',
      fieldName: 'email',
    });
  });

  it('accepts a dataset with a plain id', () => {
    expect(parseFieldUrn('urn:polder:field:(urn:polder:dataset:orders,id)')).toEqual({
      datasetUrn: 'urn:polder:dataset:orders',
      datasetName: 'orders',
      fieldName: 'id',
    });
  });

  it('returns null for other URNs and malformed ones', () => {
    expect(parseFieldUrn('urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)')).toBeNull();
    expect(parseFieldUrn('urn:polder:field:(email)')).toBeNull();
    expect(parseFieldUrn('urn:polder:field:(urn:polder:domain:rentals,email)')).toBeNull();
  });
});
