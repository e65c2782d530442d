import Link from 'next/link';

import type { DataProductTrust } from '@/lib/api';
import { urnHref } from '@/lib/urls/entityHref';

/** What holds a product's score down: its weakest output port or upstream dataset. Nothing when uncapped. */
export function TrustCapNote({ trust }: { trust: DataProductTrust | null }) {
  if (!trust?.cap) return null;
  // No link when the capping dataset is one the viewer may not see (the API leaves its URN out).
  const href = trust.cap.urn ? urnHref(trust.cap.urn) : null;
  return (
    <p className="notice">
      Capped at {trust.cap.score} (it would score {trust.uncappedScore}): {href ? <Link href={href}>{trust.cap.reason}</Link> : trust.cap.reason}
    </p>
  );
}
