/**
 * The glossary's YAML format: `{version: 1, terms: [...]}` with the fields of `GlossaryEntry`.
 *
 * An export writes every field of every term, empty ones too, so importing it sets each term to exactly
 * what was exported, as a CSV file (every column) does. A hand-written file may leave fields out: a field
 * left out is left as the term has it, one given empty (`[]`, `null`, `""`) is cleared (`EntryPatch`), and
 * a termStatus left out or empty keeps the term's status (DRAFT for a new term). `version` may be left out
 * too, meaning 1: a glossary seed embeds bare `{terms: [...]}`, and 1 is the only version there has been.
 *
 * A key the format does not know is refused, naming the closest known one: ignored, a misspelt
 * `defintion` would import the term without its definition, and say nothing.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { closestName } from '@polder/runtime';
import { isOneOf, isTermStatus, PROVENANCES, RELATION_KINDS, RELATION_STATUSES, WORD_LISTS, canonicalEntries, type EntryPatch, type GlossaryEntry } from './glossaryEntry.ts';

export class GlossaryFileError extends Error {
  override name = 'GlossaryFileError';

  /** `line`, when known, is where in the file the problem is; the message starts with it. */
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

/** The versions of the format this Polder reads. */
export const YAML_VERSIONS = [1] as const;
const FILE_KEYS = ['version', 'terms'];
/** A term's keys, in the order exports write them. */
const TERM_KEYS = ['name', 'definition', 'parent', 'termStatus', ...WORD_LISTS, 'links', 'customProperties', 'relations'] as const;
const RECORD_KEYS = { links: ['label', 'url'], customProperties: ['key', 'value'], relations: ['kind', 'target', 'provenance', 'relationStatus'] } as const;

type Path = ReadonlyArray<string | number>;
type Raw = Record<string, unknown>;

export function glossaryToYaml(entries: readonly GlossaryEntry[]): string {
  const terms = canonicalEntries(entries).map((entry) => Object.fromEntries(TERM_KEYS.map((key) => [key, entry[key]])));
  return stringify({ version: YAML_VERSIONS.at(-1), terms }, { lineWidth: 0 });
}

