/**
 * Reads a SQLite database file's metadata. The only file of this source that
 * touches the store, which it opens read-only: a crawl can never change it.
 *
 * SQLite's catalog is a set of pragmas that describe one table each; joined as
 * table-valued functions (`FROM pragma_table_list JOIN pragma_table_xinfo(name)`),
 * one statement describes every table, so the number of queries does not grow
 * with the number of tables.
 *
 * Views are the exception, when one is broken: SQLite describes a view by
 * compiling it, and one view that reads a dropped table (SQLite allows it) fails
 * the statement that describes them all. Only then is each view and virtual table
 * described on its own, so the broken one alone goes without columns:
 * 7 queries for a file, 7 + one per view and virtual table for a file with a broken view.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface SqliteFile {
  path: string;
}

export interface LiteObject {
  name: string;
  /** pragma_table_list.type; shadow tables (a virtual table's storage) are left out. */
  type: 'table' | 'view' | 'virtual';
  /** The CREATE statement as written. */
  sql: string | null;
}

export interface LiteColumn {
  table: string;
  name: string;
  /** 1-based. */
  position: number;
  /** As declared, which in SQLite may be anything (`VARCHAR(45)`, `BLOB SUB_TYPE TEXT`) or nothing. */
  declaredType: string;
  notNull: boolean;
  /** The default's expression as written (`'Y'`, `3`, `NULL`). */
  defaultValue: string | null;
  /** 1-based position in the primary key, 0 when not part of it. */
  primaryKeyPosition: number;
  /**
   * The column is the table's rowid under another name (`id INTEGER PRIMARY KEY`): it can never
   * be NULL, though SQLite does not report it NOT NULL. The pragmas do not say so directly; such a
   * key is the one primary key of a rowid table that SQLite keeps no index for, since the rowid is
   * the table's own order (`id INT PRIMARY KEY`, `id INTEGER PRIMARY KEY DESC` get one, and may be NULL).
   */
  isRowidAlias: boolean;
}

/** A view or virtual table SQLite could not describe, and what it said. */
export interface UndescribedObject {
  name: string;
  type: 'view' | 'virtual';
  reason: string;
}

/** One column of a foreign key (pragma_foreign_key_list). SQLite does not keep a constraint's name. */
export interface LiteForeignKeyColumn {
  table: string;
  /** Which foreign key of the table: columns of a composite key share it. */
  id: number;
  refTable: string;
  column: string;
  /** Null when the key references the parent's primary key without naming its columns. */
  refColumn: string | null;
  /** 0-based position in the key. */
  position: number;
}

/** One column of a unique index that covers whole rows (not a partial index). */
export interface LiteUniqueIndexColumn {
  table: string;
  index: string;
  /** Null for an expression (`lower(email)`). */
  column: string | null;
}

export interface SqliteCatalog {
  tables: LiteObject[];
  columns: LiteColumn[];
  foreignKeys: LiteForeignKeyColumn[];
  uniqueIndexColumns: LiteUniqueIndexColumn[];
  /**
   * Views (and virtual tables) whose columns could not be read, each with SQLite's reason: a view
   * that reads a dropped table cannot be compiled. The crawl goes on without their columns only.
   */
  undescribed: UndescribedObject[];
  /** How many queries the extract sent; it does not grow with tables (see the header for a broken view). */
  queryCount: number;
}

export class SqliteFileNotFoundError extends Error {
  override name = 'SqliteFileNotFoundError';
  readonly code = 'ENOENT';
  constructor(readonly path: string) {
    super(`SQLite database file not found: ${path}`);
  }
}

