/**
 * Table names as lineage reports them, and the columns the caller told us they have.
 * Names are lower-cased: every supported engine compares unquoted names without case, and
 * node-sql-parser does not say reliably which names were quoted.
 */
import type { KnownSchemas } from './types.ts';

export class TableCatalog {
  private readonly known: ReadonlyMap<string, string[]>;
  /** Every table looked up, with the columns found (undefined: not known): all a lineage read of the catalog (LineageMemo). */
  readonly reads = new Map<string, readonly string[] | undefined>();

  constructor(
    private readonly defaultSchema: string | undefined,
    known: KnownSchemas,
  ) {
    this.known = lowerCasedIndex(known);
  }

  /** `['Customer']` → `public.customer` with default schema `public`; qualified names stay as written. */
  qualify(parts: readonly string[]): string {
    const named = parts.length === 1 && this.defaultSchema !== undefined ? [this.defaultSchema, ...parts] : parts;
    return named.join('.').toLowerCase();
  }

  /**
   * A table's known columns. SQL and catalogs may differ in whether they name the database
   * (dbt writes `db.schema.table`, a crawler may key `schema.table`), so when there is no exact
   * key, the one key that names the same `schema.table` with or without a database is used.
   * A bare `table` only ever matches exactly: another schema's table of that name is another table.
   */
  columnsOf(table: string): string[] | undefined {
    const columns = this.lookUp(table);
    this.reads.set(table, columns);
    return columns;
  }

  /** Whether this catalog answers each look-up as it was answered before, column for column (`reads` of another catalog). */
  answersAsBefore(reads: ReadonlyMap<string, readonly string[] | undefined>): boolean {
    for (const [table, before] of reads) {
      const now = this.lookUp(table);
      if (now === before) continue;
      if (now === undefined || before === undefined || now.length !== before.length || now.some((column, index) => column !== before[index])) return false;
    }
    return true;
  }

  private lookUp(table: string): string[] | undefined {
    const exact = this.known.get(table);
    if (exact !== undefined) return exact;
    const sameTable = [...this.known.keys()].filter(
      (key) => (key.includes('.') && table.endsWith(`.${key}`)) || (table.includes('.') && key.endsWith(`.${table}`)),
    );
    const [only] = sameTable;
    return sameTable.length === 1 && only !== undefined ? this.known.get(only) : undefined;
  }
}

/**
 * `known`, lower-cased, built once per `known` object: a crawl passes the same catalog with every
 * statement it reads (every view of a store, every model of a dbt project), and lower-casing all
 * of it per statement made lineage O(statements × catalog columns). `known` is read-only here.
 */
const lowerCasedIndexes = new WeakMap<KnownSchemas, ReadonlyMap<string, string[]>>();

function lowerCasedIndex(known: KnownSchemas): ReadonlyMap<string, string[]> {
  let index = lowerCasedIndexes.get(known);
  if (!index) {
    index = new Map(Object.entries(known).map(([table, columns]) => [table.toLowerCase(), columns.map((c) => c.toLowerCase())]));
    lowerCasedIndexes.set(known, index);
  }
  return index;
}
