/**
 * Reads one MySQL or MariaDB schema's metadata from information_schema. The only
 * file of this source that talks to the store.
 *
 * A source crawls the schema its connection names (`connection.database`): in MySQL a
 * database and a schema are the same thing, and a source, like a PostgreSQL one, is one
 * database, so its URNs, its include/exclude patterns (`schema.table`) and its owner are
 * all about that one schema. Crawl another schema with another source.
 *
 * One query per kind of object (tables with their views, columns, key columns, and where
 * the server records it, view dependencies), whatever the number of tables.
 */
import type { ServerConnection } from '../serverConnection.ts';
import { withTimeout } from '../../checks/withTimeout.ts';
import mysql from 'mysql2/promise';

/** Where the crawler connects; the password is already resolved (see serverConnection.ts). */
export type MySqlConnection = ServerConnection;

export interface MyTable {
  name: string;
  /** information_schema.TABLES.TABLE_TYPE; `SYSTEM VERSIONED` is MariaDB's table with history. */
  type: 'BASE TABLE' | 'SYSTEM VERSIONED' | 'VIEW';
  engine: string | null;
  partitioned: boolean;
  /** TABLE_COMMENT as the server reports it: empty when none, `VIEW` for a view. */
  comment: string;
  /** TABLE_ROWS: exact for MyISAM, an estimate for InnoDB, null for a view. */
  rowEstimate: number | null;
  sizeBytes: number | null;
  /** Empty when the crawler lacks the SHOW VIEW privilege on the view. */
  viewDefinition: string | null;
  /**
   * Usage counters (MariaDB's TABLE_STATISTICS, with `userstat=ON`): rows read and
   * rows changed since the server started; null for a view, or when the server
   * does not count (MySQL, or `userstat` off).
   */
  rowsRead: number | null;
  rowsChanged: number | null;
}

export interface MyColumn {
  table: string;
  name: string;
  position: number;
  /** COLUMN_TYPE, the full declared type: `int(10) unsigned`, `enum('G','PG')`. */
  columnType: string;
  nullable: boolean;
  /** COLUMN_DEFAULT as the server renders it (MariaDB quotes literals and says `NULL` for DEFAULT NULL). */
  defaultValue: string | null;
  comment: string;
}

/** One column of a primary key, unique key or foreign key (information_schema.KEY_COLUMN_USAGE). */
export interface MyKeyColumn {
  table: string;
  constraint: string;
  kind: 'PRIMARY KEY' | 'UNIQUE' | 'FOREIGN KEY';
  column: string;
  /** 1-based position of the column in its key. */
  position: number;
  refSchema: string | null;
  refTable: string | null;
  refColumn: string | null;
}

/** A view reads a table or view, as MySQL 8.0.13+ records it (information_schema.VIEW_TABLE_USAGE). */
export interface MyViewTableUsage {
  view: string;
  refSchema: string;
  refTable: string;
}

export interface MySqlCatalog {
  schema: string;
  /** VERSION(): `8.0.36`, `10.11.19-MariaDB-0+deb12u1`. */
  serverVersion: string;
  tables: MyTable[];
  columns: MyColumn[];
  keyColumns: MyKeyColumn[];
  /** Null when the server does not record view dependencies (MariaDB, MySQL before 8.0.13). */
  viewTableUsage: MyViewTableUsage[] | null;
  /** When the usage counters were read and since when they count (server start), by the server's clock; null when it does not count. */
  usage: { readAt: string; countingSince: string } | null;
  /** How many queries the extract sent; it does not grow with tables. */
  queryCount: number;
}

// Asking information_schema whether it has the table beats parsing version strings:
// MariaDB reports versions that MySQL also uses, and may add the table one day.
const SERVER_SQL = `
SELECT VERSION() AS version,
       EXISTS (SELECT 1 FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'VIEW_TABLE_USAGE') AS records_view_table_usage,
       -- MariaDB's user statistics: counted only with userstat=ON, which TABLES_WITH_USAGE_SQL reads.
       (SELECT COUNT(*) FROM information_schema.TABLES
         WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME IN ('TABLE_STATISTICS', 'GLOBAL_STATUS')) = 2 AS records_table_statistics`;

