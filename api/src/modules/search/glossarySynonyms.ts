/**
 * Meilisearch synonyms from the glossary: a term's name, synonyms and acronyms
 * all mean one another, so a search for "renter" also finds what is named
 * "customer". Words are lower-cased; a word used by several terms gets all
 * their words (Meilisearch synonyms are not transitive, so each list is whole).
 */
export function glossarySynonyms(terms: ReadonlyArray<{ name: string; synonyms: readonly string[]; acronyms: readonly string[] }>): Record<string, string[]> {
  const byWord = new Map<string, Set<string>>();
  for (const term of terms) {
    const words = [...new Set([term.name, ...term.synonyms, ...term.acronyms].map((word) => word.trim().toLowerCase()).filter(Boolean))];
    if (words.length < 2) continue;
    for (const word of words) {
      const others = byWord.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      byWord.set(word, others);
    }
  }
  return Object.fromEntries([...byWord].sort(([a], [b]) => a.localeCompare(b)).map(([word, others]) => [word, [...others].sort()]));
}
