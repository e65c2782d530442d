import type { Metadata } from 'next';
import { Suspense } from 'react';

import { SearchBox } from '@/components/SearchBox';
import { SearchResults } from '@/components/search/SearchResults';
import { SearchResultsLoading } from '@/components/search/SearchResultsLoading';
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
  const { query, page } = parseSearchParams(await searchParams);
  return (
    <>
      <h1 className="visually-hidden">Search the catalog</h1>
      <SearchBox query={query} live />
      {/* Not keyed by query: while typing, React keeps the previous results on
          screen until the next ones are ready instead of flashing the fallback. */}
      <Suspense fallback={<SearchResultsLoading />}>
        <SearchResults query={query} page={page} />
      </Suspense>
    </>
  );
}