// Sequences (MariaDB) and system views are not data a domain publishes.
const TABLES_SQL = `
SELECT t.TABLE_NAME AS name, t.TABLE_TYPE AS type, t.ENGINE AS engine,
       t.CREATE_OPTIONS LIKE '%partitioned%' AS partitioned,
       t.TABLE_COMMENT AS comment, t.TABLE_ROWS AS row_estimate,
       t.DATA_LENGTH + t.INDEX_LENGTH AS size_bytes,
       v.VIEW_DEFINITION AS view_definition
  FROM information_schema.TABLES t
  LEFT JOIN information_schema.VIEWS v ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
 WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW')
 ORDER BY t.TABLE_NAME`;

// The same, with the usage counters riding along (no extra round trip), on a server that
// has TABLE_STATISTICS: there @@userstat exists too. The server started uptime_seconds ago.
const TABLES_WITH_USAGE_SQL = TABLES_SQL.replace(
  'v.VIEW_DEFINITION AS view_definition',
  `v.VIEW_DEFINITION AS view_definition,
       s.ROWS_READ AS rows_read, s.ROWS_CHANGED AS rows_changed, @@global.userstat AS userstat,
       DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%fZ') AS read_at,
       (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'UPTIME') AS uptime_seconds`,
).replace(
  ' WHERE t.TABLE_SCHEMA = ?',
  `  LEFT JOIN information_schema.TABLE_STATISTICS s ON s.TABLE_SCHEMA = t.TABLE_SCHEMA AND s.TABLE_NAME = t.TABLE_NAME
 WHERE t.TABLE_SCHEMA = ?`,
);

const COLUMNS_SQL = `
SELECT TABLE_NAME AS table_name, COLUMN_NAME AS name, ORDINAL_POSITION AS position,
       COLUMN_TYPE AS column_type, IS_NULLABLE = 'YES' AS nullable,
       COLUMN_DEFAULT AS default_value, COLUMN_COMMENT AS comment
  FROM information_schema.COLUMNS
 WHERE TABLE_SCHEMA = ?
 ORDER BY TABLE_NAME, ORDINAL_POSITION`;

// KEY_COLUMN_USAGE alone, not joined to TABLE_CONSTRAINTS for the kind of key: MariaDB shows
// TABLE_CONSTRAINTS (and REFERENTIAL_CONSTRAINTS) only to a user granted the whole database, while
// KEY_COLUMN_USAGE shows the keys of every table the user is granted table by table (granted column by
// column, the primary and unique keys whose columns are all granted). It holds primary, unique and
// foreign keys only, and tells them apart itself: a foreign key names the table it references, and
// PRIMARY is the primary key's name and no other key's (the server refuses it). MySQL's reads the same.
const KEY_COLUMNS_SQL = `
SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name,
       CASE WHEN REFERENCED_TABLE_NAME IS NOT NULL THEN 'FOREIGN KEY'
            WHEN CONSTRAINT_NAME = 'PRIMARY' THEN 'PRIMARY KEY'
            ELSE 'UNIQUE' END AS kind,
       COLUMN_NAME AS column_name, ORDINAL_POSITION AS position,
       REFERENCED_TABLE_SCHEMA AS ref_schema, REFERENCED_TABLE_NAME AS ref_table, REFERENCED_COLUMN_NAME AS ref_column
  FROM information_schema.KEY_COLUMN_USAGE
 WHERE TABLE_SCHEMA = ?
 ORDER BY TABLE_NAME, CONSTRAINT_NAME, kind, ORDINAL_POSITION`;

// The server's own record of what a view reads, like PostgreSQL's pg_depend: no parsing.
const VIEW_TABLE_USAGE_SQL = `
SELECT VIEW_NAME AS view_name, TABLE_SCHEMA AS ref_schema, TABLE_NAME AS ref_table
  FROM information_schema.VIEW_TABLE_USAGE
 WHERE VIEW_SCHEMA = ?
 ORDER BY VIEW_NAME, TABLE_SCHEMA, TABLE_NAME`;

type Row = Record<string, unknown>;

/** The longest one information_schema query may take before the crawl gives up. */
const QUERY_TIMEOUT_MS = 120_000;

