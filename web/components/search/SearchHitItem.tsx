import Link from 'next/link';

import { Highlighted } from '@/components/Highlighted';
import type { CatalogSearchHit } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { enumLabel } from '@/lib/format/enumLabel';
import { matchedColumns } from '@/lib/search/matchedColumns';
import { datasetHref } from '@/lib/urls/datasetHref';
import { entityHref } from '@/lib/urls/entityHref';

import { HitTrustBadge } from './HitTrustBadge';

/** One search hit: what it is, how far it can be trusted, where it lives, and why it matched. */
export function SearchHitItem({ hit }: { hit: CatalogSearchHit }) {
  const href = entityHref(hit.urn, hit.type);
  const snippet = (field: string) => hit.highlights.find((highlight) => highlight.field === field)?.snippet;
  const nameSnippet = snippet('name');
  const qualifiedSnippet = snippet('qualifiedName');
  const descriptionSnippet = snippet('description');
  const name = nameSnippet ? <Highlighted snippet={nameSnippet} /> : hit.name;
  const columns = hit.type === 'DATASET' ? matchedColumns(hit.highlights) : [];

  return (
    <article className="hit">
      <p className="hit__kind">
        {entityTypeLabel(hit.type)}
        {hit.subtype && ` · ${enumLabel(hit.subtype)}`}
        {hit.partitionOf && (
          <>
            {' · partition of '}
            <Link href={datasetHref(hit.partitionOf.urn)}>{hit.partitionOf.name}</Link>
          </>
        )}{' '}
        <HitTrustBadge score={hit.trustScore} />
      </p>
      <h3 className="hit__name">{href ? <Link href={href}>{name}</Link> : name}</h3>
      {hit.qualifiedName && hit.qualifiedName !== hit.name && (
        <p className="hit__qualified">
          <code>{qualifiedSnippet ? <Highlighted snippet={qualifiedSnippet} /> : hit.qualifiedName}</code>
        </p>
      )}
      {(hit.domain || hit.platform) && (
        <ul className="chips" aria-label="Domain and platform">
          {hit.domain && <li className="chip chip--domain">domain: {hit.domain}</li>}
          {hit.platform && <li className="chip">{hit.platform}</li>}
        </ul>
      )}
      {descriptionSnippet ? (
        <p className="hit__description">
          <Highlighted snippet={descriptionSnippet} />
        </p>
      ) : (
        hit.description && <p className="hit__description">{hit.description}</p>
      )}
      {columns.length > 0 && (
        <p className="hit__columns">
          Matched column{columns.length > 1 && 's'}{' '}
          {columns.map((column, index) => (
            <span key={column}>
              {index > 0 && ', '}
              <Link href={datasetHref(hit.urn, column)}>
                <code>{column}</code>
              </Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
