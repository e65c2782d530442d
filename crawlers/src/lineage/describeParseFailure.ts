/**
 * Why node-sql-parser rejected some SQL, in words a person can act on. Its syntax errors
 * list every token it would have accepted (hundreds of characters) and quote one character of
 * what it found; the word it stopped at, and where, is what a person needs. When the place it
 * stopped is a construct its grammar is known to lack, the warning names that construct.
 */
import { isWord, matchParentheses, tokenizeSql, type SqlLexicon, type SqlToken } from './tokenizeSql.ts';

interface PegSyntaxError {
  found?: string | null;
  location?: { start: { offset: number; line: number; column: number } };
  message?: string;
}

/** `sql` is the text the parser was given. */
export function describeParseFailure(error: unknown, sql: string, lexicon: SqlLexicon): string {
  const { found, location, message } = (typeof error === 'object' && error !== null ? error : {}) as PegSyntaxError;
  if (!location || found === undefined) return (message ?? String(error)).split('\n')[0]!;
  const filter = filterClauseAround(tokenizeSql(sql, lexicon), location.start.offset);
  if (filter !== undefined) {
    // In PostgreSQL's grammar a FILTER after any other aggregate is set aside and put back
    // (`setAsideAggregateFilters.ts`); before OVER it is read in no grammar.
    const why = filter.windowed
      ? 'it reads no FILTER before OVER'
      : 'it reads FILTER only after the aggregates its grammar lists (COUNT, SUM, AVG, MIN, MAX, ARRAY_AGG, STRING_AGG, ...)';
    return `FILTER (WHERE ...) after ${filter.aggregate}(...)${filter.windowed ? ' OVER (...)' : ''} at ${lineAndColumn(sql, filter.at)} is not supported by node-sql-parser: ${why}`;
  }
  const word = sql.slice(location.start.offset).match(/^[\p{L}\p{N}_$]+|^\S/u)?.[0];
  const what = found === null || word === undefined ? 'end of the SQL' : `"${word}"`;
  return `unexpected ${what} at line ${location.start.line}, column ${location.start.column}`;
}

/**
 * The aggregate FILTER clause (`agg(...) FILTER (WHERE ...)`, with the window that may follow
 * it) in which the parser stopped, if it stopped in one. It stops there, or just after, when
 * it took `filter` for an alias.
 */
function filterClauseAround(
  tokens: readonly SqlToken[],
  offset: number,
): { aggregate: string; windowed: boolean; at: number } | undefined {
  const closing = matchParentheses(tokens);
  if (closing === undefined) return undefined;
  const opening = new Map([...closing].map(([open, close]) => [close, open]));
  for (const [index, token] of tokens.entries()) {
    const callOpen = opening.get(index - 1);
    const clauseEnd = closing.get(index + 1);
    if (!isWord(token, 'filter') || callOpen === undefined || clauseEnd === undefined || !isWord(tokens[index + 2], 'where')) continue;
    const windowed = isWord(tokens[clauseEnd + 1], 'over');
    const windowEnd = windowed ? (closing.get(clauseEnd + 2) ?? clauseEnd + 2) : clauseEnd;
    if (offset < token.start || offset > (tokens[windowEnd]?.end ?? token.end)) continue;
    return { aggregate: tokens[callOpen - 1]?.text ?? '', windowed, at: token.start };
  }
  return undefined;
}

/** `line 2, column 5` for the character at `offset` (0-based) of `sql`. */
export function lineAndColumn(sql: string, offset: number): string {
  const before = sql.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
