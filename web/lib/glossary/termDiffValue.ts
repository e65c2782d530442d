/**
 * One value of a term's version diff in words. The API sends each as JSON
 * text (null when the field had none): lists read as "a, b", empty ones and
 * nulls as "—", strings as themselves, and a URN by its name when the API
 * gave one (`nameOf`: an identity column, a replacement term).
 */
export function termDiffValue(json: string | null, nameOf: ReadonlyMap<string, string> = new Map()): string {
  if (json === null) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return nameOf.get(value) ?? value;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => (typeof item === 'string' ? (nameOf.get(item) ?? item) : itemInWords(item))).join(', ');
  return itemInWords(value);
}

/**
 * One item of a list that is not a string, in words: a link as "label (url)", a custom property
 * as "key: value", any other object as its "key: value" pairs; never raw JSON.
 */
function itemInWords(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  const record = item as Record<string, unknown>;
  if (typeof record.label === 'string' && typeof record.url === 'string') return `${record.label} (${record.url})`;
  if (typeof record.key === 'string' && 'value' in record) return `${record.key}: ${String(record.value)}`;
  return Object.entries(record)
    .map(([key, value]) => `${key}: ${typeof value === 'object' && value !== null ? itemInWords(value) : String(value)}`)
    .join(', ');
}
