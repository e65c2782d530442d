import type { SearchSort } from '@/lib/api';

import { type FieldFilter, SEARCH_FILTER_FIELDS, type SearchFilterField } from './searchFilterFields';
import { MAX_SEARCH_FILTER_VALUES, MAX_SEARCH_QUERY_LENGTH } from './searchLimits';
import { DEFAULT_SEARCH_SORT, SEARCH_SORT_OPTIONS } from './searchSortOptions';

/** Everything a search page shows, as its URL says; `searchHref` writes it back. */
export interface SearchPageParams {
  query: string;
  /** 1-based. */
  page: number;
  sort: SearchSort;
  /** At most one per field, in SEARCH_FILTER_FIELDS order, each with distinct non-empty values. */
  filters: FieldFilter[];
  /** What the URL asked for past the API's limits, and was cut to fit them; absent when nothing was. */
  cuts?: SearchParamCuts;
}

/** What parseSearchParams cut from a URL so the API would not refuse the whole search; the page says so. */
export interface SearchParamCuts {
  /** The query's length, when it was longer than MAX_SEARCH_QUERY_LENGTH and only its start is searched. */
  queryLength?: number;
  /** Each filter field that listed more than MAX_SEARCH_FILTER_VALUES values, with how many: its first ones are kept. */
  filterValueCounts?: Array<{ field: SearchFilterField; given: number }>;
}

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads `?q=&page=&sort=&<field>=…` leniently, so any link someone pasted
 * still opens a page: a repeated `q`, `page` or `sort` takes its first value,
 * a bad page means page 1, an unknown sort means relevance, and unknown
 * parameters are ignored. A repeated filter field lists the values it may
 * have (`?type=DATASET&type=DOMAIN`). Filter values are kept verbatim: the API
 * quotes them, so even `"] OR x` is only a value that matches nothing.
 *
 * The API refuses a whole search whose query or filter lists are longer than
 * it takes (searchLimits.ts), so those are cut to fit, and `cuts` says what
 * was cut. A page past the hits the API pages through is kept as asked: the
 * search then shows it is past the last result (searchPageStart).
 */
export function parseSearchParams(params: RawSearchParams): SearchPageParams {
  const all = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const first = (value: string | string[] | undefined) => all(value)[0];

  const fullQuery = (first(params.q) ?? '').trim();
  const query = fullQuery.length > MAX_SEARCH_QUERY_LENGTH ? cutText(fullQuery, MAX_SEARCH_QUERY_LENGTH) : fullQuery;
  const page = Number(first(params.page));
  const sortParam = first(params.sort);
  const sort = SEARCH_SORT_OPTIONS.find((option) => option.param === sortParam)?.sort ?? DEFAULT_SEARCH_SORT;
  const givenFilters = SEARCH_FILTER_FIELDS.map((field) => ({
    field,
    values: [...new Set(all(params[field]).filter((value) => value !== ''))],
  })).filter((filter) => filter.values.length > 0);
  const filters = givenFilters.map(({ field, values }) => ({ field, values: values.slice(0, MAX_SEARCH_FILTER_VALUES) }));

  const filterValueCounts = givenFilters
    .filter((filter) => filter.values.length > MAX_SEARCH_FILTER_VALUES)
    .map(({ field, values }) => ({ field, given: values.length }));
  const cuts: SearchParamCuts = {
    ...(query !== fullQuery ? { queryLength: fullQuery.length } : {}),
    ...(filterValueCounts.length > 0 ? { filterValueCounts } : {}),
  };

  return {
    query,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    sort,
    filters,
    ...(Object.keys(cuts).length > 0 ? { cuts } : {}),
  };
}

/** The first `maxLength` code units of `text`, never half a surrogate pair (an emoji), without trailing spaces. */
function cutText(text: string, maxLength: number): string {
  const lastKept = text.charCodeAt(maxLength - 1);
  const splitsPair = lastKept >= 0xd800 && lastKept <= 0xdbff;
  return text.slice(0, splitsPair ? maxLength - 1 : maxLength).trimEnd();
}
