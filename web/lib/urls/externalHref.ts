/**
 * `url` when a browser may follow it from a page of the catalog: an absolute http(s) address. Anything
 * else (`javascript:`, `data:`, a relative path someone typed into a term's links) is null, and shown as text.
 */
export function externalHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
