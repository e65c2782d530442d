/**
 * Lineage already read, by statement. Crawls on a schedule meet the same SQL run after run (a
 * store's view definitions, a dbt project's compiled models, the SQL facet of every run of an
 * OpenLineage job), and parsing it is most of lineage's cost: 1.2 s of an unchanged re-crawl of a
 * PostgreSQL database with 1,500 views (`npx polder bench postgres`).
 *
 * A remembered result is used again only for the same text in the same dialect, with the same
 * default schema and the same PostgreSQL parser state (loaded or not), and only while the catalog
 * answers every table look-up the first reading made with the same columns. So a column added
 * behind a `*`, a new table an unqualified name now resolves to, or a dropped table each make
 * the statement read again; a change to a table the statement never looked up does not.
 *
 * It lives as long as the process: a long-running Polder (`polder start`'s scheduler, a
 * `polder worker`) gains from it; a one-shot `polder crawl` reads every statement. Bounded: the least
 * recently used statement goes first. Results are copied in and out, so no caller can change
 * what another one gets.
 */
import type { SqlLineage } from './types.ts';
import type { TableCatalog } from './TableCatalog.ts';

interface Remembered {
  lineage: SqlLineage;
  reads: ReadonlyMap<string, readonly string[] | undefined>;
}

export class LineageMemo {
  private readonly remembered = new Map<string, Remembered>();

  constructor(private readonly capacity: number) {}

  /** The lineage of the statement `key` names, remembered if `catalog` still answers as it did, else read by `read` (which must look tables up in `catalog`). */
  lineageOf(key: string, catalog: TableCatalog, read: () => SqlLineage): SqlLineage {
    const before = this.remembered.get(key);
    if (before !== undefined) {
      this.remembered.delete(key);
      if (catalog.answersAsBefore(before.reads)) {
        this.remembered.set(key, before); // now the most recently used
        return structuredClone(before.lineage);
      }
    }
    const lineage = read();
    this.remembered.set(key, { lineage: structuredClone(lineage), reads: new Map(catalog.reads) });
    if (this.remembered.size > this.capacity) this.remembered.delete(this.remembered.keys().next().value!);
    return lineage;
  }

  get size(): number {
    return this.remembered.size;
  }
}
