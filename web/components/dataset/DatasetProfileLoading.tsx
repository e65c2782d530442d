/** Where the profile section will be, while its query runs. */
export function DatasetProfileLoading() {
  return (
    <section aria-labelledby="profile-loading-heading" className="loading" aria-busy="true">
      <h2 id="profile-loading-heading">Profile</h2>
      <p role="status">Reading the column profiles…</p>
      <div className="skeleton" />
    </section>
  );
}
