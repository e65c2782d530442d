import 'server-only';

import type { ApiResult } from './ApiResult';
import { autocompleteQuery, type Suggestion } from './queries/autocompleteQuery';
import { requestGraphQL } from './requestGraphQL';

/** As many as a listbox under the search box shows without scrolling. */
const SUGGESTION_LIMIT = 8;

// A route handler answering fetch(): it says 401 rather than redirecting to a page.
const AS_ROUTE_HANDLER = { onUnauthenticated: 'return' } as const;

/** Assets whose name starts with, or nearly matches, what was typed so far. */
export async function getSuggestions(query: string): Promise<ApiResult<Suggestion[]>> {
  const result = await requestGraphQL(autocompleteQuery, { input: { query, limit: SUGGESTION_LIMIT } }, AS_ROUTE_HANDLER);
  return result.ok ? { ok: true, data: result.data.autocomplete } : result;
}
