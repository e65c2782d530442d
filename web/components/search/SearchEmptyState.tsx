import Link from 'next/link';

import { SEARCH_PAGE_SIZE } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { lastSearchPage } from '@/lib/search/lastSearchPage';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { searchHref } from '@/lib/urls/searchHref';

/** Why a page of results is empty, with the way out that fits. */
export function SearchEmptyState({ params, total }: { params: SearchPageParams; total: number }) {
  const { query, page, filters } = params;
  const lastPage = lastSearchPage(total, SEARCH_PAGE_SIZE);
  const quoted = query && <strong>“{query}”</strong>;
  return (
    <div className="empty-state">
      {total > 0 ? (
        <p>
          Page {formatCount(page)} is past the last result.{' '}
          <Link href={searchHref({ ...params, page: lastPage })}>{lastPage === 1 ? 'Back to the first page' : `Back to the last page, ${formatCount(lastPage)}`}</Link>
        </p>
      ) : filters.length > 0 ? (
        <p>
          Nothing in the catalog matches {quoted ? <>{quoted} with these filters</> : 'these filters'}. Remove one, or{' '}
          <Link href={searchHref({ ...params, page: 1, filters: [] })}>search without filters</Link>.
        </p>
      ) : quoted ? (
        <p>
          Nothing in the catalog matches {quoted}. Try a shorter word, a column name, or{' '}
          <Link href={searchHref()}>browse everything</Link>.
        </p>
      ) : (
        <p>
          The catalog is empty: no source has been crawled into it yet (<code>npx polder crawl</code>).
        </p>
      )}
    </div>
  );
}
