/**
 * Rows of text as aligned columns, for a listing a person reads (`polder accounts list`, `polder tokens list`):
 * each column as wide as its widest cell, two spaces between, no space at the end of a line.
 *
 *   [['USERNAME', 'ROLES'], ['ann', 'VIEWER'], ['administrator', 'ADMIN']]
 *   →  USERNAME       ROLES
 *      ann            VIEWER
 *      administrator  ADMIN
 */
export function textTable(rows: string[][]): string {
  const cells = rows.map((row) => row.map(printable));
  const widths = cells.reduce<number[]>((max, row) => row.map((cell, column) => Math.max(max[column] ?? 0, cell.length)), []);
  return cells.map((row) => `${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}\n`).join('');
}

/**
 * A cell with its control characters shown as U+FFFD: names are refused with them now, but one stored before
 * that rule (or written by hand) must not move the terminal's cursor or clear its screen.
 */
function printable(cell: string): string {
  return cell.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
