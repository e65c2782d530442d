import Link from 'next/link';

import { SEARCH_PAGE_SIZE } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { searchPager } from '@/lib/search/searchPager';
import { searchHref } from '@/lib/urls/searchHref';

interface SearchPaginationProps {
  /** The search being paged; its filters and sort carry over. */
  params: SearchPageParams;
  total: number;
  /** Hits on this page: a short page is the last one, whatever an estimated total says. */
  hitCount: number;
}

export function SearchPagination({ params, total, hitCount }: SearchPaginationProps) {
  const { page } = params;
  const { pageCount, hasNext } = searchPager(page, total, hitCount, SEARCH_PAGE_SIZE);
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
        {/* Not "about": a total is estimated only past the hits the API pages through, where the count stops. */}
        Page {formatCount(page)} of {formatCount(pageCount)}
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
