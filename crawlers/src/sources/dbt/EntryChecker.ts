/**
 * Checks the members of one entry of a dbt artifact (a node, a source, a catalog table, a run
 * result) that the mappers read, recording a problem for each one missing or of the wrong kind
 * instead of throwing, so one pass finds them all:
 *
 *   checker.text(node, 'name')   → `nodes["model.x"]: name must be a non-empty string`
 *
 * Optional members may be absent or null; what is not asked for is never looked at, so dbt
 * adding members in a new version changes nothing.
 */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `nodes["model.x"]`: a key as JSON writes it, so a key holding dots or quotes reads unambiguously. */
export function entryPath(member: string, key: string): string {
  return `${member}[${JSON.stringify(key)}]`;
}

export class EntryChecker {
  readonly problems: string[] = [];

  /** `entry` names the entry in every problem, e.g. `nodes["model.x"]`. */
  constructor(private readonly entry: string) {}

  problem(at: string, message: string): void {
    this.problems.push(`${this.entry}: ${at ? `${at} ` : ''}${message}`);
  }

  /** The entry itself, or a member holding an object; undefined (a problem if required) otherwise. */
  object(value: unknown, at: string, required: boolean): Json | undefined {
    if (isObject(value)) return value;
    if (required || (value !== undefined && value !== null)) this.problem(at, 'must be an object');
    return undefined;
  }

  /** A required, non-empty string: a name or an id the mappers build URNs and names from. */
  text(body: Json, key: string, at = ''): string | undefined {
    const value = body[key];
    if (typeof value === 'string' && value !== '') return value;
    this.problem(member(at, key), 'must be a non-empty string');
    return undefined;
  }

  string(body: Json, key: string, at = ''): void {
    this.optional(body, key, at, 'a string', (value) => typeof value === 'string');
  }

  number(body: Json, key: string, at = ''): void {
    this.optional(body, key, at, 'a number', (value) => typeof value === 'number');
  }

  boolean(body: Json, key: string, at = ''): void {
    this.optional(body, key, at, 'true or false', (value) => typeof value === 'boolean');
  }

  strings(body: Json, key: string, at = ''): void {
    this.optional(body, key, at, 'a list of strings', (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
  }

  /** A member holding objects by key (`columns`), each checked by `check`. */
  objectsByKey(body: Json, key: string, at: string, check: (item: Json, at: string) => void): void {
    const path = member(at, key);
    const value = this.object(body[key], path, false);
    if (!value) return;
    for (const [name, item] of Object.entries(value)) {
      const itemAt = entryPath(path, name);
      const object = this.object(item, itemAt, true);
      if (object) check(object, itemAt);
    }
  }

  /** A member holding a list of objects (`constraints`), each checked by `check`. */
  objects(body: Json, key: string, at: string, check: (item: Json, at: string) => void): void {
    const path = member(at, key);
    const value = body[key];
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) return this.problem(path, 'must be a list');
    value.forEach((item, index) => {
      const object = this.object(item, `${path}[${index}]`, true);
      if (object) check(object, `${path}[${index}]`);
    });
  }

  private optional(body: Json, key: string, at: string, expected: string, ok: (value: unknown) => boolean): void {
    const value = body[key];
    if (value !== undefined && value !== null && !ok(value)) this.problem(member(at, key), `must be ${expected}`);
  }
}

function member(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}
