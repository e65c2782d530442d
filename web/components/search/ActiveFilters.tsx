import Link from 'next/link';

import { filterValueLabel } from '@/lib/format/filterValueLabel';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { SEARCH_FILTER_FIELD_LABELS } from '@/lib/search/searchFilterFields';
import { toggleSearchFilter } from '@/lib/search/toggleSearchFilter';
import { searchHref } from '@/lib/urls/searchHref';

/** The filters in force, each a chip that links to the search without it. */
export function ActiveFilters({ params }: { params: SearchPageParams }) {
  const chips = params.filters.flatMap(({ field, values }) => values.map((value) => ({ field, value })));
  if (chips.length === 0) return null;

  return (
    <div className="active-filters">
      <ul className="active-filters__list" aria-label="Active filters">
        {chips.map(({ field, value }) => (
          <li key={`${field}=${value}`}>
            <Link
              href={searchHref({ ...params, page: 1, filters: toggleSearchFilter(params.filters, field, value) })}
              className="filter-chip"
              prefetch={false}
              scroll={false}
            >
              <span className="visually-hidden">Remove filter </span>
              {SEARCH_FILTER_FIELD_LABELS[field]}: {filterValueLabel(field, value)}
              <span className="filter-chip__remove" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href={searchHref({ ...params, page: 1, filters: [] })} prefetch={false} scroll={false}>
          Clear all filters
        </Link>
      )}
    </div>
  );
}
