import { describe, expect, it } from 'vitest';

import { withDomainFilter } from './withDomainFilter';

describe('withDomainFilter', () => {
  it('adds the domain in its place among the fields', () => {
    expect(withDomainFilter([{ field: 'owner', values: ['ada'] }, { field: 'type', values: ['DATASET'] }], 'Finance')).toEqual([
      { field: 'type', values: ['DATASET'] },
      { field: 'domain', values: ['Finance'] },
      { field: 'owner', values: ['ada'] },
    ]);
  });

  it('replaces the domains already chosen', () => {
    expect(withDomainFilter([{ field: 'domain', values: ['Rentals', 'Delivery'] }], 'Finance')).toEqual([{ field: 'domain', values: ['Finance'] }]);
    expect(withDomainFilter([], 'Rentals')).toEqual([{ field: 'domain', values: ['Rentals'] }]);
  });
});
