import { describe, expect, it } from 'vitest';
import { mapMySqlCatalog, mysqlDialect } from './map.ts';
import type { MySqlCatalog } from './extract.ts';

const table = { type: 'BASE TABLE', engine: 'InnoDB', partitioned: false, comment: '', rowEstimate: 10, sizeBytes: 16384, viewDefinition: null, rowsRead: null, rowsChanged: null } as const;
const view = { type: 'VIEW', engine: null, partitioned: false, comment: 'VIEW', rowEstimate: null, sizeBytes: null, rowsRead: null, rowsChanged: null } as const;
const column = { nullable: true, defaultValue: null, comment: '' };
const catalog: MySqlCatalog = {
  schema: 'rentals',
  serverVersion: '10.11.19-MariaDB-0+deb12u1',
  tables: [
    { ...table, name: 'customer', comment: 'People who rent' },
    { ...table, name: 'rental', partitioned: true },
    { ...view, name: 'active_customer', viewDefinition: 'select `c`.`customer_id` AS `customer_id` from (`rentals`.`customer` `c` join `rentals`.`rental` `r` on(`r`.`customer_id` = `c`.`customer_id`))' },
    { ...view, name: 'half_written', viewDefinition: 'select * from customer where' },
    { ...view, name: 'secret', viewDefinition: '' },
    { ...view, name: 'stale', comment: "View 'rentals.stale' references invalid table(s) or column(s) or function(s) or definer/invoker of view lack rights to use them", viewDefinition: 'select `rentals`.`gone`.`x` AS `x` from `rentals`.`gone`' },
    { ...table, name: 'odd,name' },
  ],
  columns: [
    { ...column, table: 'customer', name: 'customer_id', position: 1, columnType: 'int(10) unsigned', nullable: false },
    { ...column, table: 'customer', name: 'email', position: 2, columnType: 'varchar(50)', defaultValue: 'NULL', comment: 'Where receipts go' },
    { ...column, table: 'customer', name: 'active', position: 3, columnType: 'tinyint(1)', nullable: false, defaultValue: '1' },
    { ...column, table: 'rental', name: 'customer_id', position: 1, columnType: 'int(10) unsigned', nullable: false },
    { ...column, table: 'rental', name: 'rented_at', position: 2, columnType: 'datetime', nullable: false, defaultValue: 'current_timestamp()' },
    { ...column, table: 'active_customer', name: 'customer_id', position: 1, columnType: 'int(10) unsigned', nullable: false },
    { ...column, table: 'odd,name', name: 'x', position: 1, columnType: 'text' },
  ],
  keyColumns: [
    { table: 'customer', constraint: 'PRIMARY', kind: 'PRIMARY KEY', column: 'customer_id', position: 1, refSchema: null, refTable: null, refColumn: null },
    { table: 'customer', constraint: 'email', kind: 'UNIQUE', column: 'email', position: 1, refSchema: null, refTable: null, refColumn: null },
    { table: 'rental', constraint: 'one_rental_at_a_time', kind: 'UNIQUE', column: 'customer_id', position: 1, refSchema: null, refTable: null, refColumn: null },
    { table: 'rental', constraint: 'one_rental_at_a_time', kind: 'UNIQUE', column: 'rented_at', position: 2, refSchema: null, refTable: null, refColumn: null },
    { table: 'rental', constraint: 'fk_rental_customer', kind: 'FOREIGN KEY', column: 'customer_id', position: 1, refSchema: 'rentals', refTable: 'customer', refColumn: 'customer_id' },
  ],
  viewTableUsage: null,
  usage: null,
  queryCount: 6,
};

const ds = (table: string) => `urn:polder:dataset:(mysql,rentals-db,rentals.${table})`;
const fd = (table: string, col: string) => `urn:polder:field:(${ds(table)},${col})`;
const lineageAndKeys = (snapshot: ReturnType<typeof mapMySqlCatalog>) => snapshot.edges.filter((e) => e.type === 'REFERENCES' || e.type === 'DERIVES_FROM');

