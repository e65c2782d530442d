/**
 * Whether SQL holds a MERGE statement: one that starts with MERGE, or with a WITH clause and then
 * MERGE (`WITH staged AS (...) MERGE INTO ...`). Read from tokens, so a `merge` in a string, a
 * comment, a quoted name or parentheses does not count; a column named `merge` in the select
 * list of a `WITH ... SELECT` does (the caller then asks PostgreSQL's parser, which knows).
 */
import { isWord, tokenizeSql, type SqlLexicon } from './tokenizeSql.ts';

export function holdsMerge(sql: string, lexicon: SqlLexicon): boolean {
  let depth = 0;
  let first: string | undefined;
  for (const token of tokenizeSql(sql, lexicon)) {
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close') depth--;
    else if (depth === 0 && token.kind === 'other' && token.text === ';') first = undefined;
    else if (first === undefined) first = token.text.toLowerCase();
    if (depth === 0 && isWord(token, 'merge') && (first === 'merge' || first === 'with')) return true;
  }
  return false;
}
