/**
 * The glossary's YAML format: `{version: 1, terms: [...]}` with the fields of
 * `GlossaryEntry`; empty lists and nulls are left out on export and default on
 * import.
 */
import { parse, stringify } from 'yaml';
import {
  canonicalEntries,
  emptyEntry,
  isOneOf,
  isTermStatus,
  PROVENANCES,
  RELATION_KINDS,
  RELATION_STATUSES,
  type GlossaryEntry,
} from './glossaryEntry.ts';

export class GlossaryFileError extends Error {
  override name = 'GlossaryFileError';
}

const LIST_FIELDS = ['synonyms', 'acronyms', 'examples', 'owners', 'reviewers', 'classifications', 'columnPatterns'] as const;

export function glossaryToYaml(entries: readonly GlossaryEntry[]): string {
  const terms = canonicalEntries(entries).map((entry) => {
    const out: Record<string, unknown> = { name: entry.name };
    if (entry.definition !== null) out.definition = entry.definition;
    if (entry.parent !== null) out.parent = entry.parent;
    out.termStatus = entry.termStatus;
    for (const field of [...LIST_FIELDS, 'links', 'customProperties', 'relations'] as const) if (entry[field].length > 0) out[field] = entry[field];
    return out;
  });
  return stringify({ version: 1, terms }, { lineWidth: 0 });
}

/** Parses the YAML format; a bad field throws `GlossaryFileError` naming the term (by position and name) and the field. */
export function glossaryFromYaml(text: string): Array<{ line: number; entry: GlossaryEntry }> {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new GlossaryFileError(`not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const terms = (document as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(terms)) throw new GlossaryFileError('expected a mapping with a "terms" list');
  return terms.map((raw, index) => {
    const where = (field: string) => `terms[${index}]${typeof (raw as { name?: unknown })?.name === 'string' ? ` ("${String((raw as { name: string }).name).slice(0, 100)}")` : ''}.${field}`;
    const fail = (field: string, message: string): never => {
      throw new GlossaryFileError(`${where(field)}: ${message}`);
    };
    if (typeof raw !== 'object' || raw === null) fail('name', 'expected a mapping');
    const term = raw as Record<string, unknown>;
    const name = typeof term.name === 'string' ? term.name.trim() : '';
    if (!name) fail('name', 'a term needs a name');
    const entry = emptyEntry(name);
    const text = (field: string): string | null => {
      const value = term[field];
      if (value === undefined || value === null || value === '') return null;
      if (typeof value !== 'string') fail(field, 'expected text');
      return value as string;
    };
    entry.definition = text('definition');
    entry.parent = text('parent');
    const status = text('termStatus') ?? 'DRAFT';
    if (!isTermStatus(status)) fail('termStatus', `"${status}" is not DRAFT, IN_REVIEW, APPROVED, REJECTED or DEPRECATED`);
    entry.termStatus = status as GlossaryEntry['termStatus'];
    for (const field of LIST_FIELDS) {
      const value = term[field] ?? [];
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail(field, 'expected a list of text');
      entry[field] = value as string[];
    }
    entry.links = records(term.links, ['label', 'url'], (message) => fail('links', message)) as unknown as GlossaryEntry['links'];
    entry.customProperties = records(term.customProperties, ['key', 'value'], (message) => fail('customProperties', message)) as unknown as GlossaryEntry['customProperties'];
    entry.relations = records(term.relations, ['kind', 'target', 'provenance', 'relationStatus'], (message) => fail('relations', message)) as unknown as GlossaryEntry['relations'];
    entry.relations.forEach((relation, at) => {
      if (!isOneOf(RELATION_KINDS, relation.kind)) fail(`relations[${at}].kind`, `expected one of ${RELATION_KINDS.join(', ')}`);
      if (!isOneOf(PROVENANCES, relation.provenance)) fail(`relations[${at}].provenance`, `expected one of ${PROVENANCES.join(', ')}`);
      if (!isOneOf(RELATION_STATUSES, relation.relationStatus)) fail(`relations[${at}].relationStatus`, `expected one of ${RELATION_STATUSES.join(', ')}`);
    });
    return { line: index + 1, entry };
  });
}

function records(value: unknown, keys: string[], fail: (message: string) => never): Array<Record<string, string>> {
  if (value === undefined || value === null) return [];
  const valid =
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && keys.every((key) => typeof (item as Record<string, unknown>)[key] === 'string'));
  if (!valid) fail(`expected a list of {${keys.join(', ')}}`);
  return (value as Array<Record<string, string>>).map((item) => Object.fromEntries(keys.map((key) => [key, item[key]!])));
}
