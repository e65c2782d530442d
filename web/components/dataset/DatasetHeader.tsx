import Link from 'next/link';

import { Markdown } from '@/components/Markdown';
import { SqlBlock } from '@/components/SqlBlock';
import type { DatasetDetail } from '@/lib/api';
import { enumLabel } from '@/lib/format/enumLabel';
import { formatCompactCount, formatCount } from '@/lib/format/formatCount';
import { dataProductHref } from '@/lib/urls/dataProductHref';
import { datasetHref } from '@/lib/urls/datasetHref';

import { CertificationBadge } from './CertificationBadge';
import { RemovedBadge } from './RemovedBadge';
import { UrnLine } from '@/components/UrnLine';

export function DatasetHeader({ dataset }: { dataset: DatasetDetail }) {
  const { domain, source, rowEstimate } = dataset;
  return (
    <header className="dataset-header">
      <p className="eyebrow">Dataset</p>
      <h1>
        {dataset.name} <RemovedBadge status={dataset.status} /> <CertificationBadge certification={dataset.certification} />
      </h1>
      <p className="dataset-header__qualified">
        <code>{dataset.qualifiedName}</code>
      </p>
      {/* id: where trust evidence about the description leads. */}
      <div id="description">
        {dataset.description ? (
          <Markdown text={dataset.description} className="dataset-header__description" />
        ) : (
          <p className="muted">No description yet.</p>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>Domain</dt>
          <dd title={domain?.description ?? undefined}>{domain?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>Platform</dt>
          <dd>{dataset.platform}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{enumLabel(dataset.subtype)}</dd>
        </div>
        {dataset.partitionOf && (
          <div>
            <dt>Partition of</dt>
            <dd>
              <Link href={datasetHref(dataset.partitionOf.urn)}>{dataset.partitionOf.name}</Link>
            </dd>
          </div>
        )}
        {dataset.partitions.total > 0 && (
          <div>
            <dt>Partitions</dt>
            <dd>
              <a href="#partitions">{formatCount(dataset.partitions.total)}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>Source</dt>
          <dd>{source ? `${source.id} (${source.kind})` : '—'}</dd>
        </div>
        {dataset.dataProducts.length > 0 && (
          <div>
            <dt>Data products</dt>
            <dd>
              {dataset.dataProducts.map((product, index) => (
                <span key={product.urn}>
                  {index > 0 && ', '}
                  <Link href={dataProductHref(product.urn)}>{product.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>Rows</dt>
          <dd title={rowEstimate == null ? undefined : `${formatCount(Math.round(rowEstimate))} rows, estimated`}>
            {rowEstimate == null ? 'unknown' : `≈ ${formatCompactCount(rowEstimate)}`}
          </dd>
        </div>
      </dl>
      {/* A view's SQL, as its store reports it: folded, since most readers come for the columns. */}
      {dataset.viewDefinition && <SqlBlock sql={dataset.viewDefinition} summary="Definition" />}
      <UrnLine urn={dataset.urn} />
    </header>
  );
}
