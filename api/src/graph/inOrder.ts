/** Groups rows by key, in the order of `keys` (what DataLoader expects): an empty list for a key with no rows. */
export function inOrder<T>(keys: readonly string[], rows: Array<{ key: string; value: T }>): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((key) => groups.get(key)!);
}
