/**
 * A classification as a page shows it: set directly on the asset (`from: null`), or inherited,
 * with where it comes from in words ("Email address", "column email").
 */
export interface ClassificationChip {
  name: string;
  from: string | null;
}

/** What a column's classifications are built from: its own, those its terms pass on, and its terms. */
export interface ClassifiedColumn {
  name: string;
  classifications: string[] | null;
  inheritedClassifications: string[] | null;
  terms: ReadonlyArray<{ name: string; classifications: string[] }>;
}

/** How many columns a dataset's inherited classification names before "and N more". */
const COLUMNS_NAMED = 3;

/**
 * A column's classifications: its own first, then each one it inherits from its glossary terms, naming
 * the terms that carry it (e.g. PII from "Email address"). One set directly is not repeated as inherited.
 * Null when the API masked them (a restricted dataset seen from outside its domain).
 */
export function columnClassifications(column: ClassifiedColumn): ClassificationChip[] | null {
  if (column.classifications === null || column.inheritedClassifications === null) return null;
  const direct = column.classifications.map((name) => ({ name, from: null }));
  const inherited = column.inheritedClassifications
    .filter((name) => !column.classifications!.includes(name))
    .map((name) => {
      const terms = column.terms.filter((term) => term.classifications.includes(name)).map((term) => term.name);
      // A term left out of the list (not visible to this reader) still passed it on.
      return { name, from: terms.length > 0 ? terms.join(', ') : 'a glossary term' };
    });
  return [...direct, ...inherited];
}

/**
 * A dataset's classifications: its own, then those of its columns (set on them or inherited from their
 * terms), naming the columns, as search's classification filter counts them. Null when masked.
 */
export function datasetClassifications(own: string[] | null, columns: readonly ClassifiedColumn[]): ClassificationChip[] | null {
  if (own === null) return null;
  const columnsBy = new Map<string, string[]>();
  for (const column of columns) {
    for (const { name } of columnClassifications(column) ?? []) {
      if (own.includes(name)) continue;
      columnsBy.set(name, [...(columnsBy.get(name) ?? []), column.name]);
    }
  }
  const fromColumns = [...columnsBy].sort(([a], [b]) => a.localeCompare(b)).map(([name, names]) => ({ name, from: columnList(names) }));
  return [...own.map((name) => ({ name, from: null })), ...fromColumns];
}

function columnList(names: string[]): string {
  const named = names.slice(0, COLUMNS_NAMED).join(', ');
  const more = names.length > COLUMNS_NAMED ? ` and ${names.length - COLUMNS_NAMED} more` : '';
  return `${names.length === 1 ? 'column' : 'columns'} ${named}${more}`;
}
