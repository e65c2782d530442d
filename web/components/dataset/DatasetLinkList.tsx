import Link from 'next/link';

import { Count } from '@/components/Count';
import { OffsetPager } from '@/components/OffsetPager';
import type { DatasetLinkPage } from '@/lib/api';
import { datasetHref } from '@/lib/urls/datasetHref';

import { RemovedBadge } from './RemovedBadge';

interface DatasetLinkListProps {
  title: string;
  /** The page of the list shown, and its total. */
  page: DatasetLinkPage;
  /** Offset of the page's first dataset. */
  from: number;
  pageSize: number;
  /** The page listing from the `offset`-th dataset. */
  hrefFor: (offset: number) => string;
  /** Shown instead of the list when it is empty. */
  emptyText: string;
  /** The list's id, for its pager's links to scroll back to it. */
  id: string;
  /** A list that is a section of its own (partitions) has an h2, with this id for the section to be labelled by; one of a section's lists (upstream, downstream) an h3. */
  sectionHeadingId?: string;
  /** What the count beside the title counts. */
  noun?: { one: string; other: string };
}

/** Related datasets (upstream, downstream, partitions), one link each, a page at a time. */
export function DatasetLinkList({ title, page, from, pageSize, hrefFor, emptyText, id, sectionHeadingId, noun = { one: 'dataset', other: 'datasets' } }: DatasetLinkListProps) {
  const Heading = sectionHeadingId ? 'h2' : 'h3';
  return (
    <div className="link-list" id={id}>
      <Heading id={sectionHeadingId}>
        {title} <Count value={page.total} one={noun.one} other={noun.other} />
      </Heading>
      {page.total === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul>
          {page.datasets.map((dataset) => (
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
      <OffsetPager label={`Pages of ${title.toLowerCase()}`} total={page.total} from={from} shown={page.datasets.length} pageSize={pageSize} hrefFor={hrefFor} />
    </div>
  );
}
