import { describe, expect, it } from 'vitest';

import { DOMAIN_DATASETS_SHOWN, domainDatasetsSearch } from './domainDatasetsSearch';

describe('domainDatasetsSearch', () => {
  it("asks for the domain's datasets that are no partition, by name, as many as a page holds", () => {
    expect(domainDatasetsSearch('Rentals', '')).toEqual({
      query: '',
      start: 0,
      count: DOMAIN_DATASETS_SHOWN,
      orFilters: [
        {
          and: [
            { field: 'type', values: ['DATASET'] },
            { field: 'domain', values: ['Rentals'] },
            { field: 'partition', values: ['false'] },
          ],
        },
      ],
      sort: 'NAME',
    });
  });

  it('narrows them to the words given', () => {
    expect(domainDatasetsSearch('Rentals', 'customer').query).toBe('customer');
  });
});
