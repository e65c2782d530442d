/**
 * A name's words in the other grammatical number, `rental_order` → `rental orders`, `deliveries` →
 * `delivery`: people search for "invoices" where the table is `invoice`. Meilisearch does not stem; it
 * matches a query's last word as a prefix (so "invoice" finds `invoices`), but "invoices" finds
 * `invoice` only as a typo, ranked below every exact "invoices" in a description or column name. The
 * document carries these forms as a searchable attribute right after the name (searchIndexSettings.ts).
 *
 * English rules only, on lower-case letters: a word they do not fit (a short one, digits, `status`,
 * `analysis`) is left out, not guessed at; irregular plurals (people, children) are not made.
 */

/**
 * The name with one word at a time in its other number, then with all of them, each after the name's own
 * words: `rental_order` → `rental order rentals order`, `rental order rental orders`, `rental order rentals
 * orders`. One word at a time keeps a query's words side by side in one value ("rental orders"), as they are
 * in a description that says so. The name's own words first, so that no value is exactly a query: Meilisearch's
 * exactness rule would otherwise rank the domain `Rentals` (forms: `rental`) with the table `rental` for
 * "rental", and leave it to trust. Empty when no word has a form.
 */
export function otherNumberForms(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const forms = words.map(otherNumberForm);
  const swapped = (which: (index: number) => boolean) => [...words, ...words.map((word, index) => (which(index) ? (forms[index] ?? word) : word))].join(' ');
  const variants = forms.flatMap((form, index) => (form === undefined ? [] : [swapped((other) => other === index)]));
  if (variants.length > 1) variants.push(swapped(() => true));
  return variants;
}

function otherNumberForm(word: string): string | undefined {
  if (!/^[a-z]{3,}$/.test(word)) return undefined;
  // Singular of a plural, where the ending says so.
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return undefined; // class, status, analysis: singular already, plural unsure
  if (word.endsWith('s')) return word.slice(0, -1);
  // Plural of a singular.
  if (/(?:x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
