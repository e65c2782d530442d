/**
 * DuckDB's additions to PostgreSQL's SQL that dbt-duckdb models use and that change lineage,
 * which node-sql-parser's PostgreSQL grammar (the one DuckDB's SQL is read with) lacks:
 *
 * - `* EXCLUDE (a, t.b)` (or `EXCLUDE a`): the star without those columns;
 * - `* REPLACE (lower(c) AS c, ...)` (or `REPLACE expr AS c`): the star, column `c` computed;
 * - `GROUP BY ALL`: grouped by every select-list item that holds no aggregate;
 * - `ORDER BY ALL`: ordered by every output column; order has no bearing on lineage, so it is
 *   blanked and nothing is put back.
 *
 * Each is set aside (see `SetAside.ts`): the star's modifiers become a marker call right after
 * it (`* ,m()`), ALL a marker call (`GROUP BY m()`); `putBackSetAside.ts` then gives the star's
 * select-list item its `starModifiers` and the GROUP BY its `group_by_all` item, which
 * `analyseQuery.ts` applies. `* RENAME (...)` is not read: a star with it is left as written, and
 * the grammar's failure on it becomes the warning.
 */
import type { ColumnRef } from './astNodes.ts';
import { overwrite, type Restoration, type SetAside } from './SetAside.ts';
import { isWord, LEXICONS, matchParentheses, tokenizeSql, type SqlToken } from './tokenizeSql.ts';

/** What follows `GROUP BY ALL` or `ORDER BY ALL` (with its ASC/DESC, NULLS FIRST/LAST) when ALL is the whole clause. */
const CLAUSE_ENDS = new Set(['having', 'window', 'qualify', 'order', 'limit', 'offset', 'fetch', 'for', 'union', 'except', 'intersect', 'using']);

export function setAsideDuckDbSyntax(sql: string): SetAside {
  const aside: SetAside = { edits: [], restorations: new Map<number, Restoration>() };
  const lower = sql.toLowerCase();
  if (!['exclude', 'replace', 'all'].some((word) => lower.includes(word))) return aside;
  const tokens = tokenizeSql(sql, LEXICONS.postgres);
  const closing = matchParentheses(tokens);
  // Unbalanced parentheses: the grammar will say where.
  if (closing === undefined) return aside;
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'other' && token.text === '*' && startsSelectItem(tokens[index - 1])) setAsideStarModifiers(tokens, index, closing, aside);
    if (!isWord(token, 'all') || !isWord(tokens[index - 1], 'by')) continue;
    const clause = tokens[index - 2];
    if (isWord(clause, 'group') && endsClause(tokens[index + 1])) {
      aside.edits.push(overwrite(token.start, token.end, 'm()'));
      aside.restorations.set(token.start, { kind: 'groupByAll' });
    }
    if (isWord(clause, 'order')) {
      let last = index;
      if (isWord(tokens[last + 1], 'asc') || isWord(tokens[last + 1], 'desc')) last++;
      if (isWord(tokens[last + 1], 'nulls') && (isWord(tokens[last + 2], 'first') || isWord(tokens[last + 2], 'last'))) last += 2;
      if (endsClause(tokens[last + 1])) aside.edits.push(overwrite(clause!.start, tokens[last]!.end));
    }
  }
  return aside;
}

/** `SELECT *`, `DISTINCT *`, `, *`, `t.*`; not `a * b`, `count(*)`. */
function startsSelectItem(before: SqlToken | undefined): boolean {
  return isWord(before, 'select') || isWord(before, 'distinct') || isWord(before, 'all') || before?.text === ',' || before?.text === '.';
}

function endsClause(next: SqlToken | undefined): boolean {
  return next === undefined || next.kind === 'close' || next.text === ';' || (next.kind === 'word' && CLAUSE_ENDS.has(next.text.toLowerCase()));
}

