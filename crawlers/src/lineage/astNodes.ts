/**
 * Reading node-sql-parser's AST. Its published types describe one dialect; the others
 * differ in places, so nodes are read as plain objects through these functions, which know
 * each variant (examples from node-sql-parser 5.4):
 *
 * - a column name is `'a'` (MySQL, SQLite, Snowflake) or `{expr: {type, value: 'a'}}`
 *   (PostgreSQL, BigQuery); a quoted qualifier in MySQL is `{type, value}`;
 * - a subquery is the SELECT itself (PostgreSQL CTE bodies) or `{tableList, columnList, ast}`;
 * - a table is `{db, table}` for `s.t`, and `{db, schema, table}` (PostgreSQL) or
 *   `{catalog, db, schema, table}` (BigQuery, Snowflake) for `c.s.t`;
 * - a function name is `{name: [{value}]}`, except BigQuery's `{name: [], schema: {value}}`;
 * - BigQuery's `` `proj.ds.tbl` `` is one table name with dots.
 */

export interface AstNode {
  readonly [key: string]: unknown;
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list that the AST gives as an array, a single node, or nothing. */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === null || value === undefined ? [] : [value];
}

/** The text of an identifier in any of its shapes, as written (case kept). */
export function identifier(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isNode(value)) return undefined;
  if (typeof value.value === 'string') return value.value;
  return identifier(value.expr);
}

/** The SELECT a node is or wraps, if it is a query. */
export function asSelect(value: unknown): AstNode | undefined {
  if (!isNode(value)) return undefined;
  if (value.type === 'select') return value;
  return isNode(value.ast) && value.ast.type === 'select' ? value.ast : undefined;
}

/** A table reference's name parts as written, outermost first: `['public', 'customer']`. */
export function tableNameParts(node: AstNode): string[] {
  const table = identifier(node.table) ?? identifier(node.view);
  if (table === undefined) return [];
  const schema = identifier(node.schema);
  const outer = identifier(node.catalog) ?? identifier(node.db);
  const parts = schema === undefined ? [outer, table] : [outer, schema, table];
  const written = parts.filter((part): part is string => part !== undefined && part !== '');
  // BigQuery quotes a whole path at once: `proj.ds.tbl` arrives as one name.
  return written.length === 1 ? table.split('.') : written;
}

export interface ColumnRef {
  /** The qualifier's parts (`['cu']`, `['public', 'customer']`), empty when unqualified. */
  qualifier: string[];
  /** The column name, or `*` for `*` and `t.*`. */
  column: string;
}

export function columnRef(node: AstNode): ColumnRef | undefined {
  if (node.type !== 'column_ref') return undefined;
  const column = identifier(node.column);
  if (column === undefined) return undefined;
  const qualifier = [node.db, node.schema, node.table]
    .map(identifier)
    .filter((part): part is string => part !== undefined && part !== '');
  return { qualifier, column };
}

/** The (unqualified) name of a called function or aggregate, lower-cased. */
export function functionName(node: AstNode): string | undefined {
  if (typeof node.name === 'string') return node.name.toLowerCase();
  if (!isNode(node.name)) return undefined;
  const parts = listOf(node.name.name);
  const name = parts.length > 0 ? identifier(parts[parts.length - 1]) : identifier(node.name.schema);
  return name?.toLowerCase();
}

/**
 * A star's `EXCLUDE (...)` and `REPLACE (...)`, on its select-list item as `starModifiers`; the
 * star's expansion applies them. DuckDB's, which no node-sql-parser grammar reads, are set aside
 * and put back (`setAsideDuckDbSyntax.ts`, `putBackSetAside.ts`); BigQuery's `* EXCEPT` and
 * `* REPLACE` and Snowflake's `* EXCLUDE`, which their grammars read in shapes of their own, are
 * mapped onto this one (`normaliseBigQueryStarModifiers.ts`, `normaliseSnowflakeStarExclude.ts`).
 */
export interface StarModifiers {
  /** Columns left out: `EXCLUDE (note, o.id)`; a qualified one only from that FROM item. */
  exclude: ColumnRef[];
  /** How the SQL wrote `exclude`, for warnings that quote it: BigQuery's is EXCEPT. */
  excludeKeyword: 'EXCLUDE' | 'EXCEPT';
  /** Columns whose value an expression gives instead: `REPLACE (amount / 100 AS amount)`. */
  replace: Array<{ column: string; expression: unknown }>;
}

export function starModifiers(item: AstNode): StarModifiers | undefined {
  return isNode(item.starModifiers) ? (item.starModifiers as unknown as StarModifiers) : undefined;
}

/**
 * `GROUP BY ALL`, put in the GROUP BY's list in place of ALL: DuckDB's by `setAsideDuckDbSyntax.ts`,
 * Snowflake's by `normaliseSnowflakeGroupByAll.ts`.
 */
export const GROUP_BY_ALL: AstNode = { type: 'group_by_all' };

export function isGroupByAll(item: unknown): boolean {
  return isNode(item) && item.type === GROUP_BY_ALL.type;
}
