/**
 * The rows of profileQueries → one ColumnProfile per column. Pure. Drivers hand
 * counts back in their own ways (PostgreSQL's bigint as a string, MySQL's as a
 * string with bigNumberStrings, SQLite's as a number); values arrive as text.
 */
import type { ColumnProfile, TopValue } from './ColumnProfile.ts';
import type { ProfiledColumn } from './ProfiledDataset.ts';
import type { ColumnKind } from './columnKind.ts';

export function parseProfileRows(rows: readonly unknown[][], columns: readonly ProfiledColumn[], kinds: readonly ColumnKind[], sampled: boolean): ColumnProfile[] {
  const summaries = new Map<number, unknown[]>();
  const tops = new Map<number, TopValue[]>();
  for (const row of rows) {
    const index = count(row[0], 'the column index');
    if (!columns[index]) throw new Error(`the profile query returned a row for column ${index}, which it did not ask about`);
    if (row[1] === 'summary') summaries.set(index, row);
    else if (row[1] === 'top') {
      const list = tops.get(index) ?? [];
      list.push({ value: String(row[2]), count: count(row[3], `a top value count of ${columns[index]!.name}`) });
      tops.set(index, list);
    } else throw new Error(`the profile query returned a row of unknown kind ${JSON.stringify(row[1])}`);
  }
  return columns.map((column, index) => {
    const summary = summaries.get(index);
    if (!summary) throw new Error(`the profile query returned no summary for column ${column.name}`);
    const kind = kinds[index]!;
    const rowCount = count(summary[3], `the row count`);
    const nonNull = count(summary[4], `the non-null count of ${column.name}`);
    const withheld = column.sensitive;
    return {
      column: column.name,
      fieldUrn: column.fieldUrn,
      rowCount,
      nullCount: rowCount - nonNull,
      nullFraction: rowCount === 0 ? null : (rowCount - nonNull) / rowCount,
      distinctCount: count(summary[5], `the distinct count of ${column.name}`),
      distinctIsApproximate: sampled,
      min: withheld ? null : text(summary[6]),
      max: withheld ? null : text(summary[7]),
      // Most frequent first, then by value: UNION ALL keeps no order of its own.
      topValues: withheld || kind === 'binary' ? null : (tops.get(index) ?? []).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
      valuesWithheld: withheld,
      sampled,
    };
  });
}

function count(value: unknown, what: string): number {
  const number = typeof value === 'bigint' ? Number(value) : typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number >= 0) return number;
  throw new Error(`${what} came back as ${JSON.stringify(String(value)).slice(0, 80)}, not a count`);
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