/** EXCLUDE, then REPLACE, after the star at `star`, as DuckDB's grammar orders them. */
function setAsideStarModifiers(tokens: readonly SqlToken[], star: number, closing: ReadonlyMap<number, number>, aside: SetAside): void {
  let next = star + 1;
  let exclude: ColumnRef[] = [];
  if (isWord(tokens[next], 'exclude')) {
    const list = tokens[next + 1]?.kind === 'open' ? closing.get(next + 1) : undefined;
    if (list === undefined) {
      const name = columnName(tokens, next + 1, tokens.length);
      if (name === undefined) return;
      exclude = [name.column];
      next = name.next;
    } else {
      const names = columnNames(tokens, next + 2, list);
      if (names === undefined) return;
      exclude = names;
      next = list + 1;
    }
  }
  let replace: Extract<Restoration, { kind: 'starModifiers' }>['replace'];
  if (isWord(tokens[next], 'replace')) {
    const keyword = tokens[next]!;
    const list = tokens[next + 1]?.kind === 'open' ? closing.get(next + 1) : undefined;
    if (list !== undefined) {
      const open = tokens[next + 1]!;
      const close = tokens[list]!;
      const trailingComma = tokens[list - 1]?.text === ',' ? [overwrite(tokens[list - 1]!.start, tokens[list - 1]!.end)] : [];
      // `REPLACE (e AS c, ...)` read as `SELECT  e AS c, ... `.
      replace = {
        start: keyword.start,
        end: close.end,
        inner: { start: open.end, end: close.start },
        frame: [overwrite(keyword.start, keyword.end, 'SELECT'), overwrite(open.start, open.end), overwrite(close.start, close.end), ...trailingComma],
      };
      next = list + 1;
    } else {
      // `REPLACE e AS c`: one item, which ends with the name after its AS.
      const as = asAtDepth(tokens, next + 1, closing);
      if (as === undefined || tokens[as + 1] === undefined) return;
      replace = { start: keyword.start, end: tokens[as + 1]!.end, inner: { start: keyword.end, end: tokens[as + 1]!.end }, frame: [overwrite(keyword.start, keyword.end, 'SELECT')] };
      next = as + 2;
    }
  }
  if (next === star + 1 || isWord(tokens[next], 'rename')) return;
  const start = tokens[star + 1]!.start;
  aside.edits.push(overwrite(start, tokens[next - 1]!.end, ',m()'));
  aside.restorations.set(start + 1, { kind: 'starModifiers', exclude, replace });
}

/** `a, t.b, "C", 'd'` in tokens `[from, to)`, with an optional trailing comma; undefined when it is not such a list. */
function columnNames(tokens: readonly SqlToken[], from: number, to: number): ColumnRef[] | undefined {
  const columns: ColumnRef[] = [];
  for (let index = from; index < to; index++) {
    const name = columnName(tokens, index, to);
    if (name === undefined || (name.next < to && tokens[name.next]?.text !== ',')) return undefined;
    columns.push(name.column);
    index = name.next;
  }
  return columns.length > 0 ? columns : undefined;
}

/** The column name, qualified or not, that starts at token `from` (and ends before `to`); `next` is the token after it. */
function columnName(tokens: readonly SqlToken[], from: number, to: number): { column: ColumnRef; next: number } | undefined {
  const parts: string[] = [];
  let index = from;
  for (;;) {
    const part = tokens[index];
    const isName = part?.kind === 'word' || part?.kind === 'quotedName' || (part?.kind === 'string' && part.text.startsWith("'"));
    if (index >= to || part === undefined || !isName) return undefined;
    parts.push(unquote(part));
    index++;
    if (index + 1 >= to || tokens[index]?.text !== '.') break;
    index++;
  }
  return { column: { qualifier: parts.slice(0, -1), column: parts[parts.length - 1]! }, next: index };
}

/** The first AS at the depth of token `from`, skipping parenthesised parts; undefined past the enclosing `)`. */
function asAtDepth(tokens: readonly SqlToken[], from: number, closing: ReadonlyMap<number, number>): number | undefined {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'open') index = closing.get(index) ?? index;
    else if (token.kind === 'close') return undefined;
    else if (isWord(token, 'as')) return index;
  }
  return undefined;
}

/** A name as DuckDB reads it: `"a""b"` is `a"b`, `'c'` is `c`. */
function unquote(token: SqlToken): string {
  if (token.kind === 'word') return token.text;
  const quote = token.text[0]!;
  return token.text.slice(1, -1).replaceAll(quote + quote, quote);
}
