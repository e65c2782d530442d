/**
 * A term's content (everything but its place in the graph: parent, relations,
 * status), how it is checked, and how it maps to node properties. One set of
 * rules for the edit mutations and the importers.
 */
import { apiError } from '../../errors.ts';
import { caseKey, cleanText, controlCharacterIn, MAX_DESCRIPTION_LENGTH, MAX_LIST, refuseCaseVariants } from '../edits/editInputRules.ts';
import { sameMembers, sameValue } from '../edits/unchanged.ts';
import { nameKey, WORD_LISTS, type CustomProperty, type GlossaryEntry, type TermLink } from './glossaryEntry.ts';

export const CONTENT_FIELDS = ['name', 'definition', 'synonyms', 'acronyms', 'examples', 'owners', 'reviewers', 'classifications', 'columnPatterns', 'links', 'customProperties'] as const;

/** A glossary entry's content: the fields above, as the entry has them. */
export type TermContent = Pick<GlossaryEntry, (typeof CONTENT_FIELDS)[number]>;

type Props = Record<string, unknown>;

function bad(argument: string, message: string): never {
  throw apiError('BAD_USER_INPUT', `${argument.replace(/^input\./, '')}: ${message}`, { argument });
}

/** A control character in `value` (edits/editInputRules.ts), refused naming which and where. */
function refuseControlCharacters(value: string, argument: string, lines: 'one' | 'many'): void {
  const control = controlCharacterIn(value, lines);
  if (control) bad(argument, `must not contain control characters (${control})`);
}

interface WordRules {
  maxLength: number;
  pattern?: [RegExp, string];
  lines?: 'one' | 'many';
  /** Two spellings differing only in case are refused (editInputRules.ts, `refuseCaseVariants`). */
  ignoreCase?: boolean;
}

function words(values: readonly string[], argument: string, rules: WordRules): string[] {
  if (values.length > MAX_LIST) bad(argument, `at most ${MAX_LIST} (got ${values.length})`);
  const seen = new Set<string>();
  const kept = values.flatMap((value, index) => {
    if (typeof value !== 'string' || value.trim().length === 0 || value.length > rules.maxLength) bad(`${argument}[${index}]`, `must be 1–${rules.maxLength} characters`);
    refuseControlCharacters(value, `${argument}[${index}]`, rules.lines ?? 'one');
    if (rules.pattern && !rules.pattern[0].test(value)) bad(`${argument}[${index}]`, `"${value.slice(0, 100)}" ${rules.pattern[1]}`);
    if (seen.has(value)) return [];
    seen.add(value);
    return [value];
  });
  if (rules.ignoreCase) refuseCaseVariants(values, argument, (value) => value);
  return kept;
}

/** Refuses another name of the term (a synonym, an acronym) that is its own name again, in any case: it says nothing. */
function refuseOwnName(values: readonly string[], name: string, argument: string): void {
  const index = values.findIndex((value) => caseKey(value) === caseKey(name));
  if (index >= 0) bad(`${argument}[${index}]`, `"${values[index]!.slice(0, 100)}" is the term's own name ("${name.slice(0, 100)}"), not another name for it`);
}