describe('mapMySqlCatalog', () => {
  const snapshot = mapMySqlCatalog(catalog, { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true });

  it('maps tables and views to datasets (a name holding what a URN reserves encoded in its URN), and says what it could not read', () => {
    expect(snapshot.provider).toBe('mysql:rentals-db');
    expect(snapshot.nodes.filter((n) => n.label === 'Dataset').map((n) => [n.urn, n.properties.subtype])).toEqual([
      [ds('customer'), 'TABLE'],
      [ds('rental'), 'PARTITIONED_TABLE'],
      [ds('active_customer'), 'VIEW'],
      [ds('half_written'), 'VIEW'],
      [ds('secret'), 'VIEW'],
      [ds('stale'), 'VIEW'],
      [ds('odd%2Cname'), 'TABLE'],
    ]);
    expect(snapshot.warnings).toEqual([
      { urn: ds('stale'), where: 'mysql:rentals-db/rentals.stale', message: "View 'rentals.stale' references invalid table(s) or column(s) or function(s) or definer/invoker of view lack rights to use them" },
      { urn: ds('half_written'), where: 'mysql:rentals-db/rentals.half_written', message: 'No lineage: cannot parse the SQL of this view (unexpected end of the SQL at line 1, column 29)' },
      { urn: ds('secret'), where: 'mysql:rentals-db/rentals.secret', message: 'No lineage: the server hides the SQL of this view from the crawler (grant it SHOW VIEW)' },
    ]);
  });

  it('maps a table with its comment, engine and estimates, and a view with its SQL', () => {
    expect(snapshot.nodes.find((n) => n.urn === ds('customer'))).toEqual({
      label: 'Dataset',
      urn: ds('customer'),
      properties: {
        name: 'customer',
        qualifiedName: 'rentals.customer',
        platform: 'mysql',
        schema: 'rentals',
        subtype: 'TABLE',
        description: 'People who rent',
        engine: 'InnoDB',
        rowEstimate: 10,
        sizeBytes: 16384,
        viewDefinition: null,
      },
    });
    expect(snapshot.nodes.find((n) => n.urn === ds('active_customer'))?.properties).toMatchObject({ description: null, viewDefinition: catalog.tables[2]!.viewDefinition });
  });

  it('maps columns with keys, defaults and comments', () => {
    expect(snapshot.nodes.filter((n) => n.urn.startsWith(`urn:polder:field:(${ds('customer')}`))).toEqual([
      {
        label: 'Field',
        urn: fd('customer', 'customer_id'),
        properties: { name: 'customer_id', datasetUrn: ds('customer'), position: 1, dataType: 'int(10) unsigned', nullable: false, defaultValue: null, description: null, isPrimaryKey: true, isUnique: true },
      },
      {
        label: 'Field',
        urn: fd('customer', 'email'),
        properties: { name: 'email', datasetUrn: ds('customer'), position: 2, dataType: 'varchar(50)', nullable: true, defaultValue: null, description: 'Where receipts go', isPrimaryKey: false, isUnique: true },
      },
      {
        label: 'Field',
        urn: fd('customer', 'active'),
        properties: { name: 'active', datasetUrn: ds('customer'), position: 3, dataType: 'tinyint(1)', nullable: false, defaultValue: '1', description: null, isPrimaryKey: false, isUnique: false },
      },
    ]);
    // Part of a two-column unique key only: not unique on its own.
    expect(snapshot.nodes.find((n) => n.urn === fd('rental', 'customer_id'))?.properties).toMatchObject({ isPrimaryKey: false, isUnique: false });
  });

  it('maps foreign keys, and view lineage parsed from the SQL, to edges', () => {
    expect(lineageAndKeys(snapshot)).toEqual([
      { type: 'REFERENCES', from: fd('rental', 'customer_id'), to: fd('customer', 'customer_id'), properties: { constraint: 'fk_rental_customer' } },
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('customer'), properties: { transformation: 'VIEW', confidence: 1 } },
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('rental'), properties: { transformation: 'VIEW', confidence: 1 } },
    ]);
    expect(snapshot.edges).toContainEqual({ type: 'IN_DOMAIN', from: ds('customer'), to: 'urn:polder:domain:rentals' });
    expect(snapshot.edges).toContainEqual({ type: 'FROM_SOURCE', from: ds('customer'), to: 'urn:polder:source:rentals-db' });
  });

  it("takes view lineage from the server's record when it keeps one (MySQL 8.0.13+), without parsing", () => {
    const mysql8 = mapMySqlCatalog(
      {
        ...catalog,
        serverVersion: '8.0.36',
        tables: catalog.tables.filter((t) => t.name !== 'odd,name' && t.name !== 'stale'),
        viewTableUsage: [
          { view: 'half_written', refSchema: 'rentals', refTable: 'customer' },
          { view: 'half_written', refSchema: 'billing', refTable: 'invoice' },
        ],
      },
      { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true },
    );
    expect(lineageAndKeys(mysql8).filter((e) => e.type === 'DERIVES_FROM')).toEqual([
      { type: 'DERIVES_FROM', from: ds('half_written'), to: ds('customer'), properties: { transformation: 'VIEW', confidence: 1 } },
    ]);
    expect(mysql8.warnings).toEqual([
      {
        urn: ds('half_written'),
        where: 'mysql:rentals-db/rentals.half_written',
        message: "No lineage from invoice in database billing; no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: billing) to draw the edge",
      },
    ]);
    // MySQL does not quote literals, so there the word NULL is a string default, kept as is.
    expect(mysql8.nodes.find((n) => n.urn === fd('customer', 'email'))?.properties.defaultValue).toBe('NULL');
  });

  it('keys columns by table and column apart: column `b.c` of table `a` is not column `c` of table `a.b`', () => {
    const dotted = mapMySqlCatalog(
      {
        ...catalog,
        tables: [
          { ...table, name: 'a.b' },
          { ...table, name: 'a' },
        ],
        columns: [
          { ...column, table: 'a.b', name: 'c', position: 1, columnType: 'int(11)', nullable: false },
          { ...column, table: 'a.b', name: 'd', position: 2, columnType: 'int(11)' },
          { ...column, table: 'a', name: 'b.c', position: 1, columnType: 'int(11)' },
          { ...column, table: 'a', name: 'x', position: 2, columnType: 'int(11)' },
        ],
        keyColumns: [{ table: 'a.b', constraint: 'PRIMARY', kind: 'PRIMARY KEY', column: 'c', position: 1, refSchema: null, refTable: null, refColumn: null }],
      },
      { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true },
    );
    const keys = dotted.nodes.filter((n) => n.label === 'Field').map((n) => [n.urn, n.properties.isPrimaryKey, n.properties.isUnique]);
    expect(keys).toEqual([
      [fd('a.b', 'c'), true, true],
      [fd('a.b', 'd'), false, false],
      [fd('a', 'b.c'), false, false],
      [fd('a', 'x'), false, false],
    ]);
  });

  it('counts the columns of a unique key apart from a foreign key of the same name, and trusts no key seen from its second column', () => {
    const keyColumn = { table: 'rental', position: 1, refSchema: null, refTable: null, refColumn: null };
    const keyed = mapMySqlCatalog(
      {
        ...catalog,
        keyColumns: [
          // The foreign key uses the unique key of its name as its index.
          { ...keyColumn, constraint: 'fk_rental_customer', kind: 'UNIQUE', column: 'customer_id' },
          { ...keyColumn, constraint: 'fk_rental_customer', kind: 'FOREIGN KEY', column: 'customer_id', refSchema: 'rentals', refTable: 'customer', refColumn: 'customer_id' },
          // Granted rented_at alone, the crawler sees the second column of a two-column key.
          { ...keyColumn, constraint: 'one_rental_at_a_time', kind: 'UNIQUE', column: 'rented_at', position: 2 },
        ],
      },
      { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true },
    );
    const flags = (col: string) => keyed.nodes.find((n) => n.urn === fd('rental', col))?.properties;
    expect([flags('customer_id'), flags('rented_at')]).toEqual([expect.objectContaining({ isUnique: true }), expect.objectContaining({ isUnique: false })]);
    expect(lineageAndKeys(keyed).filter((e) => e.type === 'REFERENCES')).toEqual([
      { type: 'REFERENCES', from: fd('rental', 'customer_id'), to: fd('customer', 'customer_id'), properties: { constraint: 'fk_rental_customer' } },
    ]);
  });

  // A foreign key and a view of rentals reading billing, a database of the same server.
  const crossingCatalog: MySqlCatalog = {
    ...catalog,
    tables: [
      { ...table, name: 'rental' },
      { ...view, name: 'paid_rental', viewDefinition: 'select `r`.`customer_id` AS `customer_id` from (`rentals`.`rental` `r` join `billing`.`invoice` `i` on(`i`.`customer_id` = `r`.`customer_id`))' },
    ],
    columns: [{ ...column, table: 'rental', name: 'customer_id', position: 1, columnType: 'int(10) unsigned', nullable: false }],
    keyColumns: [
      { table: 'rental', constraint: 'fk_rental_account', kind: 'FOREIGN KEY', column: 'customer_id', position: 1, refSchema: 'billing', refTable: 'account', refColumn: 'id' },
    ],
  };
  const billing = (table: string) => `urn:polder:dataset:(mysql,billing-db,billing.${table})`;
  const paidRentalFromRental = { type: 'DERIVES_FROM', from: ds('paid_rental'), to: ds('rental'), properties: { transformation: 'VIEW', confidence: 1 } };

  it('says which foreign key and which view read a table of another database that no source crawls, and how to get the edge', () => {
    const crossing = mapMySqlCatalog(crossingCatalog, {
      sourceId: 'rentals-db',
      domainId: 'rentals',
      keep: () => true,
      // Another database of the server is crawled, not billing.
      otherDatabases: [{ sourceId: 'stock-db', database: 'stock', keep: () => true }],
    });
    expect(lineageAndKeys(crossing)).toEqual([paidRentalFromRental]);
    expect(crossing.warnings).toEqual([
      {
        urn: ds('rental'),
        where: 'mysql:rentals-db/rentals.rental.customer_id',
        message:
          "No reference: foreign key fk_rental_account points at account (id) in database billing; no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: billing) to draw the edge",
      },
      {
        urn: ds('paid_rental'),
        where: 'mysql:rentals-db/rentals.paid_rental',
        message: "No lineage from invoice in database billing; no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: billing) to draw the edge",
      },
    ]);
  });

  it("draws a foreign key and a view's lineage into another database to the dataset and column of the source that crawls it", () => {
    const crossing = mapMySqlCatalog(crossingCatalog, {
      sourceId: 'rentals-db',
      domainId: 'rentals',
      keep: () => true,
      otherDatabases: [{ sourceId: 'billing-db', database: 'billing', keep: () => true }],
    });
    expect(lineageAndKeys(crossing)).toEqual([
      { type: 'REFERENCES', from: fd('rental', 'customer_id'), to: `urn:polder:field:(${billing('account')},id)`, properties: { constraint: 'fk_rental_account' } },
      paidRentalFromRental,
      { type: 'DERIVES_FROM', from: ds('paid_rental'), to: billing('invoice'), properties: { transformation: 'VIEW', confidence: 1 } },
    ]);
    expect(crossing.warnings).toEqual([]);
    // Only the edges: the other source's datasets are its own to write (and until it does, the edges wait for them).
    expect(crossing.nodes.map((n) => n.urn).filter((urn) => urn.includes('billing'))).toEqual([]);
  });

  it('draws no edge to a table the source of its database leaves out, and says which filter did', () => {
    const crossing = mapMySqlCatalog(crossingCatalog, {
      sourceId: 'rentals-db',
      domainId: 'rentals',
      keep: () => true,
      otherDatabases: [{ sourceId: 'billing-db', database: 'billing', keep: (name) => name !== 'billing.invoice' }],
    });
    expect(lineageAndKeys(crossing)).toEqual([
      { type: 'REFERENCES', from: fd('rental', 'customer_id'), to: `urn:polder:field:(${billing('account')},id)`, properties: { constraint: 'fk_rental_account' } },
      paidRentalFromRental,
    ]);
    expect(crossing.warnings).toEqual([
      {
        urn: ds('paid_rental'),
        where: 'mysql:rentals-db/rentals.paid_rental',
        message: 'No lineage from invoice in database billing; source billing-db crawls that database but its include/exclude leave invoice out, so the edge is not drawn',
      },
    ]);
  });

  it('draws the edge to the first source, by the order given, that keeps the table of a database two sources crawl', () => {
    const crossing = mapMySqlCatalog(crossingCatalog, {
      sourceId: 'rentals-db',
      domainId: 'rentals',
      keep: () => true,
      otherDatabases: [
        { sourceId: 'billing-accounts', database: 'billing', keep: (name) => name === 'billing.account' },
        { sourceId: 'billing-db', database: 'billing', keep: () => true },
      ],
    });
    expect(lineageAndKeys(crossing).map((edge) => edge.to)).toEqual([
      'urn:polder:field:(urn:polder:dataset:(mysql,billing-accounts,billing.account),id)',
      ds('rental'),
      billing('invoice'),
    ]);
  });

  it('drops what the table filter excludes, and edges into it', () => {
    const filtered = mapMySqlCatalog(catalog, { sourceId: 'rentals-db', domainId: 'rentals', keep: (name) => name !== 'rentals.customer' });
    expect(filtered.nodes.map((n) => n.urn)).not.toContain(ds('customer'));
    expect(lineageAndKeys(filtered)).toEqual([
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('rental'), properties: { transformation: 'VIEW', confidence: 1 } },
    ]);
  });
});

describe('mysqlDialect', () => {
  it('tells MariaDB from MySQL by the version string', () => {
    expect([mysqlDialect('10.11.19-MariaDB-0+deb12u1'), mysqlDialect('8.0.36'), mysqlDialect('5.5.5-10.6.18-MariaDB')]).toEqual(['mariadb', 'mysql', 'mariadb']);
  });
});
