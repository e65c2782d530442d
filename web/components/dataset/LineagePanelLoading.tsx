/** What the lineage section shows while the walk is still running. */
export function LineagePanelLoading({ depth }: { depth: number }) {
  return (
    <div className="loading" role="status" aria-busy="true">
      <p>Tracing lineage up to {depth} hops…</p>
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  );
}
