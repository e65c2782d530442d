import Link from 'next/link';

import { tagSearchHref } from '@/lib/urls/tagSearchHref';

/** A tag, opening the search filtered by it: everything else that carries it. */
export function TagLink({ tag }: { tag: string }) {
  return (
    <Link href={tagSearchHref(tag)} title={`Everything tagged ${tag}`}>
      {tag}
    </Link>
  );
}
