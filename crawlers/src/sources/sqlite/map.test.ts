import { describe, expect, it } from 'vitest';
import { mapSqliteCatalog } from './map.ts';
import type { SqliteCatalog } from './extract.ts';

const column = { notNull: false, defaultValue: null, primaryKeyPosition: 0, isRowidAlias: false };
const catalog: SqliteCatalog = {
  tables: [
    { name: 'customer', type: 'table', sql: 'CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, email VARCHAR(50) DEFAULT NULL, active CHAR(1) DEFAULT \'Y\' NOT NULL)' },
    { name: 'Rental', type: 'table', sql: 'CREATE TABLE Rental (rental_id INTEGER PRIMARY KEY, customer_id INT NOT NULL REFERENCES Customer, rented_at TIMESTAMP)' },
    {
      name: 'active_customer',
      type: 'view',
      sql: 'CREATE VIEW active_customer AS SELECT c.customer_id FROM Customer c JOIN main.rental r ON r.customer_id = c.customer_id JOIN temp.scratch s ON 1',
    },
    { name: 'rental_log', type: 'view', sql: 'CREATE VIEW rental_log AS SELECT * FROM [rental log]' },
    { name: 'docs', type: 'virtual', sql: 'CREATE VIRTUAL TABLE docs USING fts5(body)' },
    { name: 'odd,name', type: 'table', sql: 'CREATE TABLE "odd,name" (x)' },
  ],
  columns: [
    { ...column, table: 'customer', name: 'customer_id', position: 1, declaredType: 'INTEGER', primaryKeyPosition: 1, isRowidAlias: true },
    { ...column, table: 'customer', name: 'email', position: 2, declaredType: 'VARCHAR(50)', defaultValue: 'NULL' },
    { ...column, table: 'customer', name: 'active', position: 3, declaredType: 'CHAR(1)', notNull: true, defaultValue: "'Y'" },
    { ...column, table: 'Rental', name: 'rental_id', position: 1, declaredType: 'INTEGER', primaryKeyPosition: 1, isRowidAlias: true },
    { ...column, table: 'Rental', name: 'customer_id', position: 2, declaredType: 'INT', notNull: true },
    { ...column, table: 'Rental', name: 'rented_at', position: 3, declaredType: 'TIMESTAMP' },
    { ...column, table: 'active_customer', name: 'customer_id', position: 1, declaredType: 'INTEGER' },
    { ...column, table: 'docs', name: 'body', position: 1, declaredType: '' },
    { ...column, table: 'odd,name', name: 'x', position: 1, declaredType: '' },
  ],
  foreignKeys: [{ table: 'Rental', id: 0, refTable: 'Customer', column: 'customer_id', refColumn: null, position: 0 }],
  uniqueIndexColumns: [
    { table: 'customer', index: 'customer_email', column: 'email' },
    { table: 'customer', index: 'customer_email_lower', column: null },
    { table: 'Rental', index: 'rental_once', column: 'customer_id' },
    { table: 'Rental', index: 'rental_once', column: 'rented_at' },
  ],
  undescribed: [],
  queryCount: 7,
};

const ds = (table: string) => `urn:polder:dataset:(sqlite,films-file,main.${table})`;
const fd = (table: string, col: string) => `urn:polder:field:(${ds(table)},${col})`;
const context = { sourceId: 'films-file', domainId: 'rentals', keep: () => true };

