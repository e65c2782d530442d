/** Marks a person or team the directory no longer lists; an active one goes unmarked. */
export function DirectoryStatusBadge({ status }: { status: string }) {
  if (status !== 'REMOVED') return null;
  return (
    <span className="badge badge--removed" title="The directory no longer lists them: nobody's member or owner any more">
      Removed
    </span>
  );
}
