import type { SearchPageParams } from '../search/parseSearchParams';
import { DEFAULT_SEARCH_SORT, SEARCH_SORT_OPTIONS } from '../search/searchSortOptions';

/**
 * The URL parameters of a search page, in a fixed order, defaults left out:
 * `q`, then each filter value as its own `<field>=` (repeated for several),
 * then `sort` and `page`. Forms render the same pairs as hidden inputs.
 */
export function searchParamEntries({ query = '', filters = [], sort = DEFAULT_SEARCH_SORT, page = 1 }: Partial<SearchPageParams>): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (query !== '') entries.push(['q', query]);
  for (const { field, values } of filters) {
    for (const value of values) entries.push([field, value]);
  }
  if (sort !== DEFAULT_SEARCH_SORT) {
    const param = SEARCH_SORT_OPTIONS.find((option) => option.sort === sort)?.param;
    if (param) entries.push(['sort', param]);
  }
  if (page > 1) entries.push(['page', String(page)]);
  return entries;
}
