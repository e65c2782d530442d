import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { getLineage } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { groupLineageByDegree } from '@/lib/lineage/groupLineageByDegree';
import { entityHref } from '@/lib/urls/entityHref';

/** Everything within `depth` hops of the dataset, nearest first; streamed in after the page. */
export async function LineagePanel({ urn, depth }: { urn: string; depth: number }) {
  const result = await getLineage(urn, depth);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const groups = groupLineageByDegree(result.data);

  return (
    <>
      {result.data.isPartial && (
        <p className="notice">
          Partial: the API stopped the walk at its depth or size cap, so there is more lineage than listed here.
        </p>
      )}
      {groups.length === 0 && <p className="muted">No lineage is recorded within {depth} hops.</p>}
      {groups.map((group) => (
        <div key={group.degree} className="lineage-group">
          <h4>
            {group.degree} {group.degree === 1 ? 'hop' : 'hops'} away{' '}
            <Count value={group.nodes.length} one="entity" other="entities" />
          </h4>
          <ul>
            {group.nodes.map((node) => {
              const href = entityHref(node.urn, node.type);
              return (
                <li key={node.urn}>
                  {node.side && <span className={`side side--${node.side}`}>{node.side}</span>}
                  {href ? <Link href={href}>{node.name}</Link> : node.name}
                  <span className="link-list__meta">
                    {entityTypeLabel(node.type)}
                    {node.domain && ` · ${node.domain}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
