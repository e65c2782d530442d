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

/** A list of short labels: trimmed, de-duplicated, each 1–`maxLength` characters, at most `maxItems`. */
export function cleanLabels(values: string[], argument: string, options: { maxItems: number; maxLength: number; pattern?: RegExp; patternHint?: string }): string[] {
  if (values.length > options.maxItems) bad(argument, `at most ${options.maxItems} (got ${values.length})`);
  const cleaned = values.map((value, index) => {
    const text = value.trim();
    if (text.length === 0 || text.length > options.maxLength) bad(`${argument}[${index}]`, `must be 1–${options.maxLength} characters`);
    const control = controlCharacterIn(text, 'one');
    if (control) bad(`${argument}[${index}]`, `must not contain control characters (${control})`);
    if (options.pattern && !options.pattern.test(text)) bad(`${argument}[${index}]`, `"${text.slice(0, 100)}" ${options.patternHint ?? 'is not allowed'}`);
    return text;
  });
  return [...new Set(cleaned)];
}

/**
 * Owners as two parallel lists (Neo4j properties hold lists of scalars, not of maps): each name checked as
 * a one-line name, the same name with the same type kept once. One person may answer for two things
 * (a technical and a business owner), so the same name with another type stays.
 */
export function cleanOwners<Type extends string>(owners: ReadonlyArray<{ name: string; type: Type }>, argument: string): { names: string[]; types: Type[] } {
  if (owners.length > MAX_LIST) bad(argument, `at most ${MAX_LIST} (got ${owners.length})`);
  const names: string[] = [];
  const types: Type[] = [];
  owners.forEach((owner, index) => {
    const name = cleanText(owner.name, `${argument}[${index}].name`, 200, 'one') ?? bad(`${argument}[${index}].name`, 'must not be empty');
    if (names.some((kept, at) => kept === name && types[at] === owner.type)) return;
    names.push(name);
    types.push(owner.type);
  });
  return { names, types };
}

export function cleanUrns(values: string[], argument: string, type: UrnType, maxItems: number): string[] {
  if (values.length > maxItems) bad(argument, `at most ${maxItems} (got ${values.length})`);
  values.forEach((value, index) => checkUrnOf(value, `${argument}[${index}]`, type));
  return [...new Set(values)].sort();
}
