'use client';

import Form from 'next/form';
import { useEffect, useId, useRef } from 'react';

import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { SEARCH_SORT_OPTIONS } from '@/lib/search/searchSortOptions';

import { HiddenSearchFields } from './HiddenSearchFields';

/** The search being sorted; a new order starts again at page 1. */
type SortSelectProps = Pick<SearchPageParams, 'query' | 'filters' | 'sort'>;

/**
 * The order of the results: a GET form to `/search`. Without JS its button
 * submits it; with JS picking an option submits it, and next/form makes that a
 * client-side navigation to the new URL.
 */
export function SortSelect({ query, filters, sort }: SortSelectProps) {
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const param = SEARCH_SORT_OPTIONS.find((option) => option.sort === sort)?.param;

  // Uncontrolled, so the menu never snaps back while its navigation runs; but
  // when the URL's sort changes otherwise (Back), show that one. Not remounted
  // with a key instead: that would drop the keyboard focus.
  useEffect(() => {
    if (select.current && param) select.current.value = param;
  }, [param]);

  return (
    // Stays in place (no scroll to the top): the menu sits right above the results it reorders.
    <Form action="/search" className="sort-form" scroll={false}>
      <HiddenSearchFields params={{ query, filters }} />
      <label htmlFor={id}>Sort by</label>
      <select
        ref={select}
        id={id}
        name="sort"
        defaultValue={param}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {SEARCH_SORT_OPTIONS.map((option) => (
          <option key={option.param} value={option.param}>
            {option.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="button button--secondary button--small">
          Sort
        </button>
      </noscript>
    </Form>
  );
}
