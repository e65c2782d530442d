import type { SearchHitFields } from '@/lib/api';

/**
 * The columns a hit matched through, each once, in order. The API reports each
 * matched column as a highlight of field `column` whose snippet is the column
 * name with the matching words marked, e.g. `<mark>customer</mark>_id`.
 */
export function matchedColumns(highlights: SearchHitFields['highlights']): string[] {
  const names = highlights
    .filter((highlight) => highlight.field === 'column')
    .map((highlight) => highlight.snippet.replaceAll('<mark>', '').replaceAll('</mark>', ''));
  return [...new Set(names)];
}
