import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { searchCatalog } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { searchHref } from '@/lib/urls/searchHref';

import { SearchHitItem } from './SearchHitItem';
import { SearchPagination } from './SearchPagination';

/** Fetches and lists one page of results; rendered inside the search page's <Suspense>. */
export async function SearchResults({ query, page }: { query: string; page: number }) {
  const result = await searchCatalog(query, page);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const { total, isTotalEstimate, start, hits } = result.data;

  if (hits.length === 0) {
    return (
      <div className="empty-state">
        {total > 0 ? (
          <p>
            Page {formatCount(page)} is past the last result. <Link href={searchHref(query)}>Back to the first page</Link>
          </p>
        ) : (
          <p>
            Nothing in the catalog matches <strong>“{query}”</strong>. Try a shorter word, a column name, or{' '}
            <Link href={searchHref('')}>browse everything</Link>.
          </p>
        )}
      </div>
    );
  }

  return (
    <section aria-labelledby="results-summary">
      <h2 id="results-summary" className="results-summary">
        {isTotalEstimate ? 'About ' : ''}
        {formatCount(total)} {total === 1 ? 'result' : 'results'}
        {query ? <> for “{query}”</> : ' in the catalog'}
        <span className="results-summary__range">
          {' '}
          · showing {formatCount(start + 1)}–{formatCount(start + hits.length)}
        </span>
      </h2>
      <ol className="hit-list">
        {hits.map((hit) => (
          <li key={hit.urn}>
            <SearchHitItem hit={hit} />
          </li>
        ))}
      </ol>
      <SearchPagination
        query={query}
        page={page}
        total={total}
        isTotalEstimate={isTotalEstimate}
        start={start}
        hitCount={hits.length}
      />
    </section>
  );
}
