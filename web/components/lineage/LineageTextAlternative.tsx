import Link from 'next/link';
import { useId, useState } from 'react';

import { Count } from '@/components/Count';
import type { LineageLevel } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { describeLineageEdge } from '@/lib/lineage/describeLineage';
import { groupLineageByDegree, lineageNodeLabel } from '@/lib/lineage/groupLineageByDegree';
import type { LineageLayout } from '@/lib/lineage/layoutLineage';
import type { LineagePath } from '@/lib/lineage/lineagePath';
import { entityHref } from '@/lib/urls/entityHref';
import { jobHref } from '@/lib/urls/jobHref';

function groupHeading(degree: number | null, level: LineageLevel): string {
  if (degree === null) return 'Linked through expanded assets';
  if (degree === 0) return level === 'FIELD' ? 'Columns of this dataset' : 'This dataset';
  const hops = Math.abs(degree);
  return `${hops} ${hops === 1 ? 'hop' : 'hops'} ${degree < 0 ? 'upstream' : 'downstream'}`;
}

/**
 * Up to this many assets the list is open as the page loads. A bigger one opens on
 * request and is only then drawn: 500 assets and their edges are a thousand rows, as
 * much work for the browser as the graph itself (issue #6).
 */
export const LIST_OPEN_MAX_NODES = 100;

/**
 * The graph as text, for screen readers and anyone who would rather read: the
 * assets by hop count (each linking to its page) and every edge, saying which
 * cross domains, which job made it (linking to the job's page: across domains,
 * the job that crossed them) and which are on the chosen column's path. It follows the
 * graph as it grows. Open from the start unless the graph is big (LIST_OPEN_MAX_NODES).
 */
export function LineageTextAlternative({ layout, level, path }: { layout: LineageLayout; level: LineageLevel; path: LineagePath | null }) {
  // Once opened, the rows stay drawn (closing only hides them). The same <details> either way, so the summary keeps the focus.
  const [drawn, setDrawn] = useState(() => layout.nodes.length <= LIST_OPEN_MAX_NODES);
  const noun = level === 'FIELD' ? { one: 'column', other: 'columns' } : { one: 'entity', other: 'entities' };
  // The start itself is not listed (groupLineageByDegree leaves it out).
  const count = layout.nodes.filter((node) => node.urn !== layout.root).length;
  return (
    <details className="lineage-list" open={drawn} onToggle={(event) => event.currentTarget.open && setDrawn(true)}>
      <summary>
        As a list <Count value={count} one={noun.one} other={noun.other} />
      </summary>
      {drawn && <LineageTextRows layout={layout} level={level} path={path} noun={noun} />}
    </details>
  );
}

/** The list's groups of assets and its edges. */
function LineageTextRows({ layout, level, path, noun }: { layout: LineageLayout; level: LineageLevel; path: LineagePath | null; noun: { one: string; other: string } }) {
  const edgesId = useId();
  const groups = groupLineageByDegree(layout);
  const byUrn = new Map(layout.nodes.map((node) => [node.urn, node]));
  const edges = layout.edges
    .map((edge) => ({ edge, description: describeLineageEdge(edge, byUrn), onPath: path?.edges.has(edge.id) ?? false }))
    .sort((a, b) => a.description.from.localeCompare(b.description.from) || a.description.to.localeCompare(b.description.to));

  return (
    <>
      {groups.map((group) => (
        <div key={group.degree ?? 'other'} className="lineage-group">
          <h4>
            {groupHeading(group.degree, level)} <Count value={group.nodes.length} one={noun.one} other={noun.other} />
          </h4>
          <ul>
            {group.nodes.map((node) => {
              const href = entityHref(node.urn, node.type);
              const label = lineageNodeLabel(node);
              return (
                <li key={node.urn}>
                  {node.side && <span className={`side side--${node.side}`}>{node.side}</span>}
                  {href ? (
                    // No prefetch: hundreds of links in view would each fetch their page.
                    <Link href={href} prefetch={false}>
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                  <span className="link-list__meta">
                    {entityTypeLabel(node.type)}
                    {node.domain && ` · ${node.domain}`}
                  </span>
                  {path?.nodes.has(node.urn) && <span className="badge badge--path">on the path</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <div className="lineage-group">
        <h4 id={edgesId}>
          Edges <Count value={edges.length} one="edge" other="edges" />
        </h4>
        <ul className="lineage-edge-list" aria-labelledby={edgesId}>
          {edges.map(({ edge, description, onPath }) => (
            <li key={edge.id} className={edge.crossesDomains ? 'lineage-edge-list__item--cross-domain' : undefined}>
              {description.from} <span aria-hidden="true">→</span>
              <span className="visually-hidden"> feeds </span> {description.to}
              {(description.details.length > 0 || description.job) && (
                <span className="link-list__meta">
                  {description.details.join(' · ')}
                  {description.job && (
                    <>
                      {description.details.length > 0 && ' · '}
                      by job{' '}
                      <Link href={jobHref(description.job.urn)} prefetch={false}>
                        {description.job.name}
                      </Link>
                    </>
                  )}
                </span>
              )}
              {onPath && <span className="badge badge--path">on the path</span>}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
