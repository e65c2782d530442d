import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { searchCatalog } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { buildFacetGroups } from '@/lib/search/buildFacetGroups';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';

import { ActiveFilters } from './ActiveFilters';
import { FacetSidebar } from './FacetSidebar';
import { SearchEmptyState } from './SearchEmptyState';
import { SearchHitItem } from './SearchHitItem';
import { SearchPagination } from './SearchPagination';
import { SortSelect } from './SortSelect';
import { WhichMeaningPanel } from './WhichMeaningPanel';

/** Fetches one page of results with its facets and the query's meanings, and lays them out beside each other. */
export async function SearchResults({ params }: { params: SearchPageParams }) {
  const result = await searchCatalog(params);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const { total, isTotalEstimate, start, hits, facets, meanings } = result.data;
  const { query, filters, sort, page } = params;
  const facetGroups = buildFacetGroups(facets, filters);
  // A page past the end (a stale or hand-edited link) is empty, not the search: the catalog has results.
  const isPastTheEnd = hits.length === 0 && total > 0;
  const summary = isPastTheEnd
    ? `No results on page ${formatCount(page)}`
    : hits.length === 0
      ? 'No results'
      : `${isTotalEstimate ? 'About ' : ''}${formatCount(total)} ${total === 1 ? 'result' : 'results'}`;

  return (
    <div className="search-layout">
      {facetGroups.length > 0 && <FacetSidebar groups={facetGroups} params={params} />}
      {/* data-query: the query these results are for. While the next query's results load, the
          previous ones stay on screen (see the search page); this tells a script or a browser test
          (and `polder bench web`) which query the list on screen answers. */}
      <section className="search-layout__results" aria-labelledby="results-summary" data-query={query}>
        <div className="results-header">
          <h2 id="results-summary" className="results-summary">
            {summary}
            {query ? <> for “{query}”</> : !isPastTheEnd && ' in the catalog'}
            {hits.length > 0 && (
              <span className="results-summary__range">
                {' '}
                · showing {formatCount(start + 1)}–{formatCount(start + hits.length)}
              </span>
            )}
          </h2>
          {hits.length > 0 && <SortSelect query={query} filters={filters} sort={sort} />}
        </div>
        <ActiveFilters params={params} />
        <WhichMeaningPanel meanings={meanings} params={params} />
        {hits.length === 0 ? (
          <SearchEmptyState params={params} total={total} />
        ) : (
          <>
            <ol className="hit-list">
              {hits.map((hit) => (
                <li key={hit.urn}>
                  <SearchHitItem hit={hit} />
                </li>
              ))}
            </ol>
            <SearchPagination params={params} total={total} hitCount={hits.length} />
          </>
        )}
      </section>
    </div>
  );
}
