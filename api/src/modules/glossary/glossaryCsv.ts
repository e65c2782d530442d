/**
 * The glossary's CSV format: a header row, then one row per term. Lists of words
 * (synonyms, acronyms, examples, owners, reviewers, classifications,
 * columnPatterns) are written
 * `a|b|c`, with `\|` and `\\` for a literal bar and backslash; links, custom
 * properties and relations are JSON arrays, so nothing in them is ever lost.
 */
import { CsvError, readCsv, writeCsv } from './csv.ts';
import {
  canonicalEntries,
  isOneOf,
  isTermStatus,
  PROVENANCES,
  RELATION_KINDS,
  RELATION_STATUSES,
  WORD_LISTS,
  type CustomProperty,
  type EntryPatch,
  type EntryRelation,
  type GlossaryEntry,
  type TermLink,
} from './glossaryEntry.ts';

/**
 * The columns, in the order exports write them; an import needs all of them, in any order. So a CSV file
 * states every field of each term: an empty cell clears it (as `[]` or `null` in YAML), except termStatus,
 * which a file cannot clear: empty, it keeps the term's status (DRAFT for a new term), as in YAML.
 */
export const CSV_COLUMNS = [
  'name', 'definition', 'parent', 'termStatus', 'synonyms', 'acronyms', 'examples', 'owners', 'reviewers', 'classifications', 'columnPatterns', 'links', 'customProperties', 'relations',
] as const;

export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const rows = canonicalEntries(entries).map((entry) => [
    entry.name,
    entry.definition ?? '',
    entry.parent ?? '',
    entry.termStatus,
    ...WORD_LISTS.map((column) => joinList(entry[column])),
    entry.links.length ? JSON.stringify(entry.links) : '',
    entry.customProperties.length ? JSON.stringify(entry.customProperties) : '',
    entry.relations.length ? JSON.stringify(entry.relations) : '',
  ]);
  return writeCsv([[...CSV_COLUMNS], ...rows]);
}

/** Parses the CSV format; a missing column, a short row or a bad value throws `CsvError` naming line and column. */
export function glossaryFromCsv(text: string): Array<{ line: number; entry: EntryPatch }> {
  const rows = readCsv(text);
  const header = rows[0];
  if (!header) throw new CsvError('the file is empty: expected a header row naming the columns', 1, 1);
  const position = new Map<string, number>();
  header.fields.forEach((name, index) => {
    const column = name.trim();
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) throw new CsvError(`unknown column "${column.slice(0, 100)}" (expected ${CSV_COLUMNS.join(', ')})`, 1, index + 1);
    if (position.has(column)) throw new CsvError(`column "${column}" appears twice`, 1, index + 1);
    position.set(column, index);
  });
  const missing = CSV_COLUMNS.filter((column) => !position.has(column));
  if (missing.length > 0) throw new CsvError(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, 1, header.fields.length + 1);

  return rows.slice(1).filter((row) => !(row.fields.length === 1 && row.fields[0] === '')).map(({ line, fields }) => {
    if (fields.length !== header.fields.length) {
      const column = Math.min(fields.length, header.fields.length) + 1;
      throw new CsvError(
        fields.length < header.fields.length
          ? `missing value for column "${header.fields[fields.length]!.trim()}": the row has ${fields.length} fields, the header ${header.fields.length}`
          : `the row has ${fields.length} fields, the header only ${header.fields.length}`,
        line,
        column,
      );
    }
    const cell = (column: (typeof CSV_COLUMNS)[number]) => fields[position.get(column)!]!;
    const fail = (column: (typeof CSV_COLUMNS)[number], message: string): never => {
      throw new CsvError(`${column}: ${message}`, line, position.get(column)! + 1);
    };
    const name = cell('name').trim();
    if (!name) fail('name', 'a term needs a name');
    // Every field but termStatus, which is stated only when the cell is not empty.
    const entry: EntryPatch = { name, definition: cell('definition') || null, parent: cell('parent').trim() || null };
    const status = cell('termStatus').trim();
    if (status) {
      if (!isTermStatus(status)) fail('termStatus', `"${status.slice(0, 50)}" is not DRAFT, IN_REVIEW, APPROVED, REJECTED or DEPRECATED`);
      entry.termStatus = status as GlossaryEntry['termStatus'];
    }
    for (const column of WORD_LISTS) entry[column] = splitList(cell(column));
    entry.links = parseJsonList(cell('links'), (value) => isRecordOf(value, ['label', 'url']), '[{"label": "...", "url": "..."}]', (message) => fail('links', message)) as TermLink[];
    entry.customProperties = parseJsonList(cell('customProperties'), (value) => isRecordOf(value, ['key', 'value']), '[{"key": "...", "value": "..."}]', (message) => fail('customProperties', message)) as CustomProperty[];
    entry.relations = parseJsonList(
      cell('relations'),
      (value) =>
        isRecordOf(value, ['kind', 'target', 'provenance', 'relationStatus']) &&
        isOneOf(RELATION_KINDS, (value as EntryRelation).kind) &&
        isOneOf(PROVENANCES, (value as EntryRelation).provenance) &&
        isOneOf(RELATION_STATUSES, (value as EntryRelation).relationStatus),
      '[{"kind": "IS_A", "target": "<term name or URN>", "provenance": "MANUAL", "relationStatus": "ACTIVE"}]',
      (message) => fail('relations', message),
    ) as EntryRelation[];
    return { line, entry };
  });
}

function joinList(values: readonly string[]): string {
  return values.map((value) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let current = '';
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]!;
    if (char === '\\' && index + 1 < cell.length) current += cell[++index];
    else if (char === '|') {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items;
}

function parseJsonList(cell: string, valid: (value: unknown) => boolean, shape: string, fail: (message: string) => never): unknown[] {
  if (cell.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    fail(`not JSON (expected ${shape})`);
  }
  if (!Array.isArray(parsed) || !parsed.every(valid)) fail(`expected ${shape}`);
  return parsed as unknown[];
}

function isRecordOf(value: unknown, keys: string[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return Object.keys(record).length === keys.length && keys.every((key) => typeof record[key] === 'string');
}
