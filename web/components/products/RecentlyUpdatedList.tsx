import Link from 'next/link';

import type { RecentlyUpdatedAsset } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { entityHref } from '@/lib/urls/entityHref';

/** The datasets and data products that changed last, newest first. */
export function RecentlyUpdatedList({ assets }: { assets: RecentlyUpdatedAsset[] }) {
  if (assets.length === 0) return <p className="muted">Nothing has been crawled yet.</p>;
  return (
    <ol className="link-list">
      {assets.map((asset) => {
        const href = entityHref(asset.urn, asset.type);
        return (
          <li key={asset.urn}>
            {href ? <Link href={href}>{asset.name}</Link> : asset.name}
            <span className="link-list__meta">
              {entityTypeLabel(asset.type)}
              {asset.platform && ` · ${asset.platform}`}
              {asset.qualifiedName && asset.qualifiedName !== asset.name && (
                <>
                  {' · '}
                  <code>{asset.qualifiedName}</code>
                </>
              )}
              {asset.domain && ` · ${asset.domain}`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