describe('mapSqliteCatalog', () => {
  const snapshot = mapSqliteCatalog(catalog, context);

  it('maps tables, views and virtual tables to datasets (a name holding what a URN reserves encoded in its URN), and says what it could not read', () => {
    expect(snapshot.provider).toBe('sqlite:films-file');
    expect(snapshot.nodes.filter((n) => n.label === 'Dataset').map((n) => [n.urn, n.properties.subtype])).toEqual([
      [ds('customer'), 'TABLE'],
      [ds('Rental'), 'TABLE'],
      [ds('active_customer'), 'VIEW'],
      [ds('rental_log'), 'VIEW'],
      [ds('docs'), 'VIRTUAL_TABLE'],
      [ds('odd%2Cname'), 'TABLE'],
    ]);
    expect(snapshot.warnings).toEqual([
      { urn: ds('rental_log'), where: 'sqlite:films-file/main.rental_log', message: 'No lineage: cannot parse the SQL of this view (unexpected "[" at line 1, column 41)' },
    ]);
  });

  it('maps a view with its SQL, and no estimates SQLite does not keep', () => {
    expect(snapshot.nodes.find((n) => n.urn === ds('active_customer'))).toEqual({
      label: 'Dataset',
      urn: ds('active_customer'),
      properties: {
        name: 'active_customer',
        qualifiedName: 'main.active_customer',
        platform: 'sqlite',
        schema: 'main',
        subtype: 'VIEW',
        description: null,
        rowEstimate: null,
        sizeBytes: null,
        viewDefinition: catalog.tables[2]!.sql,
      },
    });
  });

  it('maps columns with their declared types, defaults and keys', () => {
    expect(snapshot.nodes.filter((n) => n.urn.startsWith(`urn:polder:field:(${ds('customer')}`))).toEqual([
      {
        label: 'Field',
        urn: fd('customer', 'customer_id'),
        properties: { name: 'customer_id', datasetUrn: ds('customer'), position: 1, dataType: 'INTEGER', nullable: false, defaultValue: null, description: null, isPrimaryKey: true, isUnique: true },
      },
      {
        label: 'Field',
        urn: fd('customer', 'email'),
        properties: { name: 'email', datasetUrn: ds('customer'), position: 2, dataType: 'VARCHAR(50)', nullable: true, defaultValue: null, description: null, isPrimaryKey: false, isUnique: true },
      },
      {
        label: 'Field',
        urn: fd('customer', 'active'),
        properties: { name: 'active', datasetUrn: ds('customer'), position: 3, dataType: 'CHAR(1)', nullable: false, defaultValue: "'Y'", description: null, isPrimaryKey: false, isUnique: false },
      },
    ]);
    // Part of a two-column unique index only: not unique on its own.
    expect(snapshot.nodes.find((n) => n.urn === fd('Rental', 'customer_id'))?.properties).toMatchObject({ isPrimaryKey: false, isUnique: false });
  });

  it("maps a foreign key to the parent's primary key and view lineage, matching names as SQLite does", () => {
    expect(snapshot.edges.filter((e) => e.type === 'REFERENCES' || e.type === 'DERIVES_FROM')).toEqual([
      { type: 'REFERENCES', from: fd('Rental', 'customer_id'), to: fd('customer', 'customer_id') },
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('customer'), properties: { transformation: 'VIEW', confidence: 1 } },
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('Rental'), properties: { transformation: 'VIEW', confidence: 1 } },
    ]);
    expect(snapshot.edges).toContainEqual({ type: 'IN_DOMAIN', from: ds('docs'), to: 'urn:polder:domain:rentals' });
    expect(snapshot.edges).toContainEqual({ type: 'FROM_SOURCE', from: ds('docs'), to: 'urn:polder:source:films-file' });
  });

  it('reports the rowid alias not nullable, and a primary key SQLite lets hold NULL nullable', () => {
    const withLegacyKey = mapSqliteCatalog(
      {
        ...catalog,
        tables: [{ name: 'legacy', type: 'table', sql: 'CREATE TABLE legacy (code TEXT PRIMARY KEY)' }],
        columns: [{ ...column, table: 'legacy', name: 'code', position: 1, declaredType: 'TEXT', primaryKeyPosition: 1 }],
        foreignKeys: [],
        uniqueIndexColumns: [],
      },
      context,
    );
    expect(withLegacyKey.nodes.find((n) => n.urn === fd('legacy', 'code'))?.properties).toMatchObject({ nullable: true, isPrimaryKey: true });
    expect(snapshot.nodes.find((n) => n.urn === fd('Rental', 'rental_id'))?.properties).toMatchObject({ nullable: false, isPrimaryKey: true });
  });

  it('keeps a view SQLite could not describe, without columns, with a warning that names it; the others keep theirs', () => {
    const withBrokenView = mapSqliteCatalog(
      { ...catalog, columns: catalog.columns.filter((c) => c.table !== 'active_customer'), undescribed: [{ name: 'active_customer', type: 'view', reason: 'no such table: main.gone' }] },
      context,
    );
    expect(withBrokenView.warnings).toContainEqual({
      urn: ds('active_customer'),
      where: 'sqlite:films-file/main.active_customer',
      message: 'No columns: SQLite cannot describe this view (no such table: main.gone)',
    });
    expect(withBrokenView.nodes.map((n) => n.urn)).toContain(ds('active_customer'));
    expect(withBrokenView.nodes.map((n) => n.urn)).toContain(fd('docs', 'body'));
  });

  it('names a virtual table it could not describe as one, and says nothing of one the table filter drops', () => {
    const undescribed: SqliteCatalog['undescribed'] = [{ name: 'docs', type: 'virtual', reason: 'no such module: fts5' }];
    const withBrokenTable = mapSqliteCatalog({ ...catalog, columns: catalog.columns.filter((c) => c.table !== 'docs'), undescribed }, context);
    expect(withBrokenTable.warnings).toContainEqual({ urn: ds('docs'), where: 'sqlite:films-file/main.docs', message: 'No columns: SQLite cannot describe this virtual table (no such module: fts5)' });
    const filtered = mapSqliteCatalog({ ...catalog, undescribed }, { ...context, keep: (name) => name !== 'main.docs' });
    expect(filtered.warnings.filter((warning) => warning.where.endsWith('docs'))).toEqual([]);
  });

  it('drops what the table filter excludes, and edges into it', () => {
    const filtered = mapSqliteCatalog(catalog, { ...context, keep: (name) => name !== 'main.customer' });
    expect(filtered.nodes.map((n) => n.urn)).not.toContain(ds('customer'));
    expect(filtered.edges.filter((e) => e.type === 'REFERENCES' || e.type === 'DERIVES_FROM')).toEqual([
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('Rental'), properties: { transformation: 'VIEW', confidence: 1 } },
    ]);
  });
});
