import Link from 'next/link';

import { Count } from '@/components/Count';
import { RemovedBadge } from '@/components/dataset/RemovedBadge';
import type { InputPortFields } from '@/lib/api';
import { dataProductHref } from '@/lib/urls/dataProductHref';
import { datasetHref } from '@/lib/urls/datasetHref';

/** What the product consumes: declared input ports, and what its output ports derive from that another product or domain provides. */
export function InputPortsSection({ ports }: { ports: InputPortFields[] }) {
  return (
    <section aria-labelledby="input-ports-heading">
      <h2 id="input-ports-heading">
        Input ports <Count value={ports.length} one="dataset" other="datasets" />
      </h2>
      {ports.length === 0 ? (
        <p className="muted">It declares no input port, and its output ports derive from nothing another product or domain provides.</p>
      ) : (
        <ul className="link-list">
          {ports.map(({ dataset, declared, feeds }) => (
            <li key={dataset.urn}>
              <Link href={datasetHref(dataset.urn)}>{dataset.name}</Link> <RemovedBadge status={dataset.status} />
              <span className="link-list__meta">
                <code>{dataset.qualifiedName}</code>
                {dataset.domain && ` · ${dataset.domain.name}`}
              </span>
              <span className="link-list__meta">
                {dataset.dataProducts.length > 0 ? (
                  <>
                    From{' '}
                    {dataset.dataProducts.map((product, index) => (
                      <span key={product.urn}>
                        {index > 0 && ', '}
                        <Link href={dataProductHref(product.urn)}>{product.name}</Link>
                      </span>
                    ))}
                  </>
                ) : (
                  'Not part of a data product'
                )}
                {' · '}
                {declared ? 'declared input port' : `feeds ${feeds.map((feed) => feed.name).join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
