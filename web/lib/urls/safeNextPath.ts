/** Any origin will do: only whether parsing keeps it matters. */
const PROBE_ORIGIN = 'http://polder.invalid';

/**
 * `value` when it is a path on this site, else null: never another origin
 * (`//evil.example`, `/\evil.example`, `https:…`), never a control character.
 *
 * Browsers read `\` as `/` and drop tabs and newlines inside URLs, which is how
 * `/\evil.example` or `/\t/evil.example` become another host; so the check is
 * "what a URL parser makes of it stays on our origin", not a prefix test alone.
 */
export function localPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.length > 2000) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value) || value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  // Parsing removes dot segments, so what went in as `/.//evil.example` (or `/%2e//…`, `/a/..//…`) comes
  // out as `//evil.example`: another host to a browser. What is returned is checked, not only what came in.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? null : path;
}

/** True for the sign-in page and the routes under it. */
export function isSignInPath(path: string): boolean {
  return /^\/sign-in(?:[/?#]|$)/.test(path);
}

/**
 * Where to go after signing in: a local path (see localPath), and never the
 * sign-in pages themselves, which would loop. Null when `value` is neither.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  const path = localPath(value);
  return path && !isSignInPath(path) ? path : null;
}
