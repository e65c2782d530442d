import type { NextRequest } from 'next/server';

import { failureResponseInit, getSuggestions } from '@/lib/api';
import { toSuggestionLinks } from '@/lib/search/toSuggestionLinks';

/**
 * `GET /api/suggest?q=rent` → `{ suggestions: SuggestionLink[] }`, for the
 * search box's autocomplete. The browser asks this, never the GraphQL API
 * itself: the API's address stays a server setting (POLDER_API_URL), and it
 * needs no CORS for the web's origin.
 *
 * A failure answers with no suggestions and the status of the API's refusal
 * (failureResponseInit: 401 for a sign-in needed, 429, 503, … and 502 for an
 * API not reached); the box then just shows none, and the search page itself
 * sends the person to sign in, or reports the outage.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = request.nextUrl.searchParams.get('q')?.trim() ?? '';
  if (query === '') return Response.json({ suggestions: [] });

  const result = await getSuggestions(query);
  if (!result.ok) return Response.json({ suggestions: [] }, failureResponseInit(result.failure));
  return Response.json({ suggestions: toSuggestionLinks(result.data) });
}
