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

export function cleanText(value: string | null | undefined, argument: string, maxLength: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > maxLength) bad(argument, `at most ${maxLength.toLocaleString('en')} characters (got ${text.length.toLocaleString('en')})`);
  if (text.includes('\u0000')) bad(argument, 'must not contain NUL characters');
  return text.length === 0 ? null : text;
}

/** A list of short labels: trimmed, de-duplicated, each 1–`maxLength` characters, at most `maxItems`. */
export function cleanLabels(values: string[], argument: string, options: { maxItems: number; maxLength: number; pattern?: RegExp; patternHint?: string }): string[] {
  if (values.length > options.maxItems) bad(argument, `at most ${options.maxItems} (got ${values.length})`);
  const cleaned = values.map((value, index) => {
    const text = value.trim();
    if (text.length === 0 || text.length > options.maxLength) bad(`${argument}[${index}]`, `must be 1–${options.maxLength} characters`);
    if (options.pattern && !options.pattern.test(text)) bad(`${argument}[${index}]`, `"${text.slice(0, 100)}" ${options.patternHint ?? 'is not allowed'}`);
    return text;
  });
  return [...new Set(cleaned)];
}

export function cleanUrns(values: string[], argument: string, type: UrnType, maxItems: number): string[] {
  if (values.length > maxItems) bad(argument, `at most ${maxItems} (got ${values.length})`);
  values.forEach((value, index) => checkUrnOf(value, `${argument}[${index}]`, type));
  return [...new Set(values)].sort();
}