/** Parses the YAML format; anything wrong throws `GlossaryFileError` naming the line, the term (by position and name) and the key. */
export function glossaryFromYaml(text: string): Array<{ line: number; entry: EntryPatch }> {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const broken = document.errors[0];
  if (broken) throw new GlossaryFileError(`not YAML: ${broken.message.split('\n')[0]}`);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new GlossaryFileError(`not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return glossaryFromValue(value, (path) => lineAt(document, lines, path));
}

/**
 * Reads a glossary file already parsed (a glossary seed embeds one per glossary); `lineOf` tells where a
 * key or an item is in the file, when that is known. Each entry's `line` is its term's line, else its position.
 */
export function glossaryFromValue(document: unknown, lineOf: (path: Path) => number | undefined = () => undefined): Array<{ line: number; entry: EntryPatch }> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new GlossaryFileError('expected a mapping with a "terms" list');
  const file = document as Raw;
  const stray = Object.keys(file).find((key) => !FILE_KEYS.includes(key));
  if (stray !== undefined) {
    const hint = ['nodes', 'source', 'owners', 'url'].includes(stray) ? 'a DataHub business_glossary.yml imports with format DATAHUB_YAML' : `a glossary file has ${FILE_KEYS.join(' and ')}`;
    throw new GlossaryFileError(unknownKey(stray, FILE_KEYS, hint), lineOf([stray]));
  }
  if (file.version !== undefined && !YAML_VERSIONS.some((version) => String(version) === String(file.version))) {
    throw new GlossaryFileError(`version ${JSON.stringify(file.version)?.slice(0, 50)} is not supported (supported: ${YAML_VERSIONS.join(', ')})`, lineOf(['version']));
  }
  if (!Array.isArray(file.terms)) throw new GlossaryFileError('expected a mapping with a "terms" list', lineOf(['terms']));

  return file.terms.map((raw: unknown, index) => {
    const named = typeof (raw as Raw | null)?.name === 'string' ? ` ("${String((raw as Raw).name).slice(0, 100)}")` : '';
    // `at` is where the line is taken from: an unknown key is named in the message, found at its own line.
    const fail = (path: Path, message: string, at: Path = path): never => {
      throw new GlossaryFileError(`terms[${index}]${named}${path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}: ${message}`, lineOf(['terms', index, ...at]));
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail([], 'expected a mapping (name, definition, ...)');
    const term = raw as Raw;
    const stray = Object.keys(term).find((key) => !(TERM_KEYS as readonly string[]).includes(key));
    if (stray !== undefined) fail([], unknownKey(stray, TERM_KEYS, `a term's keys are ${TERM_KEYS.join(', ')}`), [stray]);
    const name = typeof term.name === 'string' ? term.name.trim() : '';
    if (!name) fail(['name'], 'a term needs a name');

    // Only what the term states: a key left out leaves the term's own value (EntryPatch).
    const entry: EntryPatch = { name };
    const states = (key: string) => Object.hasOwn(term, key);
    const text = (key: string): string | null => {
      const value = term[key];
      if (value === null || value === '') return null;
      if (typeof value !== 'string') fail([key], 'expected text');
      return value as string;
    };
    if (states('definition')) entry.definition = text('definition');
    if (states('parent')) entry.parent = text('parent');
    const status = states('termStatus') ? text('termStatus') : null;
    if (status !== null) {
      if (!isTermStatus(status)) fail(['termStatus'], `"${status.slice(0, 50)}" is not DRAFT, IN_REVIEW, APPROVED, REJECTED or DEPRECATED`);
      entry.termStatus = status as GlossaryEntry['termStatus'];
    }
    for (const field of WORD_LISTS.filter(states)) {
      const value = term[field] ?? [];
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail([field], 'expected a list of text');
      entry[field] = value as string[];
    }
    for (const field of (['links', 'customProperties', 'relations'] as const).filter(states)) {
      (entry as Raw)[field] = records(term[field], RECORD_KEYS[field], (path, message, at = path) => fail([field, ...path], message, [field, ...at]));
    }
    entry.relations?.forEach((relation, at) => {
      if (!isOneOf(RELATION_KINDS, relation.kind)) fail(['relations', at, 'kind'], `expected one of ${RELATION_KINDS.join(', ')}`);
      if (!isOneOf(PROVENANCES, relation.provenance)) fail(['relations', at, 'provenance'], `expected one of ${PROVENANCES.join(', ')}`);
      if (!isOneOf(RELATION_STATUSES, relation.relationStatus)) fail(['relations', at, 'relationStatus'], `expected one of ${RELATION_STATUSES.join(', ')}`);
    });
    return { line: lineOf(['terms', index]) ?? index + 1, entry };
  });
}

/** A list of records with exactly `keys`, each text; null is an empty list. */
function records(value: unknown, keys: readonly string[], fail: (path: Path, message: string, at?: Path) => never): Array<Record<string, string>> {
  if (value === null) return [];
  const shape = `{${keys.join(', ')}}`;
  if (!Array.isArray(value)) fail([], `expected a list of ${shape}`);
  return (value as unknown[]).map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) fail([index], `expected ${shape}`);
    const record = item as Raw;
    const stray = Object.keys(record).find((key) => !keys.includes(key));
    if (stray !== undefined) fail([index], unknownKey(stray, keys, `expected ${shape}`), [index, stray]);
    const missing = keys.find((key) => typeof record[key] !== 'string');
    if (missing !== undefined) fail([index, missing], 'expected text');
    return Object.fromEntries(keys.map((key) => [key, record[key] as string]));
  });
}

function unknownKey(key: string, known: readonly string[], otherwise: string): string {
  const meant = closestName(key, known);
  return `unknown key "${key.slice(0, 100)}" (${meant ? `did you mean "${meant}"?` : otherwise})`;
}

/** The line of the key or item at `path`, or of the nearest enclosing one the file has. */
function lineAt(document: Document, lines: LineCounter, path: Path): number | undefined {
  let node: unknown = document.contents;
  let offset = (node as { range?: number[] } | null)?.range?.[0];
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      offset = (node as { range?: number[] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}
