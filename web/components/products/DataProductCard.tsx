import Link from 'next/link';

import { OwnerNames } from '@/components/people/OwnerNames';
import type { DataProductSummaryFields } from '@/lib/api';
import { formatDuration } from '@/lib/format/formatDuration';
import { dataProductHref } from '@/lib/urls/dataProductHref';

import { ContractStatusBadge } from './ContractStatusBadge';
import { TrustScoreBadge } from './TrustScoreBadge';

/** A data product in a list: its name (to its page), contract status, trust, owners and freshness objective. */
export function DataProductCard({ product, headingLevel = 3 }: { product: DataProductSummaryFields; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const slo = product.sla.freshnessSloSeconds;
  return (
    <article className="product-card">
      <Heading className="product-card__name">
        <Link href={dataProductHref(product.urn)}>{product.name}</Link>
      </Heading>
      <p className="product-card__badges">
        <ContractStatusBadge status={product.contractStatus} version={product.contractVersion} /> <TrustScoreBadge trust={product.trust} />
      </p>
      {product.description && <p className="product-card__description">{product.description}</p>}
      <dl className="product-card__facts">
        <div>
          <dt>Owners</dt>
          <dd>
            {product.owners.length > 0 ? <OwnerNames owners={product.owners} /> : <span className="muted">None declared</span>}
            {product.team && <span className="muted"> ({product.team})</span>}
          </dd>
        </div>
        <div>
          <dt>Freshness</dt>
          <dd>{slo === null ? <span className="muted">No SLO declared</span> : `within ${formatDuration(slo)}`}</dd>
        </div>
      </dl>
    </article>
  );
}
