import type { NextRequest } from 'next/server';

import { getSuggestions } from '@/lib/api';
import { toSuggestionLinks } from '@/lib/search/toSuggestionLinks';

/**
 * `GET /api/suggest?q=rent` → `{ suggestions: SuggestionLink[] }`, for the
 * search box's autocomplete. The browser asks this, never the GraphQL API
 * itself: the API's address stays a server setting (POLDER_API_URL), and it
 * needs no CORS for the web's origin.
 *
 * A failure answers with no suggestions and a status that says whose fault it
 * was; the box then just shows none, and the search page reports the outage.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = request.nextUrl.searchParams.get('q')?.trim() ?? '';
  if (query === '') return Response.json({ suggestions: [] });

  const result = await getSuggestions(query);
  if (!result.ok) {
    const { failure } = result;
    const isCallersFault = failure.kind === 'graphql' && failure.code === 'BAD_USER_INPUT';
    return Response.json({ suggestions: [] }, { status: isCallersFault ? 400 : 502 });
  }
  return Response.json({ suggestions: toSuggestionLinks(result.data) });
}
