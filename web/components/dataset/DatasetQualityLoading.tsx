/** Where the trust and quality sections will be, while their query runs. */
export function DatasetQualityLoading() {
  return (
    <section aria-labelledby="trust-loading-heading" className="loading" aria-busy="true">
      <h2 id="trust-loading-heading">Trust and quality</h2>
      <p role="status">Reading the trust score, quality checks and open incidents…</p>
      <div className="skeleton" />
    </section>
  );
}
