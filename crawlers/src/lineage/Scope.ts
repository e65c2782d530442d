/**
 * The names a query can see: its FROM items and the CTEs of its WITH clause, then (through
 * `parent`) those of the queries around it, which is how a correlated subquery reads the
 * outer query's columns and a nested query uses an outer CTE.
 */
import type { FromItem, Relation } from './Relation.ts';

export class Scope {
  readonly items: FromItem[] = [];
  /**
   * Columns of `JOIN ... USING (c)`: both sides have `c`, and SQL lets it be written bare.
   * It then means the left side's (PostgreSQL's rule for inner and left joins).
   */
  readonly usingColumns = new Set<string>();
  private readonly ctes = new Map<string, Relation>();

  constructor(readonly parent?: Scope) {}

  defineCte(name: string, relation: Relation): void {
    this.ctes.set(name.toLowerCase(), relation);
  }

  /** The CTE a bare table name refers to, if any (the nearest one wins). */
  cte(name: string): Relation | undefined {
    return this.ctes.get(name.toLowerCase()) ?? this.parent?.cte(name);
  }

  /**
   * The item a column qualifier names in this query: `cu` (an alias or a bare table name) or
   * `public.customer` (a qualified table that has no alias).
   */
  item(qualifier: readonly string[]): FromItem | undefined {
    const written = qualifier.join('.').toLowerCase();
    return (
      this.items.find((item) => item.name === written) ??
      this.items.find(
        (item) => qualifier.length > 1 && (item.table === written || item.table?.endsWith(`.${written}`) === true),
      )
    );
  }
}
