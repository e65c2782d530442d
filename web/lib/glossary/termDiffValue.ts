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
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => (typeof item === 'string' ? (nameOf.get(item) ?? item) : JSON.stringify(item))).join(', ');
  return JSON.stringify(value);
}
