/**
 * The interchange shape of one glossary term, shared by the CSV and YAML formats,
 * the DataHub importer and the export. Terms refer to one another by name within
 * their glossary (so a glossary exported and imported elsewhere keeps its shape),
 * or by URN when the other term lives in another glossary.
 */
import { TERM_STATUSES, type TermStatus } from '@polder/graph-schema';
import { caseKey } from '../edits/editInputRules.ts';

export const RELATION_KINDS = ['IS_A', 'HAS_A', 'RELATED_TO', 'REPLACED_BY', 'ANTONYM', 'SEE_ALSO'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const PROVENANCES = ['MANUAL', 'IMPORTED', 'INFERRED'] as const;
export type Provenance = (typeof PROVENANCES)[number];
export const RELATION_STATUSES = ['PROPOSED', 'ACTIVE', 'DEPRECATED'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export interface TermLink {
  label: string;
  url: string;
}

export interface CustomProperty {
  key: string;
  value: string;
}

export interface EntryRelation {
  kind: RelationKind;
  /** A term name of the same glossary, or the URN of a term of another glossary. */
  target: string;
  provenance: Provenance;
  relationStatus: RelationStatus;
}

export interface GlossaryEntry {
  name: string;
  definition: string | null;
  /** The name of the parent term (term group) in the same glossary. */
  parent: string | null;
  termStatus: TermStatus;
  synonyms: string[];
  acronyms: string[];
  examples: string[];
  owners: string[];
  reviewers: string[];
  classifications: string[];
  /** Column-name patterns (`*` and `?` wildcards, case-insensitive) for which the term is suggested. */
  columnPatterns: string[];
  links: TermLink[];
  customProperties: CustomProperty[];
  relations: EntryRelation[];
}

/**
 * An entry as a file states it: the name, and the fields the file gives. A field left out is left as
 * the term has it (a new term gets `emptyEntry`'s default); a field given empty (`[]`, null) clears it.
 * So a file naming one term's new definition changes that definition and nothing else.
 */
export type EntryPatch = Pick<GlossaryEntry, 'name'> & Partial<Omit<GlossaryEntry, 'name'>>;

/** `base` with what `patch` states: its name, and each field it gives. */
export function patched(base: GlossaryEntry, patch: EntryPatch): GlossaryEntry {
  const stated = Object.entries(patch).filter(([, value]) => value !== undefined);
  return { ...base, ...Object.fromEntries(stated) };
}

export function emptyEntry(name: string): GlossaryEntry {
  return {
    name,
    definition: null,
    parent: null,
    termStatus: 'DRAFT',
    synonyms: [],
    acronyms: [],
    examples: [],
    owners: [],
    reviewers: [],
    classifications: [],
    columnPatterns: [],
    links: [],
    customProperties: [],
    relations: [],
  };
}

/** The fields that are lists of words: their order means nothing. */
export const WORD_LISTS = ['synonyms', 'acronyms', 'examples', 'owners', 'reviewers', 'classifications', 'columnPatterns'] as const;

export function isTermStatus(value: string): value is TermStatus {
  return (TERM_STATUSES as readonly string[]).includes(value);
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** The case-insensitive key of the one-name-per-glossary rule: the key every list of the API compares spellings by. */
export function nameKey(name: string): string {
  return caseKey(name);
}

/** Entries in the order exports write them: by name key, relations by kind then target. */
export function canonicalEntries(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries]
    .map((entry) => ({ ...entry, relations: [...entry.relations].sort((a, b) => a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target)) }))
    .sort((a, b) => nameKey(a.name).localeCompare(nameKey(b.name)));
}

/**
 * The entry as JSON with a fixed key order, so two entries compare equal exactly when they mean the same.
 * Lists of words compare as sets, as `updateGlossaryTerm` compares them (termContent.ts, `sameContent`):
 * a file listing a term's synonyms in another order says nothing new.
 */
export function entryFingerprint(entry: GlossaryEntry): string {
  const [canonical] = canonicalEntries([{ ...entry, ...Object.fromEntries(WORD_LISTS.map((field) => [field, [...entry[field]].sort()])) }]);
  return JSON.stringify([
    canonical!.name,
    canonical!.definition,
    canonical!.parent,
    canonical!.termStatus,
    canonical!.synonyms,
    canonical!.acronyms,
    canonical!.examples,
    canonical!.owners,
    canonical!.reviewers,
    canonical!.classifications,
    canonical!.columnPatterns,
    canonical!.links.map((link) => [link.label, link.url]),
    canonical!.customProperties.map((property) => [property.key, property.value]),
    canonical!.relations.map((relation) => [relation.kind, relation.target, relation.provenance, relation.relationStatus]),
  ]);
}
