/** The page of a team of the directory. Like datasetHref, the URN is one path segment, percent-encoded whole (urnFromPathSegment reads it back). */
export function teamHref(urn: string): string {
  return `/teams/${encodeURIComponent(urn)}`;
}
