import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extractSqliteCatalog } from './extract.ts';

const dir = mkdtempSync(join(tmpdir(), 'polder-sqlite-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A new SQLite file holding what `sql` creates. */
function fileWith(name: string, sql: string): { path: string } {
  const path = join(dir, `${name}.db`);
  const db = new Database(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
  return { path };
}

describe('extractSqliteCatalog', () => {
  it('reports as not null the keys SQLite never lets hold NULL, and as nullable those it does', () => {
    const file = fileWith(
      'keys',
      `CREATE TABLE alias (id INTEGER PRIMARY KEY, v);
       CREATE TABLE alias_by_constraint (id INTEGER, v, PRIMARY KEY (id DESC));
       CREATE TABLE desc_quirk (id INTEGER PRIMARY KEY DESC, v);
       CREATE TABLE int_key (id INT PRIMARY KEY, v);
       CREATE TABLE text_key (id TEXT PRIMARY KEY, v);
       CREATE TABLE pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b));
       CREATE TABLE no_rowid (id TEXT PRIMARY KEY, v) WITHOUT ROWID;
       CREATE TABLE strict_text (id TEXT PRIMARY KEY, v ANY) STRICT;
       CREATE TABLE strict_alias (id INTEGER PRIMARY KEY, v ANY) STRICT;`,
    );
    const keys = extractSqliteCatalog(file)
      .columns.filter((column) => column.primaryKeyPosition > 0)
      .map(({ table, name, notNull, isRowidAlias }) => ({ key: `${table}.${name}`, notNull, isRowidAlias }));
    expect(keys).toEqual([
      // The rowid under another name: SQLite says nullable, but it always holds the row's number.
      { key: 'alias.id', notNull: false, isRowidAlias: true },
      { key: 'alias_by_constraint.id', notNull: false, isRowidAlias: true },
      // SQLite's documented quirk: INTEGER PRIMARY KEY DESC as a column constraint is not the rowid, and may be NULL.
      { key: 'desc_quirk.id', notNull: false, isRowidAlias: false },
      // Any other key of a rowid table may be NULL, for compatibility with SQLite's early versions.
      { key: 'int_key.id', notNull: false, isRowidAlias: false },
      { key: 'no_rowid.id', notNull: true, isRowidAlias: false },
      { key: 'pair.a', notNull: false, isRowidAlias: false },
      { key: 'pair.b', notNull: false, isRowidAlias: false },
      { key: 'strict_alias.id', notNull: false, isRowidAlias: true },
      { key: 'strict_text.id', notNull: true, isRowidAlias: false },
      { key: 'text_key.id', notNull: false, isRowidAlias: false },
    ]);
  });

  it('describes every view and virtual table but a broken view, which it names with the reason', () => {
    const file = fileWith(
      'broken-view',
      `CREATE TABLE plain (id INTEGER PRIMARY KEY, name TEXT);
       CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES plain);
       CREATE VIEW v_plain AS SELECT p.id, p.name, c.id AS child_id FROM plain p JOIN child c ON c.parent = p.id;
       CREATE VIEW v_bad AS SELECT * FROM does_not_exist_either;
       CREATE VIRTUAL TABLE fts USING fts5(body);`,
    );
    const catalog = extractSqliteCatalog(file);
    expect(catalog.undescribed).toEqual([{ name: 'v_bad', type: 'view', reason: 'no such table: main.does_not_exist_either' }]);
    expect(catalog.columns.filter((column) => column.table !== 'plain' && column.table !== 'child').map((column) => `${column.table}.${column.name}`)).toEqual([
      'fts.body',
      'v_plain.id',
      'v_plain.name',
      'v_plain.child_id',
    ]);
    // The 7 queries of every crawl, then one for each of the 3 views and virtual tables, described alone.
    expect(catalog.queryCount).toBe(10);
  });

  it('describes all views in one query when none is broken', () => {
    const file = fileWith('whole-views', `CREATE TABLE plain (id INTEGER PRIMARY KEY); CREATE VIEW v AS SELECT id FROM plain; CREATE VIRTUAL TABLE fts USING fts5(body);`);
    const catalog = extractSqliteCatalog(file);
    expect(catalog.undescribed).toEqual([]);
    expect(catalog.columns.map((column) => `${column.table}.${column.name}`)).toEqual(['plain.id', 'fts.body', 'v.id']);
    expect(catalog.queryCount).toBe(7);
  });
});
