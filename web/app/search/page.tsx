import type { Metadata } from 'next';

import { SearchBox } from '@/components/SearchBox';
import { SearchParamCutNotice } from '@/components/search/SearchParamCutNotice';
import { SearchResults } from '@/components/search/SearchResults';
import { parseSearchParams } from '@/lib/search/parseSearchParams';

// Results come from the API at request time; never prerender at build.
export const dynamic = 'force-dynamic';

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams);
  return { title: query ? `“${query}”` : 'Browse' };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = parseSearchParams(await searchParams);
  return (
    <>
      <h1 className="visually-hidden">Search the catalog</h1>
      {/* A new query keeps the filters and sort: they narrow whatever is searched. */}
      <SearchBox query={params.query} filters={params.filters} sort={params.sort} live />
      <SearchParamCutNotice cuts={params.cuts} />
      {/* Not streamed inside <Suspense>: a streamed part stays hidden until a
          script swaps it in, and the results, with their facet links and sort
          form, must work without JS. Client-side navigations (typing, a facet,
          a sort) keep the previous results on screen until the next are ready. */}
      <SearchResults params={params} />
    </>
  );
}
