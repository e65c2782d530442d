/**
 * SQL text in, table- and column-level lineage out. Pure: the SQL is parsed by
 * node-sql-parser (a MERGE by PostgreSQL's parser, once `ensurePostgresParser()` has loaded it)
 * and nothing is looked up but `options.known`. A statement read before against a catalog
 * that still answers the same is not parsed again (LineageMemo.ts).
 *
 * @example
 * sqlLineage('SELECT c.first_name AS name FROM customer c WHERE c.active', { dialect: 'postgres', defaultSchema: 'public' })
 * // → { target: null, outputColumns: ['name'], tables: ['public.customer'], warnings: [], columns: [
 * //      { from: { table: 'public.customer', column: 'first_name' }, to: { column: 'name' }, transformation: 'IDENTITY', confidence: 1 },
 * //      { from: { table: 'public.customer', column: 'active' }, to: { column: 'name' }, transformation: 'FILTER', confidence: 0.5 } ] }
 */
import { analyseQuery } from './analyseQuery.ts';
import { analyseStatement, type StatementLineage } from './analyseStatement.ts';
import { columnEdges } from './columnEdges.ts';
import type { LineageContext } from './LineageContext.ts';
import { parseSql } from './parseSql.ts';
import type { FromItem } from './Relation.ts';
import type { SqlLineage, SqlLineageOptions } from './types.ts';
import { TableCatalog } from './TableCatalog.ts';
import { LineageMemo } from './LineageMemo.ts';
import { postgresParserState } from './postgresParseTree.ts';

export { ensurePostgresParser } from './postgresParseTree.ts';
export type { ColumnLineageEdge, KnownSchemas, SqlDialect, SqlLineage, SqlLineageOptions, Transformation } from './types.ts';

/** Statements read by this process, with the catalog look-ups each made (LineageMemo.ts). */
const memo = new LineageMemo(10_000);

/** Never throws for SQL it cannot read: the result then says why in `warnings`. */
export function sqlLineage(sql: string, options: SqlLineageOptions): SqlLineage {
  const catalog = new TableCatalog(options.defaultSchema, options.known ?? {});
  // NUL cannot occur in a dialect or schema name; the SQL comes last, so no two keys collide.
  const key = [options.dialect, options.defaultSchema ?? '', postgresParserState(), sql].join('\u0000');
  return memo.lineageOf(key, catalog, () => readLineage(sql, options.dialect, catalog));
}

function readLineage(sql: string, dialect: SqlLineageOptions['dialect'], catalog: TableCatalog): SqlLineage {
  const parsed = parseSql(sql, dialect);
  if ('warning' in parsed) return { target: null, outputColumns: [], tables: [], columns: [], warnings: [parsed.warning] };
  const lineage: LineageContext = {
    catalog,
    tables: new Set(),
    warnings: [],
    analyseQuery: (select, scope) => analyseQuery(select, scope, lineage),
  };
  // A script (`SET search_path ...; CREATE VIEW ...`) is described by its first statement with lineage.
  const reasons: string[] = [];
  let found: { statement: StatementLineage; index: number } | undefined;
  for (const [index, statement] of parsed.statements.entries()) {
    const result = analyseStatement(statement, lineage);
    if ('noLineage' in result) reasons.push(result.noLineage);
    else {
      found = { statement: result, index };
      break;
    }
  }
  if (found === undefined) return { target: null, outputColumns: [], tables: [], columns: [], warnings: reasons };
  const { target, relation } = found.statement;
  if (parsed.statements.length > 1) {
    lineage.warnings.push(`the SQL holds ${parsed.statements.length} statements: lineage is of statement ${found.index + 1} only`);
  }
  const hidden = behindStars(relation.unexpandedStars);
  if (hidden.length > 0) {
    lineage.warnings.push(`cannot expand * over ${hidden.join(', ')} (columns not known): its columns are missing from the output`);
  }
  const outputColumns = relation.columns.map((column) => column.name);
  const repeated = outputColumns.filter((name, index) => outputColumns.indexOf(name) !== index);
  if (repeated.length > 0) lineage.warnings.push(`output columns named more than once: ${[...new Set(repeated)].join(', ')}`);
  return {
    target,
    outputColumns,
    tables: [...lineage.tables].sort(),
    columns: columnEdges(relation),
    warnings: [...new Set(lineage.warnings)],
  };
}

/** The tables (or table functions) whose unknown columns a `*` left out, seen through subqueries and CTEs. */
function behindStars(items: readonly FromItem[]): string[] {
  const names = items.flatMap((item): string[] =>
    item.table !== undefined || item.relation === undefined ? [item.table ?? item.name] : behindStars(item.relation.unexpandedStars),
  );
  return [...new Set(names)];
}
