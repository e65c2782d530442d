import Link from 'next/link';

import { formatCount } from '@/lib/format/formatCount';

interface OffsetPagerProps {
  /** What the pages are of, for screen readers: "Pages of partitions". */
  label: string;
  /** How many items the list holds in all. */
  total: number;
  /** Offset of the first item shown. */
  from: number;
  /** How many items this page shows. */
  shown: number;
  pageSize: number;
  /** The page listing from the `offset`-th item. */
  hrefFor: (offset: number) => string;
}

/**
 * "← Previous · 51–100 of 230 · Next →" under a list read a page at a time by offset, with plain
 * links (it works without JS). Nothing when one page holds it all.
 */
export function OffsetPager({ label, total, from, shown, pageSize, hrefFor }: OffsetPagerProps) {
  if (from === 0 && total <= shown) return null;
  // Past the end (an old link, a list that shrank), "previous" is the last page.
  const previous = from >= total ? Math.max(0, Math.floor((total - 1) / pageSize) * pageSize) : Math.max(0, from - pageSize);
  const next = from + pageSize;
  return (
    <nav className="pagination" aria-label={label}>
      {from > 0 ? (
        <Link href={hrefFor(previous)} rel="prev" className="button button--secondary">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__position">
        {shown === 0 ? `The list ends at ${formatCount(total)}` : `${formatCount(from + 1)}–${formatCount(from + shown)} of ${formatCount(total)}`}
      </span>
      {next < total ? (
        <Link href={hrefFor(next)} rel="next" className="button button--secondary">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
