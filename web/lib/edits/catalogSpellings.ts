import { tagCaseKey } from './tagCaseKey';

/**
 * The tags of a box that the catalog spells otherwise, differing only in case (`pii` where it uses `PII`),
 * each with the catalog's spelling, for a hint beside the box: the API takes either, but one tag in two
 * spellings is two facet values to a reader. `catalog` is every tag the catalog was found to use so far.
 *
 *   ['gold', 'pii'], ['PII', 'gold'] → [{ typed: 'pii', catalog: 'PII' }]
 */
export function catalogSpellings(tags: readonly string[], catalog: readonly string[]): Array<{ typed: string; catalog: string }> {
  const spelled = new Map(catalog.map((name) => [tagCaseKey(name), name]));
  return tags.flatMap((typed) => {
    const spelling = spelled.get(tagCaseKey(typed));
    return spelling !== undefined && spelling !== typed ? [{ typed, catalog: spelling }] : [];
  });
}
