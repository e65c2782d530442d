/**
 * What a configuration problem says when its schema gives no message of its own: plain words with
 * what was given and what is expected, instead of the validation library's text
 * (`Too small: expected number to be >=1`, `Invalid option: expected one of "mesh"|"private"`):
 *
 *   must be at least 1, not 0
 *   must be mesh or private, not "public"
 *   must be one of postgres, mysql, sqlite, dbt, contract, directory, not "postgress" (did you mean postgres?)
 *   unknown key "target_dir" (did you mean "targetDir"?)
 *
 * Used as zod's per-parse error map (`safeParse(value, { error: plainIssueMessage })`), so a message a
 * schema sets itself (`a port number from 1 to 65535`) still wins. The caller puts the key path and
 * the file or env var in front.
 *
 * A given value is quoted back, so that the reader sees what Polder read (YAML's `no` is false, `010`
 * is 8), except a URL that is refused as one, and the password in any URL (`postgres://crawler:***@db`):
 * a connection string written where a mapping belongs carries one.
 */
import type { z } from 'zod';
import { closestName } from './closestName.ts';

export interface PlainIssueOptions {
  /**
   * The keys a person may write where an object schema with `keys` stands at `path`, when they differ
   * from the schema's own (polder.yaml's top level writes `sources`, which the schema holds under `mesh`).
   */
  keysAt?: (path: readonly PropertyKey[], keys: string[]) => string[];
}

export function plainIssueMessage(issue: z.core.$ZodRawIssue, options: PlainIssueOptions = {}): string | undefined {
  const given = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (given === undefined) return 'is required';
      return `must be ${expectedType(issue.expected)}, not ${shown(given)}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false, given);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false, given);
    case 'invalid_value':
      return oneOfMessage(issue.values, given);
    case 'invalid_union': {
      // A discriminated union names the key that picks the form (`kind`) and the values it takes.
      const options = (issue as { options?: readonly unknown[] }).options;
      if (issue.discriminator !== undefined && options) {
        const chosen = typeof given === 'object' && given !== null ? (given as Record<string, unknown>)[issue.discriminator] : undefined;
        return oneOfMessage(options, chosen);
      }
      return unionMessage(issue.errors, given);
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'must be a URL (scheme://host:port)';
      if (issue.format === 'regex' && 'pattern' in issue) return `must match ${String(issue.pattern)}, not ${shown(given)}`;
      return `must be a valid ${issue.format}, not ${shown(given)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}, not ${shown(given)}`;
    case 'unrecognized_keys':
      return unknownKeysMessage(issue.keys, knownKeys(issue.inst, issue.path ?? [], options));
    case 'invalid_key':
      return 'has a key that is not valid';
    case 'invalid_element':
      return 'has a value that is not valid';
    default:
      return 'is not valid';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  map: 'a mapping (key: value)',
  null: 'empty',
};

function expectedType(expected: string): string {
  return TYPE_WORDS[expected] ?? `a ${expected}`;
}

/** A value as the message quotes it: strings in quotes, lists and mappings by kind (they may be long). */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  // YAML reads `key:` with nothing after it as null.
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const withoutPassword = value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/i, '$1***@');
    return JSON.stringify(withoutPassword.length > 80 ? `${withoutPassword.slice(0, 77)}...` : withoutPassword);
  }
  return String(value);
}

function tooSmall(origin: string, minimum: number, inclusive: boolean, given: unknown): string {
  if (origin === 'string') return minimum === 1 ? 'must not be empty' : `must be at least ${minimum} characters long, not ${lengthOf(given)}`;
  if (origin === 'array' || origin === 'set') return minimum === 1 ? 'must list at least one item, not none' : `must list at least ${minimum} items, not ${lengthOf(given)}`;
  return `must be ${inclusive ? 'at least' : 'above'} ${minimum}, not ${shown(given)}`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean, given: unknown): string {
  if (origin === 'string') return `must be at most ${maximum} characters long, not ${lengthOf(given)}`;
  if (origin === 'array' || origin === 'set') return `must list at most ${maximum} items, not ${lengthOf(given)}`;
  return `must be ${inclusive ? 'at most' : 'below'} ${maximum}, not ${shown(given)}`;
}

function lengthOf(value: unknown): string {
  return typeof value === 'string' || Array.isArray(value) ? String(value.length) : shown(value);
}

/** `must be mesh or private, not "public"`, with the value meant when the given one is a typo of it. */
function oneOfMessage(values: readonly unknown[], given: unknown): string {
  const names = values.filter((value) => value !== undefined && value !== null).map(String);
  const choice = names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} or ${names[1]}` : `one of ${names.join(', ')}`;
  if (given === undefined) return `is required: ${choice}`;
  const meant = typeof given === 'string' ? closestName(given, names) : undefined;
  return `must be ${choice}, not ${shown(given)}${meant ? ` (did you mean ${meant}?)` : ''}`;
}

/** A union whose every form wants another type (`true`/`"true"`, a name or a mapping) says which types; else no form fits. */
function unionMessage(alternatives: ReadonlyArray<ReadonlyArray<{ code?: string; path?: readonly PropertyKey[]; expected?: string }>>, given: unknown): string {
  const expected = alternatives.map((issues) => issues.find((issue) => issue.code === 'invalid_type' && (issue.path ?? []).length === 0)?.expected);
  if (alternatives.length > 0 && expected.every((type) => type !== undefined)) {
    const words = [...new Set(expected.map((type) => expectedType(type!)))];
    return `must be ${words.join(' or ')}, not ${shown(given)}`;
  }
  return `is not in any form this key takes (given ${shown(given)})`;
}

function knownKeys(inst: unknown, path: readonly PropertyKey[], options: PlainIssueOptions): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  const keys = shape ? Object.keys(shape) : [];
  return options.keysAt ? options.keysAt(path, keys) : keys;
}

/** `unknown key "target_dir" (did you mean "targetDir"?)`; without a near one, the keys that are known there. */
function unknownKeysMessage(unknown: readonly string[], known: readonly string[]): string {
  const guesses = unknown.map((key) => closestName(key, known));
  const named = unknown.map((key, index) => `"${key}"${guesses[index] ? ` (did you mean "${guesses[index]}"?)` : ''}`).join(', ');
  const list = guesses.some((guess) => guess === undefined) && known.length > 0 ? `; known keys here: ${known.join(', ')}` : '';
  return `unknown key${unknown.length === 1 ? '' : 's'} ${named}${list}`;
}
