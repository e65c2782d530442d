import { MAX_SEARCH_HITS } from './searchLimits';

/**
 * The offset of the first hit of a 1-based search page, or null when the page
 * lies past the MAX_SEARCH_HITS the API pages through. The API refuses such a
 * page outright (`start` out of range; far enough out, not even a GraphQL Int)
 * instead of answering it empty, so it must not be asked for: the page then
 * says itself that it is past the last result. A page within reach but past
 * the results comes back empty from the API as usual.
 */
export function searchPageStart(page: number, pageSize: number): number | null {
  const start = (page - 1) * pageSize;
  return start + pageSize <= MAX_SEARCH_HITS ? start : null;
}
