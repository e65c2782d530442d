import Link from 'next/link';

import { formatCount } from '@/lib/format/formatCount';
import type { FacetGroup } from '@/lib/search/buildFacetGroups';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { toggleSearchFilter } from '@/lib/search/toggleSearchFilter';
import { searchHref } from '@/lib/urls/searchHref';

/** Values listed before the rest fold away under "more": enough for a domain or platform facet. */
const VALUES_SHOWN = 8;

interface FacetSidebarProps {
  groups: FacetGroup[];
  params: SearchPageParams;
}

/**
 * Facets beside the results; on a phone, above them, folded under "Show filters" (closed at first, so
 * the first hits are on the first screen; the chosen ones show above the results, ActiveFilters).
 * Every value is a link to the same search with that value toggled, so filtering works without JS,
 * and each step is a history entry that Back undoes. The fold keeps its state across those steps.
 */
export function FacetSidebar({ groups, params }: FacetSidebarProps) {
  const selected = params.filters.reduce((count, filter) => count + filter.values.length, 0);
  return (
    <aside className="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="facets__heading">
        Filter
      </h2>
      {/* Wide screens show its content whatever its state (the stylesheet), and no summary. */}
      <details className="facets__fold">
        <summary className="facets__summary">
          Show filters{selected > 0 && ` (${formatCount(selected)} chosen)`}
        </summary>
        <div className="facets__groups">
          <FacetGroups groups={groups} params={params} />
        </div>
      </details>
    </aside>
  );
}

function FacetGroups({ groups, params }: FacetSidebarProps) {
  return (
    <>
      {groups.map((group) => {
        const headingId = `facet-${group.field}`;
        const shown = group.values.slice(0, VALUES_SHOWN);
        const more = group.values.slice(VALUES_SHOWN);
        return (
          <section key={group.field} className="facet" aria-labelledby={headingId}>
            <h3 id={headingId} className="facet__heading">
              {group.label}
            </h3>
            <FacetValueList group={group} values={shown} params={params} />
            {more.length > 0 && (
              <details className="facet__more" open={more.some((value) => value.selected)}>
                <summary>{formatCount(more.length)} more</summary>
                <FacetValueList group={group} values={more} params={params} />
              </details>
            )}
          </section>
        );
      })}
    </>
  );
}

interface FacetValueListProps {
  group: FacetGroup;
  values: FacetGroup['values'];
  params: SearchPageParams;
}

function FacetValueList({ group, values, params }: FacetValueListProps) {
  return (
    <ul className="facet__values">
      {values.map((value) => (
        <li key={value.value}>
          {/* No prefetch: every toggle is a fresh search; prefetching them all would run each one. */}
          <Link
            href={searchHref({ ...params, page: 1, filters: toggleSearchFilter(params.filters, group.field, value.value) })}
            className={value.selected ? 'facet-value facet-value--selected' : 'facet-value'}
            prefetch={false}
            scroll={false}
          >
            <span className="facet-value__box" aria-hidden="true" />
            <span className="facet-value__label">{value.label}</span>{' '}
            <span className="facet-value__count">
              {formatCount(value.count)}
              <span className="visually-hidden">
                {' '}
                {value.count === 1 ? 'result' : 'results'}
                {value.selected && ', selected'}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
