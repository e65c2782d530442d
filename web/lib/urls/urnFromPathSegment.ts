/**
 * The URN held by a `/datasets/[urn]` path segment (the inverse of
 * datasetHref), or null when the segment is not valid percent-encoding.
 *
 * Next hands the same segment to a page still percent-encoded, but to
 * `generateMetadata` already decoded (seen on 16.4.6). A URN always holds `:`,
 * which datasetHref encodes, so a segment starting with `urn:` has been decoded
 * already; decoding it again would corrupt a URN that contains `%`.
 */
export function urnFromPathSegment(segment: string): string | null {
  if (segment.startsWith('urn:')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
