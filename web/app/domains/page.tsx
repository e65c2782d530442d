import type { Metadata } from 'next';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { DomainSection } from '@/components/products/DomainSection';
import { listDomains } from '@/lib/api';

export const metadata: Metadata = { title: 'Domains' };

// Products and their scores change with every crawl: read at request time.
export const dynamic = 'force-dynamic';

/** The domains of the mesh, each with what it holds and the data products it publishes. */
export default async function DomainsPage() {
  const result = await listDomains();
  return (
    <section className="domains-page">
      <h1>Domains {result.ok && <Count value={result.data.length} one="domain" other="domains" />}</h1>
      <p className="lede">
        Each domain keeps its own data and publishes data products: datasets it stands behind, with owners, a contract and a
        service level.
      </p>
      {!result.ok ? (
        <ApiErrorBanner failure={result.failure} />
      ) : result.data.length === 0 ? (
        <p className="muted">No domains are declared yet: add them to polder.yaml.</p>
      ) : (
        result.data.map((domain) => <DomainSection key={domain.urn} domain={domain} />)
      )}
    </section>
  );
}
