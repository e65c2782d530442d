import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Markdown } from '@/components/Markdown';
import { CertificationBadge } from '@/components/dataset/CertificationBadge';
import { TrustSection } from '@/components/dataset/TrustSection';
import { tagChips, ValueChips } from '@/components/dataset/ValueChips';
import { ComplianceSection, ComplianceSectionLoading } from '@/components/governance/ComplianceSection';
import { ContractObjectsSection } from '@/components/products/ContractObjectsSection';
import { ContractStatusBadge } from '@/components/products/ContractStatusBadge';
import { DataProductEditors } from '@/components/products/DataProductEditors';
import { InputPortsSection } from '@/components/products/InputPortsSection';
import { OutputPortsSection } from '@/components/products/OutputPortsSection';
import { SlaSection } from '@/components/products/SlaSection';
import { TrustCapNote } from '@/components/products/TrustCapNote';
import { OwnerNames } from '@/components/people/OwnerNames';
import { getDataProduct } from '@/lib/api';
import { formatDuration } from '@/lib/format/formatDuration';
import { domainHref } from '@/lib/urls/domainHref';
import { urnFromPathSegment } from '@/lib/urls/urnFromPathSegment';
import { UrnLine } from '@/components/UrnLine';

// The product comes from the API at request time; no loading.tsx, so an unknown URN answers 404.
export const dynamic = 'force-dynamic';

interface DataProductPageProps {
  /** The data product URN as one path segment; see urnFromPathSegment. */
  params: Promise<{ urn: string }>;
}

export async function generateMetadata({ params }: DataProductPageProps): Promise<Metadata> {
  const urn = urnFromPathSegment((await params).urn);
  const result = urn === null ? undefined : await getDataProduct(urn);
  return { title: result?.ok && result.data ? `${result.data.name} · Data products` : 'Data product' };
}

/**
 * One data product: who answers for it and what it promises (its contract and
 * service level), what it exposes and consumes, how far it can be trusted, and
 * which policies it or its ports break (streamed); and, for those who may, the
 * forms to edit its description, owners, tags and certification.
 */
export default async function DataProductPage({ params }: DataProductPageProps) {
  const urn = urnFromPathSegment((await params).urn);
  if (urn === null) notFound();
  const result = await getDataProduct(urn);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const product = result.data;
  if (!product) notFound();
  const crawledPorts = product.outputPorts.filter((port) => port.platform !== 'contract');
  const contractObjects = product.outputPorts.filter((port) => port.platform === 'contract');

  return (
    <article className="product-page">
      <header className="dataset-header">
        <p className="eyebrow">
          Data product
          {product.domain && (
            <>
              {' · '}
              <Link href={domainHref(product.domain.urn)}>{product.domain.name}</Link>
            </>
          )}
        </p>
        <h1>
          {product.name} <ContractStatusBadge status={product.contractStatus} version={product.contractVersion} />{' '}
          <CertificationBadge certification={product.certification} />
        </h1>
        {product.description ? <Markdown text={product.description} className="dataset-header__description" /> : <p className="muted">No description yet.</p>}
        {product.usage && (
          <p className="dataset-header__description">
            <strong>Use it for:</strong> {product.usage}
          </p>
        )}
        {product.limitations && (
          <p className="dataset-header__description">
            <strong>Limitations:</strong> {product.limitations}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>Domain</dt>
            <dd>{product.domain ? <Link href={domainHref(product.domain.urn)}>{product.domain.name}</Link> : '—'}</dd>
          </div>
          <div>
            <dt>Owners</dt>
            <dd>
              {product.owners.length > 0 ? <OwnerNames owners={product.owners} /> : <span className="muted">None declared</span>}
              {product.team && <span className="facts__note">Team: {product.team}</span>}
            </dd>
          </div>
          <div>
            <dt>Tags</dt>
            <dd>
              <ValueChips values={tagChips(product.tags)} label="tags" />
            </dd>
          </div>
          <div>
            <dt>Contract</dt>
            <dd>
              {product.contractStatus ? (
                <>
                  {product.contractStatus}
                  {product.contractVersion && `, version ${product.contractVersion}`}
                </>
              ) : (
                <span className="muted">No contract</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Freshness</dt>
            <dd>
              {product.sla.freshnessSloSeconds === null ? <span className="muted">No SLO declared</span> : `within ${formatDuration(product.sla.freshnessSloSeconds)}`}
            </dd>
          </div>
        </dl>
        <UrnLine urn={product.urn} />
      </header>
      <DataProductEditors product={product} />

      <TrustSection trust={product.trust} subject="data product" />
      <TrustCapNote trust={product.trust} />
      <OutputPortsSection ports={crawledPorts} />
      <InputPortsSection ports={product.inputPorts} />
      <SlaSection sla={product.sla} />
      <ContractObjectsSection objects={contractObjects} contractVersion={product.contractVersion} />
      <Suspense fallback={<ComplianceSectionLoading />}>
        <ComplianceSection scope={{ dataProduct: product.urn }} subject={product.name} />
      </Suspense>
    </article>
  );
}
