import type { FacetHit } from 'meilisearch';
import type { TagUsage } from './tagUsage.type.ts';

/**
 * The tags Meilisearch's facet search found for what was typed, as `tags` answers them: those that start
 * with it, most used first (then by name), at most `limit`.
 *
 * Meilisearch matches a facet value on the first word typed only, and forgives typos in it: for
 * `personal x` or `personnal` it finds `personal-data`, which a person typing either is not writing. So
 * each value found is checked again as starting with the whole of what was typed, compared as
 * Meilisearch compares (ignoring case, accents and the separators between words):
 *
 *   [{value: 'personal-data', count: 2}, {value: 'personal info', count: 5}, {value: 'PII', count: 9}], 'Personal d', 10
 *   → [{name: 'personal-data', count: 2}]
 */
export function rankTagUsages(found: readonly FacetHit[], prefix: string, limit: number): TagUsage[] {
  const typed = matchKey(prefix);
  return found
    .filter((hit) => matchKey(hit.value).startsWith(typed))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'))
    .slice(0, limit)
    .map((hit) => ({ name: hit.value, count: hit.count }));
}

/** `Café-Data ` → `cafe data`: lower case, accents dropped, each run of spaces and punctuation one space. */
function matchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
