/** The page of a job (from OpenLineage). Like datasetHref, the URN is one path segment, percent-encoded whole (urnFromPathSegment reads it back). */
export function jobHref(urn: string): string {
  return `/jobs/${encodeURIComponent(urn)}`;
}
