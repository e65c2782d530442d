/**
 * Polder URNs: `urn:polder:<type>:<id>`.
 *
 * An id is either a plain token (`rentals`) or a tuple of parts in parentheses
 * (`(postgres,rentals-db,rentals.public.customer)`). A part may itself be a URN,
 * which is how a field names its dataset:
 *
 *   urn:polder:field:(urn:polder:dataset:(postgres,rentals-db,rentals.public.customer),email)
 *
 * `,` `(` `)` are reserved: they structure tuples. A name holding one (a column
 * "price (EUR)", a table "a,b") has it percent-encoded in its part, `%2C` `%28`
 * `%29`, as DataHub does; so has white space at either end of a part, which a form
 * or a URL would trim (`%20`). `%` itself is not encoded: every URN that needs no
 * encoding keeps the form it always had, and the same string is found in Neo4j,
 * Meilisearch, logs and browser URLs alike. The price is that a name spelling an
 * encoding out ("a%28b") has the URN of the name it encodes ("a(b"): a store would
 * have to hold both, side by side in one table, for that to matter.
 */

export const URN_TYPES = [
  'domain',
  'dataProduct',
  'source',
  'dataset',
  'field',
  'job',
  'run',
  'glossaryTerm',
  'polyseme',
  'person',
  'team',
  'qualityCheck',
  'checkResult',
  'policy',
  'policyFinding',
  'change',
  'incident',
  'suggestion',
  'profileRun',
  'columnProfile',
] as const;
export type UrnType = (typeof URN_TYPES)[number];

/** A part of a tuple id: a plain string, or a nested URN. */
export type UrnPart = string | Urn;

export interface Urn {
  type: UrnType;
  /** One part for a plain id, several for a tuple id. */
  parts: UrnPart[];
}

export class InvalidUrnError extends Error {
  override name = 'InvalidUrnError';
}

const PREFIX = 'urn:polder:';
const RESERVED = /[(),]/;
const MAX_LENGTH = 2048;

/** A plain part as it stands in a URN: its reserved characters, and white space at its ends, percent-encoded. */
export function encodeUrnPart(part: string): string {
  const reservedEncoded = part.replace(/[(),]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return reservedEncoded.replace(/^\s+|\s+$/gu, (space) => encodeURIComponent(space));
}

/** A part as a person reads it (a column's dataset named in a history entry): what `encodeUrnPart` encoded, decoded. */
export function decodeUrnPart(part: string): string {
  return part.replace(/(?:%[0-9A-Fa-f]{2})+/g, (encoded) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(encoded);
    } catch {
      return encoded; // not UTF-8: a name's own "%" followed by hex digits
    }
    return /^[(),\s]+$/u.test(decoded) ? decoded : encoded;
  });
}

/** Formats a URN; throws `InvalidUrnError` when a part is empty or the URN too long. */
export function formatUrn(type: UrnType, ...parts: UrnPart[]): string {
  if (!URN_TYPES.includes(type)) throw new InvalidUrnError(`Unknown URN type "${type}"`);
  if (parts.length === 0) throw new InvalidUrnError(`A ${type} URN needs at least one id part`);
  const rendered = parts.map((part, index) => {
    if (typeof part !== 'string') return formatUrn(part.type, ...part.parts);
    if (part.length === 0) throw new InvalidUrnError(`Part ${index + 1} of a ${type} URN is empty`);
    return encodeUrnPart(part);
  });
  const urn = PREFIX + type + ':' + (parts.length === 1 && typeof parts[0] === 'string' ? rendered[0] : `(${rendered.join(',')})`);
  if (urn.length > MAX_LENGTH) throw new InvalidUrnError(`URN is longer than ${MAX_LENGTH} characters`);
  return urn;
}

/** Parses a URN string; throws `InvalidUrnError` naming what is wrong and where. */
export function parseUrn(text: string): Urn {
  if (typeof text !== 'string') throw new InvalidUrnError('A URN must be a string');
  if (text.length > MAX_LENGTH) throw new InvalidUrnError(`URN is longer than ${MAX_LENGTH} characters`);
  const parser = new UrnParser(text);
  const urn = parser.readUrn();
  parser.expectEnd();
  return urn;
}

/** True when `text` is a well-formed URN (of `type`, when given). */
export function isUrn(text: unknown, type?: UrnType): text is string {
  if (typeof text !== 'string') return false;
  try {
    const parsed = parseUrn(text);
    return type === undefined || parsed.type === type;
  } catch {
    return false;
  }
}

/** The type of a URN string, parsed and validated. */
export function urnType(text: string): UrnType {
  return parseUrn(text).type;
}

class UrnParser {
  private position = 0;
  constructor(private readonly text: string) {}

  readUrn(): Urn {
    const start = this.position;
    if (!this.text.startsWith(PREFIX, this.position)) {
      throw this.error(`expected "${PREFIX}"`, start);
    }
    this.position += PREFIX.length;
    const typeEnd = this.text.indexOf(':', this.position);
    if (typeEnd < 0) throw this.error('expected "<type>:" after "urn:polder:"', this.position);
    const type = this.text.slice(this.position, typeEnd);
    if (!(URN_TYPES as readonly string[]).includes(type)) {
      throw this.error(`unknown type "${type}" (expected one of ${URN_TYPES.join(', ')})`, this.position);
    }
    this.position = typeEnd + 1;
    if (this.peek() === '(') return { type: type as UrnType, parts: this.readTuple() };
    return { type: type as UrnType, parts: [this.readPlain()] };
  }

  expectEnd(): void {
    if (this.position !== this.text.length) throw this.error(`unexpected "${this.text[this.position]}"`, this.position);
  }

  private readTuple(): UrnPart[] {
    this.position++; // "("
    const parts: UrnPart[] = [];
    for (;;) {
      parts.push(this.text.startsWith(PREFIX, this.position) ? this.readUrn() : this.readPlain());
      const next = this.peek();
      this.position++;
      if (next === ')') return parts;
      if (next !== ',') throw this.error(next === undefined ? 'unclosed "("' : `expected "," or ")"`, this.position - 1);
    }
  }

  private readPlain(): string {
    const start = this.position;
    while (this.position < this.text.length && !RESERVED.test(this.text[this.position]!)) this.position++;
    if (this.position === start) throw this.error('empty id part', start);
    return this.text.slice(start, this.position);
  }

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private error(message: string, at: number): InvalidUrnError {
    return new InvalidUrnError(`Invalid URN "${this.text}": ${message} at character ${at + 1}`);
  }
}
