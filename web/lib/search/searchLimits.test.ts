import { describe, expect, it } from 'vitest';

import { MAX_QUERY_LENGTH } from '../../../api/src/modules/search/search.service';
import { MAX_FILTER_VALUES } from '../../../api/src/modules/search/searchFilters';
import { SEARCH_INDEX_SETTINGS } from '../../../api/src/modules/search/searchIndexSettings';

import { MAX_SEARCH_FILTER_VALUES, MAX_SEARCH_HITS, MAX_SEARCH_QUERY_LENGTH } from './searchLimits';

// The web keeps its own copy (it does not run the API's code); this breaks when the two part.
describe('searchLimits', () => {
  it('are the API’s', () => {
    expect(MAX_SEARCH_QUERY_LENGTH).toEqual(MAX_QUERY_LENGTH);
    expect(MAX_SEARCH_FILTER_VALUES).toEqual(MAX_FILTER_VALUES);
    expect(MAX_SEARCH_HITS).toEqual(SEARCH_INDEX_SETTINGS.pagination?.maxTotalHits);
  });
});
