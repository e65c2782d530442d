import type { SearchSort } from '@/lib/api';

import { type FieldFilter, SEARCH_FILTER_FIELDS } from './searchFilterFields';
import { DEFAULT_SEARCH_SORT, SEARCH_SORT_OPTIONS } from './searchSortOptions';

/** Everything a search page shows, as its URL says; `searchHref` writes it back. */
export interface SearchPageParams {
  query: string;
  /** 1-based. */
  page: number;
  sort: SearchSort;
  /** At most one per field, in SEARCH_FILTER_FIELDS order, each with distinct non-empty values. */
  filters: FieldFilter[];
}

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads `?q=&page=&sort=&<field>=…` leniently, so any link someone pasted
 * still opens a page: a repeated `q`, `page` or `sort` takes its first value,
 * a bad page means page 1, an unknown sort means relevance, and unknown
 * parameters are ignored. A repeated filter field lists the values it may
 * have (`?type=DATASET&type=DOMAIN`). Filter values are kept verbatim: the API
 * quotes them, so even `"] OR x` is only a value that matches nothing.
 */
export function parseSearchParams(params: RawSearchParams): SearchPageParams {
  const all = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const first = (value: string | string[] | undefined) => all(value)[0];

  const query = (first(params.q) ?? '').trim();
  const page = Number(first(params.page));
  const sortParam = first(params.sort);
  const sort = SEARCH_SORT_OPTIONS.find((option) => option.param === sortParam)?.sort ?? DEFAULT_SEARCH_SORT;
  const filters = SEARCH_FILTER_FIELDS.map((field) => ({
    field,
    values: [...new Set(all(params[field]).filter((value) => value !== ''))],
  })).filter((filter) => filter.values.length > 0);

  return { query, page: Number.isSafeInteger(page) && page >= 1 ? page : 1, sort, filters };
}
