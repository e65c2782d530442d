/**
 * The rule that proposes a glossary term for a column, by the column's name:
 *
 * - the name, a synonym or an acronym of the term, written as a column name
 *   (`Email address` → `email_address`), is the column name, or ends it after an
 *   underscore (`billing_email` for "Email"; acronyms only whole: `clv`);
 * - or one of the term's column patterns matches the whole name (`*` any run,
 *   `?` one character; case-insensitive).
 *
 * Returns why it matched, in words a steward reads, or null.
 */
export interface SuggestibleTerm {
  name: string;
  synonyms: readonly string[];
  acronyms: readonly string[];
  columnPatterns: readonly string[];
}

/** `Email address` → `email_address`; `customerId` → `customer_id`. */
export function asColumnName(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function suggestionReason(column: string, term: SuggestibleTerm): string | null {
  const name = asColumnName(column);
  if (!name) return null;
  const words: Array<[string, string]> = [['name', term.name], ...term.synonyms.map((synonym): [string, string] => ['synonym', synonym])];
  for (const [kind, word] of words) {
    const wanted = asColumnName(word);
    if (wanted && (name === wanted || name.endsWith(`_${wanted}`))) return `column name "${column}" matches the term's ${kind} "${word}"`;
  }
  for (const acronym of term.acronyms) if (asColumnName(acronym) === name) return `column name "${column}" is the term's acronym "${acronym}"`;
  for (const pattern of term.columnPatterns) if (globMatches(pattern, column)) return `column name "${column}" matches the term's pattern "${pattern}"`;
  return null;
}

function globMatches(pattern: string, text: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(text);
}
