import Link from 'next/link';

import { Count } from '@/components/Count';
import type { DatasetLinkFields } from '@/lib/api';
import { datasetHref } from '@/lib/urls/datasetHref';

import { RemovedBadge } from './RemovedBadge';

interface DatasetLinkListProps {
  title: string;
  datasets: DatasetLinkFields[];
  /** Shown instead of the list when it is empty. */
  emptyText: string;
}

/** Direct upstream or downstream datasets, one link each. */
export function DatasetLinkList({ title, datasets, emptyText }: DatasetLinkListProps) {
  return (
    <div className="link-list">
      <h3>
        {title} <Count value={datasets.length} one="dataset" other="datasets" />
      </h3>
      {datasets.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul>
          {datasets.map((dataset) => (
            <li key={dataset.urn}>
              <Link href={datasetHref(dataset.urn)}>{dataset.name}</Link> <RemovedBadge status={dataset.status} />
              <span className="link-list__meta">
                <code>{dataset.qualifiedName}</code> · {dataset.platform}
                {dataset.domain && ` · ${dataset.domain.name}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
