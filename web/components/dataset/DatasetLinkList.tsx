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
  /** A list that is a section of its own (partitions) has an h2, with this id for the section to be labelled by; one of a section's lists (upstream, downstream) an h3. */
  sectionHeadingId?: string;
  /** What the count beside the title counts. */
  noun?: { one: string; other: string };
}

/** Related datasets (upstream, downstream, partitions), one link each. */
export function DatasetLinkList({ title, datasets, emptyText, sectionHeadingId, noun = { one: 'dataset', other: 'datasets' } }: DatasetLinkListProps) {
  const Heading = sectionHeadingId ? 'h2' : 'h3';
  return (
    <div className="link-list">
      <Heading id={sectionHeadingId}>
        {title} <Count value={datasets.length} one={noun.one} other={noun.other} />
      </Heading>
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
