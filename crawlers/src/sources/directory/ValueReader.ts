/**
 * Reads typed members out of one file's parsed value, recording a problem at
 * the member's path for each one that is missing or of the wrong kind instead of
 * throwing, so a file's every problem is found in one pass:
 *
 *   reader.string(person, 'displayName', 'people[3]', 'required')   → null, and `people[3].displayName: is required`
 *
 * Only the members asked for are ever read: what a reader does not ask for (a
 * SCIM export's passwords, tokens, extension attributes) never leaves the file.
 */
import type { DirectoryProblem } from './DirectoryError.ts';
import { DOMAIN_ID_RULE, ID_RULE, isDirectoryId, isDomainId, isEmailAddress } from './directoryIds.ts';

export type Requirement = 'required' | 'optional';

/** `people[3]` + `email` → `people[3].email`; a top-level key has no dot. */
export function memberPath(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

export function itemPath(at: string, index: number): string {
  return `${at}[${index}]`;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ValueReader {
  readonly problems: DirectoryProblem[] = [];

  constructor(readonly file: string) {}

  problem(at: string, message: string): void {
    this.problems.push({ file: this.file, at, message });
  }

  mapping(value: unknown, at: string): Record<string, unknown> | null {
    if (isMapping(value)) return value;
    this.problem(at, 'must be a mapping');
    return null;
  }

  /** The items of a list member with their paths; an absent member is an empty list. */
  list(record: Record<string, unknown>, key: string, at: string): Array<{ value: unknown; at: string }> {
    const value = record[key];
    const path = memberPath(at, key);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(path, 'must be a list');
      return [];
    }
    return value.map((item, index) => ({ value: item, at: itemPath(path, index) }));
  }

  /** A string member, trimmed; null when absent (a problem if required) or not a non-empty string. */
  string(record: Record<string, unknown>, key: string, at: string, requirement: Requirement): string | null {
    return this.text(record[key], memberPath(at, key), requirement);
  }

  /** A list item or any other value that must be a non-empty string. */
  text(value: unknown, at: string, requirement: Requirement = 'required'): string | null {
    if (value === undefined || value === null) {
      if (requirement === 'required') this.problem(at, 'is required');
      return null;
    }
    if (typeof value !== 'string') {
      this.problem(at, 'must be a string');
      return null;
    }
    if (value.trim() === '') {
      this.problem(at, 'must not be empty');
      return null;
    }
    return value.trim();
  }

  id(record: Record<string, unknown>, key: string, at: string): string | null {
    const id = this.string(record, key, at, 'required');
    if (id === null || isDirectoryId(id)) return id;
    this.problem(memberPath(at, key), `"${id}" is not a valid id: ${ID_RULE}`);
    return null;
  }

  domainId(record: Record<string, unknown>, key: string, at: string): string | null {
    const id = this.string(record, key, at, 'optional');
    if (id === null || isDomainId(id)) return id;
    this.problem(memberPath(at, key), `"${id}" is not a domain id: ${DOMAIN_ID_RULE}`);
    return null;
  }

  email(value: unknown, at: string): string | null {
    const email = this.text(value, at, 'optional');
    if (email === null || isEmailAddress(email)) return email;
    this.problem(at, `"${email}" is not an e-mail address`);
    return null;
  }

  boolean(record: Record<string, unknown>, key: string, at: string): boolean | null {
    const value = record[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value;
    this.problem(memberPath(at, key), 'must be true or false');
    return null;
  }

  /** A problem for each key not in `allowed`, e.g. `people[0].phone: unknown key: a person has id, displayName, ...`. */
  onlyKeys(record: Record<string, unknown>, at: string, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.problem(memberPath(at, key), `unknown key: ${what} has ${allowed.join(', ')}`);
    }
  }
}
