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
import { matchParentheses, tokenizeSql, type SqlLexicon } from '../lineage/tokenizeSql.ts';

// What may follow `from (` when the parenthesis opens a subquery rather than a join group.
const QUERY_STARTS = new Set(['select', 'with', 'values', 'table']);

export function dropJoinGroupParentheses(sql: string, lexicon: SqlLexicon): string {
  const tokens = tokenizeSql(sql, lexicon);
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
