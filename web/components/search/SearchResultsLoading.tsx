/** Placeholder while the first results of a page load stream in. */
export function SearchResultsLoading() {
  return (
    <div className="loading" role="status" aria-busy="true">
      <p>Searching the catalog…</p>
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  );
}
