/**
 * `FILTER (WHERE ...)` after an aggregate that node-sql-parser reads as a plain function call:
 * `jsonb_object_agg(k, v) FILTER (WHERE k IS NOT NULL)`, `bool_and(x) FILTER (...)`, DuckDB's
 * `list(x) FILTER (...)`, a user-defined aggregate. Its PostgreSQL grammar reads FILTER only after
 * the aggregates it lists (COUNT, SUM, MIN, MAX, AVG, ARRAY_AGG, STRING_AGG with a literal
 * separator, those with WITHIN GROUP), and failed on the whole statement otherwise. The clause is
 * set aside and put back on the call as `filter`, the shape the grammar gives the aggregates it
 * lists, so its columns become FILTER sources of the aggregate (see `expressionSources.ts`).
 *
 * Left to the grammar: FILTER after a call it reads with FILTER (asked of the grammar with the
 * call as written, not listed here), after WITHIN GROUP (which it reads only on its aggregates),
 * and before OVER, which it reads after no call: that statement still fails, with a warning that
 * says so (`describeParseFailure.ts`).
 */
import { grammarReads } from './grammarReads.ts';
import { overwrite, type Restoration, type SetAside } from './SetAside.ts';
import { isWord, LEXICONS, matchParentheses, tokenizeSql, type SqlToken } from './tokenizeSql.ts';

export function setAsideAggregateFilters(sql: string, grammar: string): SetAside {
  const aside: SetAside = { edits: [], restorations: new Map<number, Restoration>() };
  if (!sql.toLowerCase().includes('filter')) return aside;
  const tokens = tokenizeSql(sql, LEXICONS.postgres);
  const closing = matchParentheses(tokens);
  // Unbalanced parentheses: the grammar will say where.
  if (closing === undefined) return aside;
  const opening = new Map([...closing].map(([open, close]) => [close, open]));
  for (const [index, token] of tokens.entries()) {
    if (!isWord(token, 'filter') || !isWord(tokens[index + 2], 'where')) continue;
    const callOpen = opening.get(index - 1);
    const clauseClose = closing.get(index + 1);
    if (callOpen === undefined || clauseClose === undefined || isWord(tokens[clauseClose + 1], 'over')) continue;
    const nameStart = callNameStart(tokens, callOpen);
    if (nameStart === undefined) continue;
    const call = sql.slice(tokens[nameStart]!.start, tokens[index - 1]!.end);
    if (grammarReads(`SELECT ${call} FILTER (WHERE true)`, grammar)) continue;
    const clause = { start: token.start, end: tokens[clauseClose]!.end };
    const open = tokens[index + 1]!;
    const where = tokens[index + 2]!;
    aside.edits.push(overwrite(clause.start, clause.end));
    aside.restorations.set(tokens[nameStart]!.start, {
      kind: 'aggregateFilter',
      // `FILTER (WHERE c)` read as `SELECT  (    c)`: its one select item is the condition.
      condition: {
        ...clause,
        inner: { start: open.end, end: tokens[clauseClose]!.start },
        frame: [overwrite(token.start, token.end, 'SELECT'), overwrite(open.start, open.end), overwrite(where.start, where.end, '(')],
      },
    });
  }
  return aside;
}

/**
 * The first token of the name of the call whose arguments open at `open`: `agg`, `"Agg"`,
 * `app.agg`. Undefined when no name comes before it, or it is `WITHIN GROUP (...)`.
 */
function callNameStart(tokens: readonly SqlToken[], open: number): number | undefined {
  const isNamePart = (token: SqlToken | undefined) => token?.kind === 'word' || token?.kind === 'quotedName';
  let start = open - 1;
  if (!isNamePart(tokens[start]) || (isWord(tokens[start], 'group') && isWord(tokens[start - 1], 'within'))) return undefined;
  while (tokens[start - 1]?.text === '.' && isNamePart(tokens[start - 2])) start -= 2;
  return start;
}
