/**
 * Just enough of a SQL lexer to tell structure from text, for the few places that must look
 * at SQL before node-sql-parser does (see `parseSql.ts`, `dropJoinGroupParentheses.ts`): a parenthesis, a word or
 * a `::` inside a string, a quoted name or a comment is not one. Comments and blanks yield no
 * token; every other character belongs to exactly one token, whose `start`/`end` index the SQL.
 */

/** How a dialect quotes and comments, which is all the lexer needs to know of it. */
export interface SqlLexicon {
  /** `'it\'s'`: MySQL and MariaDB; SQLite and PostgreSQL read a backslash as itself. */
  backslashEscapes: boolean;
  /** `# comment`: MySQL and MariaDB. */
  hashComments: boolean;
  /** `[quoted name]`: SQLite (and SQL Server). */
  bracketQuotes: boolean;
  /**
   * PostgreSQL and DuckDB: `$tag$ text $tag$` strings, `E'it\'s'` strings with backslash
   * escapes, and block comments that nest (`/* a /* b *\/ c *\/`).
   */
  postgresStrings: boolean;
}

export const LEXICONS = {
  mysql: { backslashEscapes: true, hashComments: true, bracketQuotes: false, postgresStrings: false },
  sqlite: { backslashEscapes: false, hashComments: false, bracketQuotes: true, postgresStrings: false },
  postgres: { backslashEscapes: false, hashComments: false, bracketQuotes: false, postgresStrings: true },
  /** BigQuery, Snowflake: `--` and `/* *\/` comments, `'...'` strings; close enough for what the callers look for. */
  standard: { backslashEscapes: false, hashComments: false, bracketQuotes: false, postgresStrings: false },
} as const satisfies Record<string, SqlLexicon>;

export interface SqlToken {
  /**
   * `word`: a keyword or bare name (`select`, `rental_status`, `0x41`); `quotedName`: `"a"`,
   * `` `a` ``, `[a]`; `string`: a quoted text; `open`/`close`: parentheses; `other`: an
   * operator or punctuation, `::` as one token.
   */
  kind: 'word' | 'quotedName' | 'string' | 'open' | 'close' | 'other';
  start: number;
  end: number;
  text: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}_$]/u;
const DOLLAR_QUOTE = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

export function tokenizeSql(sql: string, lexicon: SqlLexicon): SqlToken[] {
  const tokens: SqlToken[] = [];
  let position = 0;
  const at = (offset = 0) => sql[position + offset] ?? '';
  const push = (kind: SqlToken['kind'], start: number) => tokens.push({ kind, start, end: position, text: sql.slice(start, position) });
  while (position < sql.length) {
    const start = position;
    const character = at();
    if (/\s/.test(character)) {
      position++;
    } else if (character === '-' && at(1) === '-' && (!lexicon.hashComments || /\s|^$/.test(at(2)))) {
      // MySQL reads `--` as a comment only when a blank follows (`a--1` is `a - -1`).
      position = endOfLine(sql, position);
    } else if (character === '#' && lexicon.hashComments) {
      position = endOfLine(sql, position);
    } else if (character === '/' && at(1) === '*') {
      position = endOfBlockComment(sql, position, lexicon.postgresStrings);
    } else if (lexicon.postgresStrings && character === '$' && DOLLAR_QUOTE.test(sql.slice(position, position + 64))) {
      const tag = DOLLAR_QUOTE.exec(sql.slice(position, position + 64))![0];
      const end = sql.indexOf(tag, position + tag.length);
      position = end < 0 ? sql.length : end + tag.length;
      push('string', start);
    } else if (lexicon.postgresStrings && (character === 'E' || character === 'e') && at(1) === "'") {
      position = endOfQuoted(sql, position + 1, "'", true);
      push('string', start);
    } else if (character === "'" || character === '"' || character === '`' || (character === '[' && lexicon.bracketQuotes)) {
      const close = character === '[' ? ']' : character;
      position = endOfQuoted(sql, position, close, lexicon.backslashEscapes && close !== '`' && close !== ']');
      // A double-quoted text is a name in standard SQL, a string in MySQL's default mode; the
      // callers only ever look for names.
      push(character === "'" ? 'string' : 'quotedName', start);
    } else if (WORD_CHARACTER.test(character)) {
      while (position < sql.length && WORD_CHARACTER.test(at())) position++;
      push('word', start);
    } else {
      position += character === ':' && at(1) === ':' ? 2 : 1;
      push(character === '(' ? 'open' : character === ')' ? 'close' : 'other', start);
    }
  }
  return tokens;
}

/** Index of the matching `)` of every `(`, or undefined when they do not balance. */
export function matchParentheses(tokens: readonly SqlToken[]): Map<number, number> | undefined {
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

/** Whether `token` is the word `word`, in any case. */
export function isWord(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toLowerCase() === word;
}

function endOfLine(sql: string, from: number): number {
  const end = sql.indexOf('\n', from);
  return end < 0 ? sql.length : end + 1;
}

function endOfBlockComment(sql: string, from: number, nests: boolean): number {
  let depth = 0;
  let position = from;
  while (position < sql.length) {
    if (sql.startsWith('/*', position) && (depth === 0 || nests)) {
      depth++;
      position += 2;
    } else if (sql.startsWith('*/', position)) {
      depth--;
      position += 2;
      if (depth === 0) return position;
    } else {
      position++;
    }
  }
  return sql.length;
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
