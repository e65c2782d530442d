import type { SearchPageParams } from '../search/parseSearchParams';

import { searchParamEntries } from './searchParamEntries';

/** The search page showing `params`; what is left out takes its default (everything, by relevance, page 1). */
export function searchHref(params: Partial<SearchPageParams> = {}): string {
  const search = new URLSearchParams(searchParamEntries(params)).toString();
  return search === '' ? '/search' : `/search?${search}`;
}
