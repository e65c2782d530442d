import { lastSearchPage } from './lastSearchPage';

/**
 * What the pager under a page of search results shows: how many pages there are, and whether a next
 * one follows. Only the pages the API serves count (lastSearchPage): 30,000 hits at 20 a page make
 * 500 pages, not 1,500 of which the last 1,000 could not be opened.
 */
export function searchPager(page: number, total: number, hitCount: number, pageSize: number): { pageCount: number; hasNext: boolean } {
  const pageCount = lastSearchPage(total, pageSize);
  // A short page is the last one, whatever an estimated total says.
  return { pageCount, hasNext: hitCount === pageSize && page < pageCount };
}
