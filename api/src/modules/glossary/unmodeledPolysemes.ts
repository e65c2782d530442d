import { nameKey } from './glossaryEntry.ts';

export interface DomainTerm {
  urn: string;
  name: string;
  synonyms: readonly string[];
  domain: string;
}

export interface UnmodeledPolysemeFinding {
  /** The shared word, as the first term (by domain) writes it. */
  label: string;
  /** The terms that use it, from at least two domains, ordered by domain then name. */
  terms: DomainTerm[];
}

/**
 * The same word — a term's name or one of its synonyms, regardless of case —
 * defined independently in two or more domain glossaries by terms that are no
 * polyseme's sense yet: each is a polyseme nobody modelled. A group whose terms
 * are the same as another's is reported once (under a name before a synonym).
 */
export function findUnmodeledPolysemes(terms: readonly DomainTerm[]): UnmodeledPolysemeFinding[] {
  const groups = new Map<string, { label: string; byName: boolean; terms: Map<string, DomainTerm> }>();
  const add = (word: string, term: DomainTerm, byName: boolean) => {
    const key = nameKey(word);
    if (!key) return;
    const group = groups.get(key) ?? { label: word.trim(), byName, terms: new Map() };
    if (byName && !group.byName) Object.assign(group, { label: word.trim(), byName: true });
    group.terms.set(term.urn, term);
    groups.set(key, group);
  };
  for (const term of terms) {
    add(term.name, term, true);
    for (const synonym of term.synonyms) add(synonym, term, false);
  }
  const seen = new Set<string>();
  const findings: UnmodeledPolysemeFinding[] = [];
  const ordered = [...groups.values()].sort((a, b) => Number(b.byName) - Number(a.byName) || a.label.localeCompare(b.label));
  for (const group of ordered) {
    const members = [...group.terms.values()].sort((a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name));
    if (new Set(members.map((term) => term.domain)).size < 2) continue;
    const signature = members.map((term) => term.urn).join(' ');
    if (seen.has(signature)) continue;
    seen.add(signature);
    findings.push({ label: group.byName ? members.find((term) => nameKey(term.name) === nameKey(group.label))!.name : group.label, terms: members });
  }
  return findings.sort((a, b) => a.label.localeCompare(b.label));
}
