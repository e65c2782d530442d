import Link from 'next/link';

import { SEARCH_PAGE_SIZE } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { searchPageStart } from '@/lib/search/searchPageStart';
import { searchHref } from '@/lib/urls/searchHref';

interface SearchPaginationProps {
  /** The search being paged; its filters and sort carry over. */
  params: SearchPageParams;
  total: number;
  isTotalEstimate: boolean;
  /** Offset of this page's first hit, as the API reports it. */
  start: number;
  /** Hits on this page: a short page is the last one, whatever an estimated total says. */
  hitCount: number;
}

export function SearchPagination({ params, total, isTotalEstimate, start, hitCount }: SearchPaginationProps) {
  const { page } = params;
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  // Not to a page past the hits the API pages through, whatever the total says: it has none to show.
  const hasNext = hitCount === SEARCH_PAGE_SIZE && start + hitCount < total && searchPageStart(page + 1, SEARCH_PAGE_SIZE) !== null;
  if (page === 1 && !hasNext) return null;

  return (
    <nav className="pagination" aria-label="Result pages">
      {page > 1 ? (
        <Link href={searchHref({ ...params, page: page - 1 })} rel="prev" className="button button--secondary">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__position">
        Page {formatCount(page)} of {isTotalEstimate ? 'about ' : ''}
        {formatCount(pageCount)}
      </span>
      {hasNext ? (
        <Link href={searchHref({ ...params, page: page + 1 })} rel="next" className="button button--secondary">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
