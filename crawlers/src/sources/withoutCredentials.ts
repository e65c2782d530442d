/**
 * SQL as stored for people to read (a view's definition, a dbt model's compiled SQL, an OpenLineage
 * job's SQL), with the credentials it may spell out masked. A view over `dblink('host=db user=etl
 * password=S3cret', …)` or a foreign table's `'postgres://etl:S3cret@db/shop'` holds a password in
 * the source; the graph, the search index and every reader of the catalog must not. Masked:
 *
 * - a URI's password: `postgres://etl:S3cret@db` → `postgres://etl:***@db`;
 * - inside a string literal, a `key=value` whose key names a secret (libpq's conninfo, ODBC
 *   strings): `'host=db password=S3cret'` → `'host=db password=***'`;
 * - a string literal given to such a key: `PASSWORD = 'S3cret'`, `password => 'S3cret'`.
 *
 * Only literals are touched, so a comparison of columns (`WHERE u.token = t.token`) reads as
 * written. Lineage is parsed from the SQL as the source has it, not from this.
 */
const SECRET_KEY = '(?:password|passwd|pwd|passphrase|secret|secret_?key|secret_access_key|aws_secret_key|aws_secret_access_key|access_?key|api_?key|token|sslpassword)';
// A scheme starts where a run of scheme characters starts, and is at most 32 long: with neither bound, a long run
// of letters (a 64 KiB literal of a dbt model, a job's SQL in a pushed OpenLineage event) was tried from each of
// its positions to its end, looking for "://": quadratic, 10 s for 64 KiB, hours for megabytes.
const URI_PASSWORD = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/?#:@'"]*):[^\s/?#@'"]*@/g;
const STRING_LITERAL = /'(?:[^']|'')*'/g;
const SECRET_PAIR_IN_LITERAL = new RegExp(`(\\b${SECRET_KEY}\\s*=\\s*)(?:"[^"]*"|[^\\s;'"]+)`, 'gi');
const LITERAL_FOR_SECRET_KEY = new RegExp(`(\\b${SECRET_KEY}\\s*(?:=>|=|:)\\s*)'(?:[^']|'')*'`, 'gi');

export function withoutCredentials(sql: string): string;
export function withoutCredentials(sql: string | null): string | null;
export function withoutCredentials(sql: string | null): string | null {
  if (sql === null) return null;
  return sql
    .replace(LITERAL_FOR_SECRET_KEY, "$1'***'")
    .replace(STRING_LITERAL, (literal) => literal.replace(SECRET_PAIR_IN_LITERAL, '$1***'))
    .replace(URI_PASSWORD, '$1:***@');
}
