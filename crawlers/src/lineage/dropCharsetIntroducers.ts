/**
 * MySQL and MariaDB store a view's string literals with the character set they were written
 * in, as an introducer: `concat(cu.first_name, _utf8mb4' ', cu.last_name)`. node-sql-parser
 * (5.4) reads `_utf8mb4` there as a column, then fails on the string (or, after a select-list
 * item, takes the string for the column's alias: a made-up column, and a wrong lineage edge).
 *
 * The character set of a literal has no bearing on lineage, so this blanks the introducer,
 * leaving the literal. It follows MySQL's own lexer: an introducer is `_` and the name of a
 * character set the server knows, right before a literal (a quoted string, `X'..'`, `B'..'`,
 * `0x..` or `0b..`). The SQL is read with a lexer, so nothing inside a string, a quoted name
 * or a comment is touched; each removed character becomes a space, so a parser's line and
 * column still point at the original text.
 */
import { LEXICONS, tokenizeSql, type SqlToken } from './tokenizeSql.ts';

/**
 * The character sets of MySQL 8.4 and MariaDB 11 (`SHOW CHARACTER SET`), whose names MySQL's lexer
 * reads as introducers after `_`.
 */
const CHARACTER_SETS = new Set([
  'armscii8', 'ascii', 'big5', 'binary', 'cp1250', 'cp1251', 'cp1256', 'cp1257', 'cp850', 'cp852', 'cp866', 'cp932',
  'dec8', 'eucjpms', 'euckr', 'gb18030', 'gb2312', 'gbk', 'geostd8', 'greek', 'hebrew', 'hp8', 'keybcs2', 'koi8r',
  'koi8u', 'latin1', 'latin2', 'latin5', 'latin7', 'macce', 'macroman', 'sjis', 'swe7', 'tis620', 'ucs2', 'ujis',
  'utf16', 'utf16le', 'utf32', 'utf8', 'utf8mb3', 'utf8mb4',
]);

export function dropCharsetIntroducers(sql: string): string {
  if (!sql.includes('_')) return sql;
  const tokens = tokenizeSql(sql, LEXICONS.mysql);
  const introducers = tokens.filter(
    (token, index) => token.kind === 'word' && isCharsetIntroducer(token.text) && startsLiteral(tokens, index + 1),
  );
  if (introducers.length === 0) return sql;
  let result = '';
  let copied = 0;
  for (const { start, end } of introducers) {
    result += sql.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  return result + sql.slice(copied);
}

function isCharsetIntroducer(word: string): boolean {
  return word.startsWith('_') && CHARACTER_SETS.has(word.slice(1).toLowerCase());
}

/**
 * A string (in MySQL's default mode `"..."` is one too; the lexer calls it a quoted name), a
 * hexadecimal or bit literal.
 */
function startsLiteral(tokens: readonly SqlToken[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.kind === 'string' || (token.kind === 'quotedName' && token.text.startsWith('"'))) return true;
  if (token.kind !== 'word') return false;
  if (/^0x[0-9a-f]+$|^0b[01]+$/i.test(token.text)) return true;
  // X'41' and B'01': the letter, then a string right after it.
  const next = tokens[index + 1];
  return /^[xb]$/i.test(token.text) && next?.kind === 'string' && next.start === token.end;
}
