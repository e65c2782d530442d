import Link from 'next/link';

import type { DataProductTrust } from '@/lib/api';
import { urnHref } from '@/lib/urls/entityHref';

/** What holds a product's score down: its weakest output port or upstream dataset. Nothing when uncapped. */
export function TrustCapNote({ trust }: { trust: DataProductTrust | null }) {
  if (!trust?.cap) return null;
  const href = urnHref(trust.cap.urn);
  return (
    <p className="notice">
      Capped at {trust.cap.score} (it would score {trust.uncappedScore}): {href ? <Link href={href}>{trust.cap.reason}</Link> : trust.cap.reason}
    </p>
  );
}
