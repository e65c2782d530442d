/**
 * PostgreSQL writes a type into every cast, and `pg_get_viewdef` adds casts of its own: a
 * view that compares an enum column with a literal comes back as
 * `o.status = 'active'::rental_status`, or `'issued'::billing.invoice_status` when the type's
 * schema is not on the search path. node-sql-parser (5.4) only reads the built-in types it
 * knows after `::` or in `CAST(x AS type)`, so one such cast made the whole view unreadable:
 * the demo stores' enum-typed views all failed this way.
 *
 * A cast's target type never changes lineage (the column is an EXPRESSION source of the
 * cast either way), so this replaces each target type the grammar cannot read by `text`,
 * which it can. What counts as "cannot read" is asked of the grammar itself (is
 * `SELECT NULL::<type>` valid?), not listed here. The SQL is read with a lexer first, so a
 * `::` or a CAST inside a string, a quoted name or a comment is never touched. Lines stay as
 * they were, and columns too unless a type shorter than `text` (`::xml`) was replaced.
 */
import { grammarReads } from './grammarReads.ts';
import { isWord, LEXICONS, matchParentheses, tokenizeSql, type SqlToken } from './tokenizeSql.ts';

/** What replaces an unknown type: a type every grammar knows, with or without `[]` after it. */
const STAND_IN = 'text';

/**
 * First words of PostgreSQL's multi-word types (`national character varying`) that the
 * grammar does not know alone but does as a whole; left as written.
 */
const MULTI_WORD_TYPE_STARTS = new Set(['national', 'nchar']);

export function replaceUnknownCastTypes(sql: string, grammar: string): string {
  if (!sql.includes('::') && !/cast/i.test(sql)) return sql;
  const tokens = tokenizeSql(sql, LEXICONS.postgres);
  const replaced: Array<{ start: number; end: number }> = [];
  const consider = (typeStart: number, mustEndAt?: number): void => {
    const type = typeName(tokens, typeStart);
    if (type === undefined || (mustEndAt !== undefined && type.next !== mustEndAt)) return;
    if (!grammarReads(`SELECT NULL::${type.name}`, grammar)) replaced.push({ start: tokens[typeStart]!.start, end: tokens[type.next - 1]!.end });
  };
  const closing = matchParentheses(tokens);
  tokens.forEach((token, index) => {
    if (token.kind === 'other' && token.text === '::') consider(index + 1);
    // CAST(x AS type): the type runs from the AS at the call's own depth to its closing parenthesis.
    const close = closing?.get(index + 1);
    if ((isWord(token, 'cast') || isWord(token, 'try_cast')) && close !== undefined) {
      const as = lastAsAtDepth(tokens, index + 1, close, closing!);
      if (as !== undefined) consider(as + 1, close);
    }
  });
  let result = '';
  let copied = 0;
  for (const { start, end } of replaced.sort((a, b) => a.start - b.start)) {
    if (start < copied) continue;
    // Padded to the replaced length, so that a parser's line and column point at the original text.
    result += sql.slice(copied, start) + STAND_IN.padEnd(end - start);
    copied = end;
  }
  return result + sql.slice(copied);
}

/**
 * The type name starting at token `start`: a bare or quoted name, qualified or not, with its
 * modifiers (`(10,2)`) but not its array brackets, which `text[]` keeps. `next` is the index
 * of the first token after it.
 */
function typeName(tokens: readonly SqlToken[], start: number): { name: string; next: number } | undefined {
  const isNamePart = (token: SqlToken | undefined) => token?.kind === 'word' || token?.kind === 'quotedName';
  if (!isNamePart(tokens[start])) return undefined;
  let next = start + 1;
  while (tokens[next]?.text === '.' && isNamePart(tokens[next + 1])) next += 2;
  const name = tokens
    .slice(start, next)
    .map((token) => token.text)
    .join('');
  if (next === start + 1 && MULTI_WORD_TYPE_STARTS.has(name.toLowerCase())) return undefined;
  if (tokens[next]?.kind === 'open') {
    let depth = 0;
    do {
      if (tokens[next]?.kind === 'open') depth++;
      if (tokens[next]?.kind === 'close') depth--;
      next++;
    } while (depth > 0 && next < tokens.length);
  }
  return { name, next };
}

/** The last AS directly inside the parentheses opened at token `open` (not in a nested call). */
function lastAsAtDepth(tokens: readonly SqlToken[], open: number, close: number, closing: ReadonlyMap<number, number>): number | undefined {
  let found: number | undefined;
  for (let index = open + 1; index < close; index++) {
    if (tokens[index]!.kind === 'open') index = closing.get(index) ?? index;
    else if (isWord(tokens[index], 'as')) found = index;
  }
  return found;
}
