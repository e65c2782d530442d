/**
 * A map key for a catalog object: a relation (`catalogKey(schema, name)`) or a column
 * (`catalogKey(schema, table, column)`). Names are joined with NUL, which PostgreSQL names
 * cannot hold, where a dot would be ambiguous: `"a.b".c` and `a."b.c"` are two tables, and a
 * partition tree keyed by `schema.name` walked from one into the other for ever.
 *
 * A key of keys is the key of their parts: `catalogKey(catalogKey('a', 'b'), 'c')` is `catalogKey('a', 'b', 'c')`.
 */
export function catalogKey(...names: string[]): string {
  return names.join('\u0000');
}
