import { describe, expect, it } from 'vitest';

import { identityColumnName } from './identityColumnName';

describe('identityColumnName', () => {
  it("names the column after its dataset's qualified name", () => {
    expect(identityColumnName({ name: 'email', dataset: { urn: 'urn:polder:dataset:(postgres,rentals,public.customer)', name: 'customer', qualifiedName: 'rentals.public.customer' } })).toBe(
      'rentals.public.customer.email',
    );
  });

  it('names the column alone when its dataset is not given', () => {
    expect(identityColumnName({ name: 'email', dataset: null })).toBe('email');
  });
});
