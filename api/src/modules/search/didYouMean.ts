/**
 * "Did you mean": Meilisearch forgives typos when it matches, but does not say
 * what it understood. This compares each query word with the words of the hits'
 * names and, when a word is missing from them but one of theirs is a typo away,
 * proposes the query with that word corrected: `custmer ordr` → `customer order`.
 *
 * When nothing matched at all, a word was beyond Meilisearch's own typo budget:
 * the search then gathers names by each word's first letters (`vocabularyPrefixes`:
 * three letters, and five, which Meilisearch matches as a prefix with one typo, so
 * a typo early in the word is reached too) and allows one typo more than
 * Meilisearch does (`BEYOND_MEILISEARCH`): `cstomr` (two edits) → `customer`.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** How many edits a word of this length may be away from its correction. */
export type TypoBudget = (length: number) => number;

/** Meilisearch's default typo tolerance: 1 typo from 5 letters, 2 from 9. */
export const AS_MEILISEARCH: TypoBudget = (length) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** For a query that matched nothing: one more than Meilisearch forgives, from 4 letters. */
export const BEYOND_MEILISEARCH: TypoBudget = (length) => (length >= 9 ? 3 : length >= 5 ? 2 : length >= 4 ? 1 : 0);

/** The prefixes to gather candidate names by when nothing matched: each word's first three and five letters (at most 5 words). */
export function vocabularyPrefixes(query: string): string[] {
  const words = [...new Set((query.toLowerCase().match(WORD) ?? []).filter((word) => word.length >= 4 && !/^\p{N}+$/u.test(word)))].slice(0, 5);
  return [...new Set(words.flatMap((word) => [word.slice(0, 3), word.slice(0, 5)]))];
}

export function didYouMean(query: string, hitNames: string[], budgetOf: TypoBudget = AS_MEILISEARCH): string | null {
  const vocabulary = new Set(hitNames.flatMap((name) => name.toLowerCase().match(WORD) ?? []));
  if (vocabulary.size === 0) return null;
  let changed = false;
  const corrected = query.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (vocabulary.has(lower) || /^\p{N}+$/u.test(lower)) return word;
    const closest = closestWord(lower, vocabulary, budgetOf(lower.length));
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? corrected : null;
}

/** The nearest word within the budget, ties to the shorter. */
function closestWord(word: string, vocabulary: Set<string>, budget: number): string | null {
  if (budget === 0) return null;
  let best: string | null = null;
  let bestDistance = budget + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > budget) continue;
    const distance = editDistance(word, candidate, budget);
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate.length < best.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= budget ? best : null;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
