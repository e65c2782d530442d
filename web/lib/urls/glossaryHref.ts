/**
 * The page of a glossary term and of a polyseme. Like datasetHref, the URN is
 * one path segment, percent-encoded whole (urnFromPathSegment reads it back).
 */
export function glossaryTermHref(urn: string): string {
  return `/glossary/terms/${encodeURIComponent(urn)}`;
}

export function polysemeHref(urn: string): string {
  return `/polysemes/${encodeURIComponent(urn)}`;
}
