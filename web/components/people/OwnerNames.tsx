import { Fragment } from 'react';

import type { ResolvedOwner } from '@/lib/urls/ownerHref';

import { OwnerLink } from './OwnerLink';

/** Owners in a line of text ("Ana Lima, ERP Team"), each a link when it names someone (OwnerLink). */
export function OwnerNames({ owners }: { owners: readonly ResolvedOwner[] }) {
  return owners.map((owner, index) => (
    // The same name may be listed once per ownership type.
    <Fragment key={`${index}:${owner.name}`}>
      {index > 0 && ', '}
      <OwnerLink owner={owner} />
    </Fragment>
  ));
}