/** Checks content; throws BAD_USER_INPUT naming the argument (prefixed with `where`, e.g. `input` or `line 12`). */
export function checkTermContent(content: TermContent, where = 'input'): TermContent {
  const name = cleanText(content.name, `${where}.name`, 200, 'one');
  if (!name) bad(`${where}.name`, 'a term needs a name');
  const keys = new Set<string>();
  const customProperties = content.customProperties.map((property, index) => {
    if (!property.key.trim() || property.key.length > 100) bad(`${where}.customProperties[${index}].key`, 'must be 1–100 characters');
    if (property.value.length > 2000) bad(`${where}.customProperties[${index}].value`, 'at most 2,000 characters');
    refuseControlCharacters(property.key, `${where}.customProperties[${index}].key`, 'one');
    refuseControlCharacters(property.value, `${where}.customProperties[${index}].value`, 'many');
    if (keys.has(property.key)) bad(`${where}.customProperties[${index}].key`, `"${property.key.slice(0, 100)}" appears twice`);
    keys.add(property.key);
    return { key: property.key, value: property.value };
  });
  if (customProperties.length > MAX_LIST) bad(`${where}.customProperties`, `at most ${MAX_LIST}`);
  if (content.links.length > MAX_LIST) bad(`${where}.links`, `at most ${MAX_LIST}`);
  const links = content.links.map((link, index) => {
    if (!link.label.trim() || link.label.length > 200) bad(`${where}.links[${index}].label`, 'must be 1–200 characters');
    refuseControlCharacters(link.label, `${where}.links[${index}].label`, 'one');
    if (!/^https?:\/\/\S+$/.test(link.url) || link.url.length > 2000) bad(`${where}.links[${index}].url`, `"${link.url.slice(0, 100)}" is not an http(s) address`);
    return { label: link.label, url: link.url };
  });
  const synonyms = words(content.synonyms, `${where}.synonyms`, { maxLength: 200, ignoreCase: true });
  const acronyms = words(content.acronyms, `${where}.acronyms`, { maxLength: 50, ignoreCase: true });
  refuseOwnName(content.synonyms, name, `${where}.synonyms`);
  refuseOwnName(content.acronyms, name, `${where}.acronyms`);
  return {
    name,
    // Kept as written (markdown), not trimmed: an export must give back exactly what was imported.
    definition: content.definition === null || content.definition === '' ? null : checkDefinition(content.definition, `${where}.definition`),
    synonyms,
    acronyms,
    // Examples are text where case is content (a code `NL`, a sentence), compared as written; reviewers are
    // accounts, whose usernames are lower-case (namedAccounts.ts refuses another spelling); classifications
    // are upper-case by their pattern. The other lists are matched ignoring case (search, term suggestions,
    // owners linked to people), so two spellings of one entry are refused.
    examples: words(content.examples, `${where}.examples`, { maxLength: 1000, lines: 'many' }),
    owners: words(content.owners, `${where}.owners`, { maxLength: 100, ignoreCase: true }),
    reviewers: words(content.reviewers, `${where}.reviewers`, { maxLength: 100 }),
    classifications: words(content.classifications, `${where}.classifications`, { maxLength: 50, pattern: [/^[A-Z][A-Z0-9_]*$/, 'must be upper-case letters, digits and _, e.g. PII'] }),
    columnPatterns: words(content.columnPatterns, `${where}.columnPatterns`, {
      maxLength: 100,
      pattern: [/^[A-Za-z0-9_*?$.-]+$/, 'must be letters, digits, _ $ . - and the wildcards * and ?'],
      ignoreCase: true,
    }),
    links,
    customProperties,
  };
}

function checkDefinition(text: string, argument: string): string {
  if (text.length > MAX_DESCRIPTION_LENGTH) bad(argument, `at most ${MAX_DESCRIPTION_LENGTH.toLocaleString('en')} characters (got ${text.length.toLocaleString('en')})`);
  refuseControlCharacters(text, argument, 'many');
  return text;
}

/** The node properties that hold the content. */
export function contentProperties(content: TermContent): Props {
  return {
    name: content.name,
    nameKey: nameKey(content.name),
    definition: content.definition,
    synonyms: content.synonyms,
    acronyms: content.acronyms,
    examples: content.examples,
    owners: content.owners,
    reviewers: content.reviewers,
    classifications: content.classifications,
    columnPatterns: content.columnPatterns,
    linksJson: JSON.stringify(content.links),
    customPropertiesJson: JSON.stringify(content.customProperties),
  };
}

/** The content a node holds; terms written before the glossary existed get empty lists. */
export function contentOf(props: Props): TermContent {
  const list = (key: string) => (props[key] as string[] | undefined) ?? [];
  return {
    name: props.name as string,
    definition: (props.definition as string | null | undefined) ?? null,
    synonyms: list('synonyms'),
    acronyms: list('acronyms'),
    examples: list('examples'),
    owners: list('owners'),
    reviewers: list('reviewers'),
    classifications: list('classifications'),
    columnPatterns: list('columnPatterns'),
    links: JSON.parse((props.linksJson as string | undefined) ?? '[]') as TermLink[],
    customProperties: JSON.parse((props.customPropertiesJson as string | undefined) ?? '[]') as CustomProperty[],
  };
}

/**
 * The `fields` whose values differ between two contents. Lists of words compare as sets: synonyms (or
 * owners, ...) in another order say nothing new, so saving them so is no change, and leaves no version.
 * Links and custom properties compare as written.
 */
export function changedContent<Field extends keyof TermContent>(before: TermContent, after: TermContent, fields: readonly Field[]): Field[] {
  const words = WORD_LISTS as readonly string[];
  return fields.filter((field) =>
    words.includes(field) ? !sameMembers(before[field] as string[], after[field] as string[]) : !sameValue(before[field], after[field]),
  );
}

export function contentOfEntry(entry: GlossaryEntry): TermContent {
  return Object.fromEntries(CONTENT_FIELDS.map((field) => [field, entry[field]])) as unknown as TermContent;
}
