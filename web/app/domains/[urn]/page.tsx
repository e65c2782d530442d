import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { Markdown } from '@/components/Markdown';
import { ComplianceSection, ComplianceSectionLoading } from '@/components/governance/ComplianceSection';
import { DataProductCard } from '@/components/products/DataProductCard';
import { OwnerNames } from '@/components/people/OwnerNames';
import { getDomain } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { searchHref } from '@/lib/urls/searchHref';
import { sourcesHref } from '@/lib/urls/sourcesHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';
import { UrnLine } from '@/components/UrnLine';

// The domain comes from the API at request time; no loading.tsx, so an unknown URN answers 404.
export const dynamic = 'force-dynamic';

interface DomainPageProps {
  /** The domain URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
}

export async function generateMetadata({ params }: DomainPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const result = urn === null ? undefined : await getDomain(urn);
  return { title: result?.ok && result.data ? `${result.data.name} · Domains` : 'Domain' };
}

/** One domain: what it is for, who answers for it, what it holds, its data products, and its policy compliance (streamed). */
export default async function DomainPage({ params }: DomainPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const result = await getDomain(urn);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const domain = result.data;
  if (!domain) notFound();

  return (
    <article className="domain-page">
      <header className="dataset-header">
        <p className="eyebrow">
          <Link href="/domains">Domain</Link>
        </p>
        <h1>{domain.name}</h1>
        {domain.description ? <Markdown text={domain.description} className="dataset-header__description" /> : <p className="muted">No description yet.</p>}
        <dl className="facts">
          <div>
            <dt>Datasets</dt>
            <dd>
              <Link href={searchHref({ filters: [{ field: 'type', values: ['DATASET'] }, { field: 'domain', values: [domain.name] }] })}>
                {formatCount(domain.datasetCount)}
                <span className="visually-hidden"> datasets: browse them</span>
              </Link>
            </dd>
          </div>
          <div>
            <dt>Sources</dt>
            <dd>
              <Link href={sourcesHref(domain.id)}>
                {formatCount(domain.sourceCount)}
                <span className="visually-hidden"> sources: see their crawls</span>
              </Link>
            </dd>
          </div>
          <div>
            <dt>Data products</dt>
            <dd>{formatCount(domain.dataProductCount)}</dd>
          </div>
          <div>
            <dt>Owners</dt>
            <dd>{domain.owners.length > 0 ? <OwnerNames owners={domain.owners} /> : <span className="muted">None declared</span>}</dd>
          </div>
        </dl>
        <UrnLine urn={domain.urn} />
      </header>

      <section aria-labelledby="products-heading">
        <h2 id="products-heading">
          Data products <Count value={domain.dataProducts.length} one="data product" other="data products" />
        </h2>
        {domain.dataProducts.length === 0 ? (
          <p className="muted">No data products yet: a data contract (ODCS) in one of its sources declares one.</p>
        ) : (
          <ul className="product-grid">
            {domain.dataProducts.map((product) => (
              <li key={product.urn}>
                <DataProductCard product={product} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <Suspense fallback={<ComplianceSectionLoading />}>
        <ComplianceSection scope={{ domain: domain.id }} subject={`the ${domain.name} domain`} />
      </Suspense>
    </article>
  );
}
