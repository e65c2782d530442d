import Link from 'next/link';

import { Count } from '@/components/Count';
import { OffsetPager } from '@/components/OffsetPager';
import type { OwnedAssetsFields } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { entityHref } from '@/lib/urls/entityHref';

interface OwnedAssetListProps {
  /** Whose: "Ana Lima", for the pager's label. */
  owner: string;
  page: OwnedAssetsFields;
  /** Offset of the page's first asset. */
  from: number;
  pageSize: number;
  /** The page listing from the `offset`-th asset. */
  hrefFor: (offset: number) => string;
  emptyText: string;
}

/**
 * What a person or team answers for, a page at a time: each asset by name, to its page, with its kind
 * (domains first, then data products, datasets and glossary terms: the API's order). The section's id,
 * `owns`, is where the pager's links scroll back to.
 */
export function OwnedAssetList({ owner, page, from, pageSize, hrefFor, emptyText }: OwnedAssetListProps) {
  return (
    <section aria-labelledby="owns-heading" id="owns" className="link-list">
      <h2 id="owns-heading">
        Owns <Count value={page.total} one="asset" other="assets" />
      </h2>
      {page.total === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul>
          {page.assets.map((asset) => {
            const href = entityHref(asset.urn, asset.type);
            return (
              <li key={asset.urn}>
                {href ? <Link href={href}>{asset.name}</Link> : asset.name}
                <span className="link-list__meta">
                  {entityTypeLabel(asset.type)}
                  {asset.qualifiedName && (
                    <>
                      {' · '}
                      <code>{asset.qualifiedName}</code>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <OffsetPager label={`Pages of what ${owner} owns`} total={page.total} from={from} shown={page.assets.length} pageSize={pageSize} hrefFor={hrefFor} />
    </section>
  );
}
