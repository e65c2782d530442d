/** The search page for `query` at `page` (1-based); defaults are left out of the URL. */
export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search === '' ? '/search' : `/search?${search}`;
}
