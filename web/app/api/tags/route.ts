import type { NextRequest } from 'next/server';

import { failureResponseInit, getTagUsages } from '@/lib/api';

/**
 * `GET /api/tags?prefix=pi` → `{ tags: [{ name: 'PII', count: 3 }, …] }`: the tags the catalog uses that start
 * with what was typed, for the tags boxes of the edit forms. The browser asks this, never the GraphQL API
 * itself (as /api/suggest): the API's address stays a server setting, and the viewer's session goes with it.
 *
 * A failure answers with no tags and the status of the API's refusal (failureResponseInit: 401 signed out,
 * 400 for a prefix longer than a tag may be, 503 with search down, …): the box then just offers none,
 * and saving the tags reports what is wrong, if anything still is.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const prefix = request.nextUrl.searchParams.get('prefix')?.trim() ?? '';
  if (prefix === '') return Response.json({ tags: [] });

  const result = await getTagUsages(prefix);
  if (!result.ok) return Response.json({ tags: [] }, failureResponseInit(result.failure));
  return Response.json({ tags: result.data });
}
