/**
 * The tag being typed at the end of a box of tags (separated by commas or new lines, as parseTags reads
 * them), trimmed, and all that comes before it as typed: a suggestion completes the box as
 * `before + suggestion`, which keeps what was typed a prefix of it (a datalist offers only such options).
 *
 *   'gold, pi' → { before: 'gold, ', typed: 'pi' }
 *   'gold,'    → { before: 'gold,', typed: '' }
 */
export function tagBeingTyped(text: string): { before: string; typed: string } {
  const start = Math.max(text.lastIndexOf(','), text.lastIndexOf('\n')) + 1;
  const last = text.slice(start);
  const typed = last.trim();
  return { before: text.slice(0, text.length - last.trimStart().length), typed };
}
