import Link from 'next/link';

import type { PopularDataset } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { entityHref } from '@/lib/urls/entityHref';

/** The most used datasets, most popular first, each with the popularity that ranked it. */
export function PopularDatasetsList({ datasets }: { datasets: PopularDataset[] }) {
  return (
    <ol className="link-list">
      {datasets.map((dataset) => {
        const href = entityHref(dataset.urn, 'DATASET');
        return (
          <li key={dataset.urn}>
            {href ? <Link href={href}>{dataset.name}</Link> : dataset.name}
            {/* Its type first, as under Recently updated beside it. */}
            <span className="link-list__meta">
              {entityTypeLabel('DATASET')} · {dataset.platform}
              {dataset.qualifiedName !== dataset.name && (
                <>
                  {' · '}
                  <code>{dataset.qualifiedName}</code>
                </>
              )}
              {dataset.domain && ` · ${dataset.domain.name}`}
              {dataset.usage?.popularity != null && ` · popularity ${dataset.usage.popularity} of 100`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
