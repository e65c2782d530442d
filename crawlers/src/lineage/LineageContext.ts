/**
 * What every step of one `sqlLineage()` call shares: the table catalog, and what it collects
 * (upstream tables, warnings).
 */
import type { AstNode } from './astNodes.ts';
import type { Relation } from './Relation.ts';
import type { Scope } from './Scope.ts';
import type { TableCatalog } from './TableCatalog.ts';

export interface LineageContext {
  catalog: TableCatalog;
  /** Upstream base tables read so far, qualified. */
  tables: Set<string>;
  warnings: string[];
  /**
   * The lineage of a query, seen from `scope` when it is a subquery. Queries hold expressions and expressions hold
   * queries; passing this in keeps the two modules from importing each other.
   */
  analyseQuery(select: AstNode, scope: Scope | undefined): Relation;
}
