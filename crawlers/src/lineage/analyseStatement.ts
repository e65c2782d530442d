/**
 * The lineage of one statement: a query, or a statement that writes a query's rows into a
 * table (INSERT ... SELECT, CREATE TABLE ... AS, CREATE VIEW ... AS, MERGE), whose output
 * columns are then the written table's.
 */
import { asSelect, identifier, isNode, listOf, tableNameParts, type AstNode } from './astNodes.ts';
import { combineWrites } from './combineWrites.ts';
import type { LineageContext } from './LineageContext.ts';
import type { MergeStatement, ParsedStatement } from './parseMerge.ts';
import type { Relation } from './Relation.ts';
import { renameColumns } from './renameColumns.ts';

export interface StatementLineage {
  target: string | null;
  relation: Relation;
}

/** The statement's lineage, or why it has none. */
export function analyseStatement(parsed: ParsedStatement, lineage: LineageContext): StatementLineage | { noLineage: string } {
  if ('unread' in parsed) return { noLineage: parsed.unread };
  if ('merge' in parsed) return merge(parsed.merge, lineage);
  const statement = parsed.ast;
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
  return { noLineage: `${kind.toUpperCase()}: lineage is only read from queries, INSERT, CREATE TABLE AS, CREATE VIEW and MERGE` };
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

/** Each WHEN clause that writes columns is an INSERT ... SELECT into the target; a column written by several has the sources of each. */
function merge(statement: MergeStatement, lineage: LineageContext): StatementLineage {
  lineage.warnings.push(...statement.warnings);
  const target = lineage.catalog.qualify(statement.target);
  return { target, relation: combineWrites(statement.writes.map((write) => insert(write, lineage).relation)) };
}

function names(list: unknown): string[] {
  return listOf(list).map((column) => identifier(column) ?? '');
}
