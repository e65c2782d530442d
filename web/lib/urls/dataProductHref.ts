/** The page of a data product. Like datasetHref, the URN is one path segment, percent-encoded whole (urnFromPathSegment reads it back). */
export function dataProductHref(urn: string): string {
  return `/products/${encodeURIComponent(urn)}`;
}
