/**
 * A list of records as a record keyed by one of their members, for flattenMeta:
 *
 *   keyedBy([{ role: 'reader', access: 'read' }], 'role') → { reader: { access: 'read' } }
 *   → flattenMeta(..., 'role') → { 'role.reader.access': 'read' }
 *
 * ODCS names roles, servers and support channels uniquely by that member; should
 * two share a name, the last wins.
 */
export function keyedBy<T extends object, K extends keyof T>(items: T[] | undefined, key: K): Record<string, Omit<T, K>> {
  return Object.fromEntries(
    (items ?? []).map((item) => {
      const { [key]: name, ...rest } = item;
      return [String(name), rest];
    }),
  );
}
