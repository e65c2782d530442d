import Link from 'next/link';

import { Count } from '@/components/Count';
import { OwnerNames } from '@/components/people/OwnerNames';
import type { DomainSummaryFields } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { domainHref } from '@/lib/urls/domainHref';

import { DataProductCard } from './DataProductCard';

/**
 * A domain in the list of the mesh: its name (to its page), what it is for,
 * who answers for it, what it holds, and the data products it publishes.
 */
export function DomainSection({ domain }: { domain: DomainSummaryFields }) {
  const headingId = `domain-${domain.id}`;
  return (
    <section className="domain-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="domain-card__name">
        <Link href={domainHref(domain.urn)}>{domain.name}</Link>
      </h2>
      {domain.description && <p className="domain-card__description">{domain.description}</p>}
      <p className="domain-card__stats">
        {formatCount(domain.datasetCount)} {domain.datasetCount === 1 ? 'dataset' : 'datasets'} · {formatCount(domain.sourceCount)}{' '}
        {domain.sourceCount === 1 ? 'source' : 'sources'}
        {domain.owners.length > 0 && (
          <>
            {' · owned by '}
            <OwnerNames owners={domain.owners} />
          </>
        )}
      </p>
      <h3 className="domain-card__products-heading">
        Data products <Count value={domain.dataProductCount} one="data product" other="data products" />
      </h3>
      {domain.dataProducts.length === 0 ? (
        <p className="muted">No data products yet: a data contract (ODCS) in one of its sources declares one.</p>
      ) : (
        <ul className="product-grid">
          {domain.dataProducts.map((product) => (
            <li key={product.urn}>
              <DataProductCard product={product} headingLevel={4} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