/**
 * Reads the catalog of one schema in a single read-only transaction. information_schema
 * is not versioned like table data (the server builds it from the table definitions when
 * asked), so DDL that lands between two of these queries can still make them disagree;
 * the mapper drops columns, keys and lineage of tables it was not told about.
 */
export async function extractMySqlCatalog(connection: MySqlConnection): Promise<MySqlCatalog> {
  const client = await mysql.createConnection({
    host: connection.host,
    port: connection.port,
    database: connection.database,
    user: connection.user,
    password: connection.password,
    connectTimeout: 10_000,
  });
  let queryCount = 0;
  // Polder's deadline, not mysql2's `timeout` option: mysql2 leaves that timer running when the connection
  // drops under the query, and it kept the process of a crawl that had already failed alive for two minutes.
  const query = async (sql: string, values: string[] = []): Promise<Row[]> => {
    queryCount++;
    const [rows] = await withTimeout(QUERY_TIMEOUT_MS, () => client.query({ sql, values }));
    return rows as Row[];
  };

  let committed = false;
  try {
    await query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    const [server] = await query(SERVER_SQL);
    const tables = await query(Number(server!.records_table_statistics) === 1 ? TABLES_WITH_USAGE_SQL : TABLES_SQL, [connection.database]);
    const columns = await query(COLUMNS_SQL, [connection.database]);
    const keyColumns = await query(KEY_COLUMNS_SQL, [connection.database]);
    const viewTableUsage = Number(server!.records_view_table_usage) === 1 ? await query(VIEW_TABLE_USAGE_SQL, [connection.database]) : null;
    await query('COMMIT');
    committed = true;
    // Counted only while userstat is on; a base table nobody read since has no row, so 0.
    const counting = tables.length > 0 && Number(tables[0]!.userstat) === 1;
    const readAt = counting ? new Date(tables[0]!.read_at as string) : null;
    return {
      schema: connection.database,
      usage: readAt ? { readAt: readAt.toISOString(), countingSince: new Date(readAt.getTime() - Number(tables[0]!.uptime_seconds) * 1000).toISOString() } : null,
      serverVersion: server!.version as string,
      tables: tables.map((row) => ({
        name: row.name as string,
        type: row.type as MyTable['type'],
        engine: (row.engine as string | null) ?? null,
        partitioned: Number(row.partitioned) === 1,
        comment: (row.comment as string | null) ?? '',
        rowEstimate: nullableNumber(row.row_estimate),
        sizeBytes: nullableNumber(row.size_bytes),
        viewDefinition: (row.view_definition as string | null) ?? null,
        rowsRead: counting && row.type !== 'VIEW' ? (nullableNumber(row.rows_read) ?? 0) : null,
        rowsChanged: counting && row.type !== 'VIEW' ? (nullableNumber(row.rows_changed) ?? 0) : null,
      })),
      columns: columns.map((row) => ({
        table: row.table_name as string,
        name: row.name as string,
        position: Number(row.position),
        columnType: row.column_type as string,
        nullable: Number(row.nullable) === 1,
        defaultValue: (row.default_value as string | null) ?? null,
        comment: (row.comment as string | null) ?? '',
      })),
      keyColumns: keyColumns.map((row) => ({
        table: row.table_name as string,
        constraint: row.constraint_name as string,
        kind: row.kind as MyKeyColumn['kind'],
        column: row.column_name as string,
        position: Number(row.position),
        refSchema: (row.ref_schema as string | null) ?? null,
        refTable: (row.ref_table as string | null) ?? null,
        refColumn: (row.ref_column as string | null) ?? null,
      })),
      viewTableUsage:
        viewTableUsage?.map((row) => ({
          view: row.view_name as string,
          refSchema: row.ref_schema as string,
          refTable: row.ref_table as string,
        })) ?? null,
      queryCount,
    };
  } finally {
    // A query that failed may have lost the connection, or be running still (timed out): the socket is
    // closed, not asked to quit behind it, so nothing of the crawl outlives it. The query's error is the one reported.
    if (committed) await client.end().catch(() => {});
    else client.destroy();
  }
}

/** BIGINT columns arrive as numbers, or as strings from a server computing them as DECIMAL. */
function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
