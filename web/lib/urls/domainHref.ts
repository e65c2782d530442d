/** The page of a domain. Like datasetHref, the URN is one path segment, percent-encoded whole (urnFromPathSegment reads it back). */
export function domainHref(urn: string): string {
  return `/domains/${encodeURIComponent(urn)}`;
}
