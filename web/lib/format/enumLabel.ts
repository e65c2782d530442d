/**
 * An API enum value as a reader writes it: `PARTITIONED_TABLE` → "Partitioned table",
 * `VIEW` → "View". For values with no word of their own elsewhere (a dataset's kind).
 */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
