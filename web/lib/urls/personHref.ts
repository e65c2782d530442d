/** The page of a person of the directory. Like datasetHref, the URN is one path segment, percent-encoded whole (urnFromPathSegment reads it back). */
export function personHref(urn: string): string {
  return `/people/${encodeURIComponent(urn)}`;
}
