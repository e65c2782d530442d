import Link from 'next/link';

import type { DomainSummaryFields } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { dataProductHref } from '@/lib/urls/dataProductHref';
import { domainHref } from '@/lib/urls/domainHref';

import { TrustScoreBadge } from './TrustScoreBadge';

/** The domains of the mesh at a glance, for the home page: each with its counts and its data products (to their pages). */
export function MeshOverview({ domains }: { domains: DomainSummaryFields[] }) {
  if (domains.length === 0) return <p className="muted">No domains are declared yet: add them to polder.yaml.</p>;
  return (
    <ul className="mesh-overview">
      {domains.map((domain) => (
        <li key={domain.urn} className="mesh-overview__domain">
          <h3 className="mesh-overview__name">
            <Link href={domainHref(domain.urn)}>{domain.name}</Link>
          </h3>
          <p className="mesh-overview__stats">
            {formatCount(domain.datasetCount)} {domain.datasetCount === 1 ? 'dataset' : 'datasets'} · {formatCount(domain.dataProductCount)}{' '}
            {domain.dataProductCount === 1 ? 'data product' : 'data products'}
          </p>
          {domain.dataProducts.length > 0 && (
            <ul className="mesh-overview__products" aria-label={`Data products of ${domain.name}`}>
              {domain.dataProducts.map((product) => (
                <li key={product.urn}>
                  <Link href={dataProductHref(product.urn)}>{product.name}</Link> <TrustScoreBadge trust={product.trust} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
