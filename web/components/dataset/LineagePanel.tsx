import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { LineageExplorer } from '@/components/lineage/LineageExplorer';
import { getLineage } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { groupLineageByDegree } from '@/lib/lineage/groupLineageByDegree';
import { layoutLineage } from '@/lib/lineage/layoutLineage';
import { entityHref } from '@/lib/urls/entityHref';

/**
 * Everything within `depth` hops of the dataset, both ways: the graph, and
 * the same as a plain list, nearest first (for screen readers, and browsers
 * without JS). Streamed in after the page.
 */
export async function LineagePanel({ urn, depth }: { urn: string; depth: number }) {
  const result = await getLineage(urn, depth);
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const groups = groupLineageByDegree(result.data);
  const layout = groups.length === 0 ? null : await layoutLineage(result.data);
  const count = groups.reduce((sum, group) => sum + group.nodes.length, 0);

  return (
    <>
      {result.data.isPartial && (
        <p className="notice" role="note">
          Partial: the API stopped the walk at its depth or size cap, so there is more lineage than shown here.
        </p>
      )}
      {layout === null ? (
        <p className="muted">No lineage is recorded within {depth} hops.</p>
      ) : (
        <>
          <p id="lineage-graph-label" className="visually-hidden">
            Lineage graph: upstream on the left, downstream on the right. The same assets are listed after it.
          </p>
          <LineageExplorer layout={layout} labelledBy="lineage-graph-label" />
          <details className="lineage-list" open>
            <summary>
              As a list <Count value={count} one="entity" other="entities" />
            </summary>
            {groups.map((group) => {
              const hops = Math.abs(group.degree);
              const direction = group.degree < 0 ? ' upstream' : group.degree > 0 ? ' downstream' : '';
              return (
                <div key={group.degree} className="lineage-group">
                  <h4>
                    {hops} {hops === 1 ? 'hop' : 'hops'}
                    {direction} <Count value={group.nodes.length} one="entity" other="entities" />
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
              );
            })}
          </details>
        </>
      )}
    </>
  );
}
