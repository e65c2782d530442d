import 'server-only';

import type { ApiResult } from './ApiResult';
import { autocompleteQuery, type Suggestion } from './queries/autocompleteQuery';
import { termGlossariesQuery } from './queries/termGlossariesQuery';
import { requestGraphQL } from './requestGraphQL';

/** As many as a listbox under the search box shows without scrolling. */
const SUGGESTION_LIMIT = 8;

/** A suggestion; a glossary term's also says whose glossary holds it (`domain` null: the enterprise glossary). */
export interface PlacedSuggestion extends Suggestion {
  /** Absent for other kinds of assets, and for a term whose glossary could not be read. */
  glossary?: { domain: { name: string } | null };
}

// A route handler answering fetch(): it says 401 rather than redirecting to a page.
const AS_ROUTE_HANDLER = { onUnauthenticated: 'return' } as const;

/**
 * Assets whose name starts with, or nearly matches, what was typed so far. Two domains' glossaries
 * may each hold a "Customer", which autocomplete names alike: the terms' glossaries are asked for in
 * one more request, only when terms are among the suggestions.
 */
export async function getSuggestions(query: string): Promise<ApiResult<PlacedSuggestion[]>> {
  const result = await requestGraphQL(autocompleteQuery, { input: { query, limit: SUGGESTION_LIMIT } }, AS_ROUTE_HANDLER);
  if (!result.ok) return result;
  const suggestions = result.data.autocomplete;
  const glossaries = await glossariesOf(suggestions.filter((suggestion) => suggestion.type === 'GLOSSARY_TERM').map((suggestion) => suggestion.urn));
  return { ok: true, data: suggestions.map((suggestion) => (glossaries.has(suggestion.urn) ? { ...suggestion, glossary: glossaries.get(suggestion.urn) } : suggestion)) };
}

/** Each term's glossary by URN. Empty when the request fails: the suggestions still help without it. */
async function glossariesOf(termUrns: string[]): Promise<Map<string, { domain: { name: string } | null }>> {
  if (termUrns.length === 0) return new Map();
  const result = await requestGraphQL(termGlossariesQuery, { urns: termUrns }, AS_ROUTE_HANDLER);
  if (!result.ok) return new Map();
  return new Map(result.data.entities.flatMap((term) => (term && term.domain !== undefined ? [[term.urn, { domain: term.domain }] as const] : [])));
}
