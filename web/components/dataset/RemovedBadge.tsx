/** Marks a dataset the crawler no longer finds; every other status goes unmarked. */
export function RemovedBadge({ status }: { status: string }) {
  if (status !== 'REMOVED') return null;
  return (
    <span className="badge badge--removed" title="The last crawl of its source no longer found this dataset">
      Removed
    </span>
  );
}
