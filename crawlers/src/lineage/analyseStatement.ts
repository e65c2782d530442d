/**
 * The lineage of one statement: a query, or a statement that writes a query's rows into a
 * table (INSERT ... SELECT, CREATE TABLE ... AS, CREATE VIEW ... AS), whose output columns are
 * then the written table's.
 */
import { asSelect, identifier, isNode, listOf, tableNameParts, type AstNode } from './astNodes.ts';
import type { LineageContext } from './LineageContext.ts';
import type { Relation } from './Relation.ts';
import { renameColumns } from './renameColumns.ts';

export interface StatementLineage {
  target: string | null;
  relation: Relation;
}

/** The statement's lineage, or why it has none. */
export function analyseStatement(statement: AstNode, lineage: LineageContext): StatementLineage | { noLineage: string } {
  const query = asSelect(statement);
  if (query !== undefined) return { target: null, relation: lineage.analyseQuery(query, undefined) };
  if (statement.type === 'insert' || statement.type === 'replace') return insert(statement, lineage);
  if (statement.type === 'create') {
    const view = statement.keyword === 'view' ? asSelect(statement.select) : undefined;
    if (view !== undefined && isNode(statement.view)) {
      const target = lineage.catalog.qualify(tableNameParts(statement.view));
      const relation = lineage.analyseQuery(view, undefined);
      return { target, relation: renameColumns(relation, names(statement.columns), `view ${target}`, lineage) };
    }
    const [table] = listOf(statement.table);
    const source = asSelect(statement.query_expr);
    if (statement.keyword === 'table' && source !== undefined && isNode(table)) {
      return { target: lineage.catalog.qualify(tableNameParts(table)), relation: lineage.analyseQuery(source, undefined) };
    }
  }
  const kind = [statement.type, statement.keyword].filter((word) => typeof word === 'string').join(' ');
  return { noLineage: `${kind.toUpperCase()}: lineage is only read from queries, INSERT, CREATE TABLE AS and CREATE VIEW` };
}

function insert(statement: AstNode, lineage: LineageContext): StatementLineage {
  const [table] = listOf(statement.table);
  const target = lineage.catalog.qualify(isNode(table) ? tableNameParts(table) : []);
  const listed = names(statement.columns);
  const columns = listed.length > 0 ? listed : (lineage.catalog.columnsOf(target) ?? []);
  const source = asSelect(statement.values);
  if (source === undefined) {
    // INSERT ... VALUES writes literals: the written columns have no sources.
    const relation = { columns: columns.map((name) => ({ name: name.toLowerCase(), sources: [] })), unexpandedStars: [], influences: [] };
    return { target, relation };
  }
  if (columns.length === 0) {
    lineage.warnings.push(`INSERT into ${target} names no columns and they are not known: using the query's column names`);
  }
  return { target, relation: renameColumns(lineage.analyseQuery(source, undefined), columns, `INSERT into ${target}`, lineage) };
}

function names(list: unknown): string[] {
  return listOf(list).map((column) => identifier(column) ?? '');
}
