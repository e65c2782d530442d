import type { LineageLevel } from '@/lib/api';

/** What the lineage section shows while the walk is still running. */
export function LineagePanelLoading({ depth, level = 'DATASET' }: { depth: number; level?: LineageLevel }) {
  return (
    <div className="loading" role="status" aria-busy="true">
      <p>
        Tracing {level === 'FIELD' ? 'column lineage' : 'lineage'} up to {depth} {depth === 1 ? 'hop' : 'hops'}…
      </p>
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  );
}
