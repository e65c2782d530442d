/**
 * Input rules for edits, as pure functions that return the cleaned value or
 * throw BAD_USER_INPUT naming the argument. Shared by every edit mutation.
 */
import { isUrn, type UrnType } from '@polder/graph-schema';
import { apiError } from '../../errors.ts';

export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_LIST = 50;

function bad(argument: string, message: string): never {
  throw apiError('BAD_USER_INPUT', `${argument.replace(/^input\./, '')}: ${message}`, { argument });
}

export function checkUrnOf(urn: string, argument = 'input.urn', type?: UrnType): string {
  if (!isUrn(urn, type)) bad(argument, `"${String(urn).slice(0, 200)}" is not a ${type ?? 'Polder'} URN`);
  return urn;
}

export function checkVersion(version: number): number {
  if (!Number.isInteger(version) || version < 0) bad('input.expectedVersion', 'must be the non-negative version you read');
  return version;
}

/**
 * Control characters a person does not type, which would travel on to every page, export and log that
 * shows the text: C0 (NUL, ESC and the like) and C1 controls and DEL. Text of many lines keeps its tabs
 * and line breaks; a one-line value (a name, a label) keeps neither, nor the bidirectional overrides
 * and isolates that make a name read otherwise than it is stored (U+202A–U+202E, U+2066–U+2069).
 */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_IN_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Where `text` holds a character it may not, as `U+001B at character 4`; undefined when it holds none. */
export function controlCharacterIn(text: string, lines: 'one' | 'many'): string | undefined {
  const found = (lines === 'one' ? CONTROL_IN_ONE_LINE : CONTROL_IN_TEXT).exec(text);
  if (!found) return undefined;
  return `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at character ${found.index + 1}`;
}

/** Trimmed text of at most `maxLength` characters, null when blank; `lines: 'one'` for a name or a label. */
export function cleanText(value: string | null | undefined, argument: string, maxLength: number, lines: 'one' | 'many' = 'many'): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > maxLength) bad(argument, `at most ${maxLength.toLocaleString('en')} characters (got ${text.length.toLocaleString('en')})`);
  const control = controlCharacterIn(text, lines);
  if (control) bad(argument, `must not contain control characters (${control})`);
  return text.length === 0 ? null : text;
}

/**
 * Refuses a list that holds one entry in two spellings differing only in case (`PII` and `pii`): they would
 * show as two tags (two synonyms, two owners) that mean one, and which spelling to keep is the person's to
 * say, not the API's. The same spelling twice asks no such question: the lists keep it once. The error names
 * the later entry's position and both spellings: `tags[2]: "pii" repeats "PII" (tags are compared ignoring case)`.
 * `keyOf` says what else two entries must share to be one (an owner is a name with an ownership type).
 */
export function refuseCaseVariants<Value>(values: readonly Value[], argument: string, textOf: (value: Value) => string, keyOf?: (value: Value) => string): void {
  const first = new Map<string, string>();
  values.forEach((value, index) => {
    const text = textOf(value).trim();
    const key = keyOf ? `${caseKey(text)}\u0000${keyOf(value)}` : caseKey(text);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, text);
    else if (earlier !== text) bad(`${argument}[${index}]`, `"${text.slice(0, 100)}" repeats "${earlier.slice(0, 100)}" (${listName(argument)} are compared ignoring case)`);
  });
}

/** How two spellings of one entry compare: ignoring case, as glossary term names do (glossaryEntry.ts, `nameKey`). */
export function caseKey(text: string): string {
  return text.trim().toLocaleLowerCase('en');
}

/** The list an argument names, for a message: `input.tags` → `tags`, `line 3.synonyms` → `synonyms`. */
function listName(argument: string): string {
  return argument.slice(argument.lastIndexOf('.') + 1);
}

/**
 * A list of short labels: trimmed, de-duplicated, each 1–`maxLength` characters, at most `maxItems`; with
 * `ignoreCase`, two spellings of one label are refused (`refuseCaseVariants`).
 */
export function cleanLabels(values: string[], argument: string, options: { maxItems: number; maxLength: number; pattern?: RegExp; patternHint?: string; ignoreCase?: boolean }): string[] {
  if (values.length > options.maxItems) bad(argument, `at most ${options.maxItems} (got ${values.length})`);
  const cleaned = values.map((value, index) => {
    const text = value.trim();
    if (text.length === 0 || text.length > options.maxLength) bad(`${argument}[${index}]`, `must be 1–${options.maxLength} characters`);
    const control = controlCharacterIn(text, 'one');
    if (control) bad(`${argument}[${index}]`, `must not contain control characters (${control})`);
    if (options.pattern && !options.pattern.test(text)) bad(`${argument}[${index}]`, `"${text.slice(0, 100)}" ${options.patternHint ?? 'is not allowed'}`);
    return text;
  });
  if (options.ignoreCase) refuseCaseVariants(cleaned, argument, (text) => text);
  return [...new Set(cleaned)];
}

/**
 * Owners as two parallel lists (Neo4j properties hold lists of scalars, not of maps): each name checked as
 * a one-line name, the same name with the same type kept once, in another spelling refused. One person may
 * answer for two things (a technical and a business owner), so the same name with another type stays.
 * `positions` says where in `owners` each kept one was given, for errors found later (ownerUrns.ts).
 */
export function cleanOwners<Type extends string>(owners: ReadonlyArray<{ name: string; type: Type }>, argument: string): { names: string[]; types: Type[]; positions: number[] } {
  if (owners.length > MAX_LIST) bad(argument, `at most ${MAX_LIST} (got ${owners.length})`);
  const names: string[] = [];
  const types: Type[] = [];
  const positions: number[] = [];
  owners.forEach((owner, index) => {
    const name = cleanText(owner.name, `${argument}[${index}].name`, 200, 'one') ?? bad(`${argument}[${index}].name`, 'must not be empty');
    if (names.some((kept, at) => kept === name && types[at] === owner.type)) return;
    names.push(name);
    types.push(owner.type);
    positions.push(index);
  });
  // People are linked to owner entries ignoring case (people/ownership.ts): `Ana` and `ana` as the same
  // kind of owner are one owner written twice.
  refuseCaseVariants(owners, argument, (owner) => owner.name, (owner) => owner.type);
  return { names, types, positions };
}

export function cleanUrns(values: string[], argument: string, type: UrnType, maxItems: number): string[] {
  if (values.length > maxItems) bad(argument, `at most ${maxItems} (got ${values.length})`);
  values.forEach((value, index) => checkUrnOf(value, `${argument}[${index}]`, type));
  return [...new Set(values)].sort();
}
