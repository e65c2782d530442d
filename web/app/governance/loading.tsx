/** Shown while the compliance of the mesh is read. */
export default function GovernanceLoading() {
  return (
    <section className="governance-page" aria-busy="true">
      <h1>Governance</h1>
      <p className="muted" role="status">
        Reading policy compliance…
      </p>
    </section>
  );
}
