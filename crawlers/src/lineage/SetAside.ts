/**
 * Syntax that node-sql-parser's grammar lacks but lineage needs (DuckDB's `* EXCLUDE (...)`, a
 * FILTER after an aggregate the grammar reads as a plain function, ...) is set aside before
 * parsing and put back into the AST after it (`putBackSetAside.ts`), instead of failing the whole
 * statement. A rewrite reads the SQL's tokens (never a pattern over the raw text) and gives:
 *
 * - `edits`: same-length replacements that leave SQL the grammar reads, so that a parser's line
 *   and column still point at the original text. Where something is to be put back, the edits
 *   leave a call there (`m()`, or the aggregate's own call): node-sql-parser records where a
 *   function call starts, and that offset is how the put-back finds the place;
 * - `restorations`, by that offset: what to put back. Parts that are SQL of their own (a FILTER's
 *   condition, REPLACE's expressions) are read as statements of their own from a copy of the SQL
 *   blanked around them (`subStatementText`), so their lines and columns are the original's too.
 *
 * @example
 * // select * exclude (a) from t  →  select * ,m()       from t
 * // and at offset 10 (the `m`): { kind: 'starModifiers', exclude: [a] } for the select-list item before it
 */
import type { ColumnRef } from './astNodes.ts';

/** Replaces `sql.slice(start, end)` with `text`, of the same length. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A part of the SQL that is read as a statement of its own. */
export interface SubStatement {
  /** The characters kept, `[start, end)`; every other one is blanked. */
  start: number;
  end: number;
  /** The span (inside its parentheses) whose own set-aside syntax is edited as in the main text. */
  inner: { start: number; end: number };
  /** Edits of its own keywords that make it a statement: `FILTER (WHERE c)` → `SELECT  (    c)`. */
  frame: Edit[];
}

export type Restoration =
  /** `f(x) FILTER (WHERE c)`: the call that starts at this offset takes `c` (the one select item of `condition`) as its FILTER. */
  | { kind: 'aggregateFilter'; condition: SubStatement }
  /**
   * DuckDB's `* EXCLUDE (...) REPLACE (...)`: a marker call, the select-list item right after the
   * star's, stands in for them. `replace` is read as `SELECT expression AS column, ...`.
   */
  | { kind: 'starModifiers'; exclude: ColumnRef[]; replace?: SubStatement }
  /** DuckDB's `GROUP BY ALL`: a marker call stands in for ALL. */
  | { kind: 'groupByAll' };

export interface SetAside {
  edits: Edit[];
  restorations: Map<number, Restoration>;
}

export function combineSetAsides(parts: readonly SetAside[]): SetAside {
  return {
    edits: parts.flatMap((part) => part.edits),
    restorations: new Map(parts.flatMap((part) => [...part.restorations])),
  };
}

/** An edit that writes `text` at `start` and blanks the rest of `[start, end)`. */
export function overwrite(start: number, end: number, text = ''): Edit {
  if (text.length > end - start) throw new Error(`"${text}" does not fit in ${end - start} characters`);
  return { start, end, text: text.padEnd(end - start) };
}

/** `sql` with `edits` made; where edits nest, the one around has the last word. */
export function applyEdits(sql: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return sql;
  const characters = sql.split('');
  for (const { start, text } of [...edits].sort((a, b) => a.end - a.start - (b.end - b.start))) {
    for (let offset = 0; offset < text.length; offset++) characters[start + offset] = text[offset]!;
  }
  return characters.join('');
}

/** The statement `part` is, as long as `sql`: blank but for its own characters and line breaks. */
export function subStatementText(sql: string, edits: readonly Edit[], part: SubStatement): string {
  const nested = edits.filter((edit) => edit.start >= part.inner.start && edit.end <= part.inner.end);
  const edited = applyEdits(sql, [...nested, ...part.frame]);
  return blankKeepingLines(edited.slice(0, part.start)) + edited.slice(part.start, part.end) + blankKeepingLines(edited.slice(part.end));
}

function blankKeepingLines(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
