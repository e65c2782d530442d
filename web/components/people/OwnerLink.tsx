import Link from 'next/link';

import { ownerLabel } from '@/lib/people/ownerLabel';
import { type ResolvedOwner, ownerHref } from '@/lib/urls/ownerHref';

/**
 * An owner entry's name (ownerLabel), opening the page of the person or team it names; a name the directory
 * does not know (or knows twice) stays text, as it was written.
 */
export function OwnerLink({ owner }: { owner: ResolvedOwner }) {
  const href = ownerHref(owner);
  const label = ownerLabel(owner);
  return href ? <Link href={href}>{label}</Link> : <>{label}</>;
}
