/**
 * Whether a URL path holds percent-encoding that does not decode (`%ZZ`, or `%E0%A4%A`, a UTF-8
 * sequence cut short). Next decodes a dynamic route's segment before the page runs and, on such a
 * segment, answers a bare 500 of its own (16.4.6: no page, no headers, no log line); proxy.ts asks
 * this first and answers the catalog's 404 instead.
 */
export function hasMalformedEscape(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
