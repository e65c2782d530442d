/**
 * The URI with the password of its authority masked, or undefined when it carries none. OpenLineage
 * namespaces are connection URIs (`postgres://db:5432`), and a producer that builds them from its
 * connection string sends the credentials along; a password must never reach a URN, a property or
 * the search index, nor the error that refuses it:
 *
 *   postgres://etl:S3cret@db:5432/shop  →  postgres://etl:***@db:5432/shop
 *   postgres://etl@db:5432              →  undefined (a user name alone is no secret)
 *   s3://bucket/a:b@c                   →  undefined (the `@` is in the path, not the authority)
 *
 * The authority is what RFC 3986 says: from `//` to the first `/`, `?` or `#`; its user info runs
 * to the last `@` in it (an unescaped `@` in a password is common), the password from its first `:`.
 */
const AUTHORITY = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)/;

export function maskUriPassword(uri: string): string | undefined {
  const match = AUTHORITY.exec(uri);
  if (!match) return undefined;
  const [whole, scheme, authority] = match as unknown as [string, string, string];
  const at = authority.lastIndexOf('@');
  const colon = authority.indexOf(':');
  if (at < 0 || colon < 0 || colon > at) return undefined;
  return `${scheme}${authority.slice(0, colon)}:***${authority.slice(at)}${uri.slice(whole.length)}`;
}