// `_` is a LIKE wildcard: without the escape, a table named "sqliteX" would be taken for SQLite's own.
const USER_OBJECTS = `l.schema = 'main' AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;

const TABLES_SQL = `
SELECT l.name AS name, l.type AS type, s.sql AS sql
  FROM pragma_table_list AS l
  JOIN sqlite_schema AS s ON s.name = l.name AND s.type IN ('table', 'view')
 WHERE ${USER_OBJECTS} AND l.type IN ('table', 'view', 'virtual')
 ORDER BY l.name`;

// hidden = 1 marks a virtual table's hidden columns (fts5's rank); generated columns (2, 3) are kept.
const VISIBLE_COLUMNS = 'c.hidden <> 1';

// wr = 1 for a WITHOUT ROWID table, which has no rowid to alias. A primary key SQLite made an
// index for has origin 'pk'; the rowid alias has none (LiteColumn.isRowidAlias).
const TABLE_COLUMNS_SQL = `
SELECT l.name AS table_name, c.cid AS cid, c.name AS name, c.type AS type, c."notnull" AS not_null,
       c.dflt_value AS default_value, c.pk AS pk,
       c.pk > 0 AND l.wr = 0
         AND NOT EXISTS (SELECT 1 FROM pragma_index_list(l.name, 'main') AS i WHERE i.origin = 'pk') AS rowid_alias
  FROM pragma_table_list AS l
  JOIN pragma_table_xinfo(l.name, 'main') AS c
 WHERE ${USER_OBJECTS} AND l.type = 'table' AND ${VISIBLE_COLUMNS}
 ORDER BY l.name, c.cid`;

// Views and virtual tables have no keys of their own: pk and rowid_alias are 0.
const VIEW_COLUMNS_SQL = `
SELECT l.name AS table_name, c.cid AS cid, c.name AS name, c.type AS type, c."notnull" AS not_null,
       c.dflt_value AS default_value, c.pk AS pk, 0 AS rowid_alias
  FROM pragma_table_list AS l
  JOIN pragma_table_xinfo(l.name, 'main') AS c
 WHERE ${USER_OBJECTS} AND l.type IN ('view', 'virtual') AND ${VISIBLE_COLUMNS}
 ORDER BY l.name, c.cid`;

/** The columns of one view or virtual table, named by the parameter `name`: what VIEW_COLUMNS_SQL reads when one view breaks it. */
const ONE_VIEW_COLUMNS_SQL = `
SELECT @name AS table_name, c.cid AS cid, c.name AS name, c.type AS type, c."notnull" AS not_null,
       c.dflt_value AS default_value, c.pk AS pk, 0 AS rowid_alias
  FROM pragma_table_xinfo(@name, 'main') AS c
 WHERE ${VISIBLE_COLUMNS}
 ORDER BY c.cid`;

const FOREIGN_KEYS_SQL = `
SELECT l.name AS table_name, f.id AS id, f.seq AS seq, f."table" AS ref_table, f."from" AS column_name, f."to" AS ref_column
  FROM pragma_table_list AS l
  JOIN pragma_foreign_key_list(l.name, 'main') AS f
 WHERE ${USER_OBJECTS} AND l.type = 'table'
 ORDER BY l.name, f.id, f.seq`;

const UNIQUE_INDEX_COLUMNS_SQL = `
SELECT l.name AS table_name, i.name AS index_name, c.name AS column_name
  FROM pragma_table_list AS l
  JOIN pragma_index_list(l.name, 'main') AS i
  JOIN pragma_index_info(i.name, 'main') AS c
 WHERE ${USER_OBJECTS} AND l.type = 'table' AND i."unique" = 1 AND i.partial = 0
 ORDER BY l.name, i.name, c.seqno`;

type Row = Record<string, unknown>;

/** Reads the catalog in one read transaction, so every query sees the same version of the file. */
export function extractSqliteCatalog(file: SqliteFile): SqliteCatalog {
  // better-sqlite3 says only "unable to open database file", or that a directory is missing.
  if (!existsSync(file.path)) throw new SqliteFileNotFoundError(file.path);
  const db = new Database(file.path, { readonly: true, fileMustExist: true });
  let queryCount = 0;
  const query = (sql: string, parameters: Record<string, unknown> = {}): Row[] => {
    queryCount++;
    const statement = db.prepare(sql);
    if (!statement.reader) {
      statement.run(parameters);
      return [];
    }
    return statement.all(parameters) as Row[];
  };

  /** Every view's and virtual table's columns: in one statement, or, when a broken view fails it, one by one without the broken ones. */
  const readViewColumns = (tables: Row[]): { rows: Row[]; undescribed: UndescribedObject[] } => {
    try {
      return { rows: query(VIEW_COLUMNS_SQL), undescribed: [] };
    } catch {
      const rows: Row[] = [];
      const undescribed: UndescribedObject[] = [];
      for (const table of tables) {
        const type = table.type;
        if (type !== 'view' && type !== 'virtual') continue;
        const name = table.name as string;
        try {
          rows.push(...query(ONE_VIEW_COLUMNS_SQL, { name }));
        } catch (error) {
          undescribed.push({ name, type, reason: (error as Error).message });
        }
      }
      return { rows, undescribed };
    }
  };

  try {
    query('BEGIN');
    const tables = query(TABLES_SQL);
    const tableColumns = query(TABLE_COLUMNS_SQL);
    const viewColumns = readViewColumns(tables);
    const foreignKeys = query(FOREIGN_KEYS_SQL);
    const uniqueIndexColumns = query(UNIQUE_INDEX_COLUMNS_SQL);
    query('COMMIT');
    return {
      tables: tables.map((row) => ({ name: row.name as string, type: row.type as LiteObject['type'], sql: (row.sql as string | null) ?? null })),
      columns: [...tableColumns, ...viewColumns.rows].map((row) => ({
        table: row.table_name as string,
        name: row.name as string,
        position: Number(row.cid) + 1,
        declaredType: (row.type as string | null) ?? '',
        notNull: Number(row.not_null) === 1,
        defaultValue: (row.default_value as string | null) ?? null,
        primaryKeyPosition: Number(row.pk),
        isRowidAlias: Number(row.rowid_alias) === 1,
      })),
      foreignKeys: foreignKeys.map((row) => ({
        table: row.table_name as string,
        id: Number(row.id),
        refTable: row.ref_table as string,
        column: row.column_name as string,
        refColumn: (row.ref_column as string | null) ?? null,
        position: Number(row.seq),
      })),
      uniqueIndexColumns: uniqueIndexColumns.map((row) => ({
        table: row.table_name as string,
        index: row.index_name as string,
        column: (row.column_name as string | null) ?? null,
      })),
      undescribed: viewColumns.undescribed,
      queryCount,
    };
  } finally {
    db.close();
  }
}
