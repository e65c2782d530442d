/**
 * MariaDB and MySQL do not keep a view's SQL as it was written: they store their own
 * canonical form, which nests the joins of every FROM clause in parentheses, left-deep:
 *
 *   select ... from ((`sakila`.`customer` `cu` join `sakila`.`address` `a` on(...)) join `sakila`.`city` on(...))
 *
 * node-sql-parser (5.4) accepts parentheses around a FROM clause only when they all open
 * before its first table and all close after its last join, so it rejects that form with
 * "parentheses not match in from clause". Joins nested left-deep are read in the same order
 * without their parentheses, so this blanks the run of parentheses that opens right after
 * FROM, and the parentheses that close them:
 *
 *   select ... from   `sakila`.`customer` `cu` join `sakila`.`address` `a` on(...)  join `sakila`.`city` on(...)
 *
 * Each removed parenthesis becomes a space, so a parser's line and column still point at
 * the original text. Parentheses of subqueries (`from (select ...)`), of ON conditions and
 * of a join nested on the right (`a join (b join c on ...) on ...`) are left alone.
 */
export interface SqlLexicon {
  /** `'it\'s'`: MySQL and MariaDB; SQLite reads a backslash as itself. */
  backslashEscapes: boolean;
  /** `# comment`: MySQL and MariaDB. */
  hashComments: boolean;
  /** `[quoted name]`: SQLite (and SQL Server). */
  bracketQuotes: boolean;
}

interface Token {
  kind: 'word' | 'quotedName' | 'string' | 'open' | 'close' | 'other';
  start: number;
  text: string;
}

// What may follow `from (` when the parenthesis opens a subquery rather than a join group.
const QUERY_STARTS = new Set(['select', 'with', 'values', 'table']);

export function dropJoinGroupParentheses(sql: string, lexicon: SqlLexicon): string {
  const tokens = tokenize(sql, lexicon);
  const closing = matchParentheses(tokens);
  if (!closing) return sql; // Unbalanced: leave it to the parser to say where.

  const blanked: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.text.toLowerCase() !== 'from') return;
    let next = index + 1;
    const run: number[] = [];
    while (tokens[next]?.kind === 'open') run.push(next++);
    const first = tokens[next];
    const opensTable = first?.kind === 'quotedName' || (first?.kind === 'word' && !QUERY_STARTS.has(first.text.toLowerCase()));
    if (run.length === 0 || !opensTable) return;
    for (const open of run) blanked.push(tokens[open]!.start, tokens[closing.get(open)!]!.start);
  });
  // Positions count UTF-16 code units, as `split('')` does.
  const characters = sql.split('');
  for (const position of blanked) characters[position] = ' ';
  return characters.join('');
}

/** Index of the matching `)` of every `(`, or undefined when they do not balance. */
function matchParentheses(tokens: Token[]): Map<number, number> | undefined {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'open') open.push(index);
    if (token.kind !== 'close') continue;
    const opener = open.pop();
    if (opener === undefined) return undefined;
    closing.set(opener, index);
  }
  return open.length === 0 ? closing : undefined;
}

/**
 * Just enough of a SQL lexer to tell structure from text: a parenthesis or a FROM inside a
 * string, a quoted name or a comment is not one.
 */
function tokenize(sql: string, lexicon: SqlLexicon): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const at = (offset = 0) => sql[position + offset] ?? '';
  while (position < sql.length) {
    const start = position;
    const character = at();
    if (/\s/.test(character)) {
      position++;
    } else if (character === '-' && at(1) === '-' && (!lexicon.hashComments || /\s|^$/.test(at(2)))) {
      // MySQL reads `--` as a comment only when a space follows (`a--1` is `a - -1`).
      position = endOfLine(sql, position);
    } else if (character === '#' && lexicon.hashComments) {
      position = endOfLine(sql, position);
    } else if (character === '/' && at(1) === '*') {
      const end = sql.indexOf('*/', position + 2);
      position = end < 0 ? sql.length : end + 2;
    } else if (character === "'" || character === '"' || character === '`' || (character === '[' && lexicon.bracketQuotes)) {
      const close = character === '[' ? ']' : character;
      position = endOfQuoted(sql, position, close, lexicon.backslashEscapes && close !== '`' && close !== ']');
      // A double-quoted text is a name in SQLite (and in ANSI mode), a string in MySQL's default mode;
      // after FROM it can only be a name.
      tokens.push({ kind: character === "'" ? 'string' : 'quotedName', start, text: sql.slice(start, position) });
    } else if (/[\p{L}\p{N}_$]/u.test(character)) {
      while (position < sql.length && /[\p{L}\p{N}_$]/u.test(at())) position++;
      tokens.push({ kind: 'word', start, text: sql.slice(start, position) });
    } else {
      position++;
      tokens.push({ kind: character === '(' ? 'open' : character === ')' ? 'close' : 'other', start, text: character });
    }
  }
  return tokens;
}

function endOfLine(sql: string, from: number): number {
  const end = sql.indexOf('\n', from);
  return end < 0 ? sql.length : end + 1;
}

/** Position after the quote that closes the one at `from`; a doubled quote (`''`) does not close. */
function endOfQuoted(sql: string, from: number, close: string, backslashEscapes: boolean): number {
  let position = from + 1;
  while (position < sql.length) {
    const character = sql[position]!;
    if (backslashEscapes && character === '\\') {
      position += 2;
    } else if (character === close) {
      if (sql[position + 1] !== close || close === ']') return position + 1;
      position += 2;
    } else {
      position++;
    }
  }
  return sql.length;
}
