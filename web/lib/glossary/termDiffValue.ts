/**
 * One value of a term's version diff in words. The API sends each as JSON
 * text (null when the field had none): lists read as "a, b", empty ones and
 * nulls as "—", strings as themselves.
 */
export function termDiffValue(json: string | null): string {
  if (json === null) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  return JSON.stringify(value);
}
