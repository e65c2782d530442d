import type { SearchSort } from '@/lib/api';

export interface SearchSortOption {
  sort: SearchSort;
  /** Its `?sort=` value: shorter and friendlier in a shared link than the enum. */
  param: string;
  label: string;
}

/** The orders a reader can pick, in menu order; the first is the default and stays out of the URL. */
export const SEARCH_SORT_OPTIONS: readonly SearchSortOption[] = [
  { sort: 'RELEVANCE', param: 'relevance', label: 'Relevance' },
  { sort: 'NAME', param: 'name', label: 'Name' },
  { sort: 'RECENTLY_UPDATED', param: 'updated', label: 'Recently updated' },
  { sort: 'TRUST', param: 'trust', label: 'Trust' },
];

export const DEFAULT_SEARCH_SORT: SearchSort = 'RELEVANCE';
