/**
 * Exact identifiers first. A query written as an identifier (`fct_orders`, `public.customer`,
 * `rentals.public.customer`) names one asset: the assets whose qualified name ends with it
 * (`identifiers`, searchDocument.ts) come before every other hit, whatever Meilisearch's text rules
 * make of the words (`public.customer` is two words that a hundred `public.customer_*` tables match
 * just as well).
 *
 * The results are two disjoint lists, the exact matches then the rest, paged as one:
 *
 *   3 exact matches, page start 2, count 5 → exact matches from 2 (1 of them), the rest from 0 (4 of them)
 *   3 exact matches, page start 10, count 5 → no exact match, the rest from 7
 */

/** A single token with a `.` or `_` inside, letters and digits around: how identifiers are written, not prose. */
export function looksLikeIdentifier(query: string): boolean {
  return /^[\p{L}\p{N}$]+(?:[._][\p{L}\p{N}$]+)+$/u.test(query.trim());
}

/** Where the page continues in the rest, once the exact matches it shows are known. */
export function restOfPage(page: { start: number; count: number }, exact: { total: number; shown: number }): { offset: number; limit: number } {
  return { offset: Math.max(0, page.start - exact.total), limit: page.count - exact.shown };
}
