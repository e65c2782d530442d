import { describe, expect, it } from 'vitest';

import { toggleSearchFilter } from './toggleSearchFilter';

describe('toggleSearchFilter', () => {
  it('adds a value, keeping the fields in URL order', () => {
    expect(toggleSearchFilter([{ field: 'platform', values: ['postgres'] }], 'type', 'DATASET')).toEqual([
      { field: 'type', values: ['DATASET'] },
      { field: 'platform', values: ['postgres'] },
    ]);
  });

  it('adds a second value to a field, to be ORed with the first', () => {
    expect(toggleSearchFilter([{ field: 'type', values: ['DATASET'] }], 'type', 'DOMAIN')).toEqual([
      { field: 'type', values: ['DATASET', 'DOMAIN'] },
    ]);
  });

  it('removes a selected value, and the field with its last value', () => {
    const filters = [
      { field: 'type' as const, values: ['DATASET', 'DOMAIN'] },
      { field: 'domain' as const, values: ['Rentals'] },
    ];
    expect(toggleSearchFilter(filters, 'type', 'DATASET')).toEqual([
      { field: 'type', values: ['DOMAIN'] },
      { field: 'domain', values: ['Rentals'] },
    ]);
    expect(toggleSearchFilter(filters, 'domain', 'Rentals')).toEqual([{ field: 'type', values: ['DATASET', 'DOMAIN'] }]);
  });

  it('leaves the filters it was given alone', () => {
    const filters = [{ field: 'tag' as const, values: ['pii'] }];
    toggleSearchFilter(filters, 'tag', 'gold');
    expect(filters).toEqual([{ field: 'tag', values: ['pii'] }]);
  });
});
