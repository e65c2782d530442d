/**
 * The public shape of SQL lineage: which tables a statement reads, and which of their
 * columns feed (or influence) each output column. `sqlLineage()` computes it.
 */

/**
 * The SQL dialects Polder's sources speak. `duckdb` (dbt-duckdb's compiled SQL) is read with
 * the PostgreSQL grammar, see `parseSql.ts`.
 */
export type SqlDialect = 'postgres' | 'mysql' | 'mariadb' | 'sqlite' | 'duckdb' | 'bigquery' | 'snowflake';

/**
 * What the caller knows of the tables a statement may read: qualified table name, lower-cased
 * (`public.customer` or `db.public.customer`), to its column names in table order. Used to
 * expand `*` and to tell which table an unqualified column belongs to. Pass the same object with
 * every statement of one catalog, and do not change it once passed: it is indexed once per object.
 *
 * @example { 'public.customer': ['customer_id', 'first_name', 'last_name'] }
 */
export interface KnownSchemas {
  readonly [qualifiedTable: string]: readonly string[];
}

/**
 * How an upstream column reaches an output column. The first three carry its value
 * (`IDENTITY` as is, `EXPRESSION` computed from it, `AGGREGATION` summarised over rows); the
 * last three only decide which rows there are (OpenLineage calls these "indirect"):
 * `FILTER` (WHERE, HAVING, QUALIFY), `JOIN` (ON, USING) and `GROUP_BY`.
 */
export type Transformation = 'IDENTITY' | 'EXPRESSION' | 'AGGREGATION' | 'FILTER' | 'JOIN' | 'GROUP_BY';

export interface ColumnLineageEdge {
  /** An upstream base table (as in `SqlLineage.tables`) and one of its columns. */
  from: { table: string; column: string };
  /** An output column, as named in `SqlLineage.outputColumns`. */
  to: { column: string };
  transformation: Transformation;
  /** 1 when the SQL says it outright; lower for influence edges and for guessed owners of ambiguous columns. */
  confidence: number;
}

export interface SqlLineage {
  /** The table the statement writes (INSERT, CREATE TABLE AS, CREATE VIEW, MERGE), qualified like `tables`; null for a query. */
  target: string | null;
  /** The statement's output columns, in order: a query's select list, or the columns written. */
  outputColumns: string[];
  /** Upstream base tables, lower-cased and qualified as written (with the default schema when written bare), sorted. */
  tables: string[];
  /** Per output column (in order): the columns that carry their value first, then those that influence it. */
  columns: ColumnLineageEdge[];
  /** What could not be read or resolved; the rest of the lineage is still returned. */
  warnings: string[];
}

export interface SqlLineageOptions {
  dialect: SqlDialect;
  /** Schema (database, for MySQL) of tables written without one, e.g. `public`, or `main` for SQLite. */
  defaultSchema?: string;
  known?: KnownSchemas;
}
