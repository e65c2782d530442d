import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { MeshOverview } from '@/components/products/MeshOverview';
import { RecentlyUpdatedList } from '@/components/products/RecentlyUpdatedList';
import { PopularDatasetsList } from '@/components/home/PopularDatasetsList';
import { SearchBox } from '@/components/SearchBox';
import { listDomains, listPopularDatasets, listRecentlyUpdated, type ApiFailure } from '@/lib/api';
import { signInHref } from '@/lib/urls/signInHref';

// The mesh and its recent changes are read at request time.
export const dynamic = 'force-dynamic';

/** How many recently updated assets the home page lists. */
const RECENT_COUNT = 8;
/** How many of the most used datasets it lists. */
const POPULAR_COUNT = 6;

export default async function HomePage() {
  // The home page is the way in: where reading needs a sign-in, it says so instead of redirecting.
  const [domains, recent, popular] = await Promise.all([
    listDomains({ onUnauthenticated: 'return' }),
    listRecentlyUpdated(RECENT_COUNT, { onUnauthenticated: 'return' }),
    listPopularDatasets(POPULAR_COUNT, { onUnauthenticated: 'return' }),
  ]);
  return (
    <>
      <section className="home">
        <h1>Find data across the mesh</h1>
        <p className="lede">
          Search every domain’s datasets by name, description or column, then follow their lineage upstream and
          downstream.
        </p>
        <SearchBox />
      </section>
      <div className="home-panels">
        <section aria-labelledby="mesh-heading" className="home-panel home-panel--mesh">
          <div className="home-panel__header">
            <h2 id="mesh-heading">The domains of the mesh</h2>
            <Link href="/domains">All domains and their products</Link>
          </div>
          {domains.ok ? <MeshOverview domains={domains.data} /> : <Unavailable failure={domains.failure} />}
        </section>
        <div className="home-panels__side">
          {/* Only when usage is recorded: without it, "popular" would be a guess. Unavailable says so once, under Recently updated. */}
          {popular.ok && popular.data.length > 0 && (
            <section aria-labelledby="popular-heading" className="home-panel">
              <h2 id="popular-heading">Popular</h2>
              <PopularDatasetsList datasets={popular.data} />
            </section>
          )}
          <section aria-labelledby="recent-heading" className="home-panel">
            <h2 id="recent-heading">Recently updated</h2>
            {recent.ok ? <RecentlyUpdatedList assets={recent.data} /> : <Unavailable failure={recent.failure} />}
          </section>
        </div>
      </div>
    </>
  );
}

function Unavailable({ failure }: { failure: ApiFailure }) {
  if (failure.kind === 'graphql' && failure.code === 'UNAUTHENTICATED') {
    return (
      <p className="muted">
        <Link href={signInHref({ next: '/' })}>Sign in</Link> to see the catalog.
      </p>
    );
  }
  return <ApiErrorBanner failure={failure} />;
}
