/**
 * Maps a MySQL or MariaDB schema's catalog to URN-keyed nodes and edges. Pure: no
 * I/O, so it is unit-tested with literal rows.
 *
 * MySQL has no level above the schema, so a dataset is `(mysql,<sourceId>,<schema>.<table>)`.
 *
 * Names are looked up by catalogKey, never joined with a dot: `a.b` is a table name too, so
 * `shop`.`a.b` and `shop.a`.`b`, or column `c` of table `a.b` and column `b.c` of table `a`, would meet.
 *
 * A foreign key or a view may read a table of another database of the same server. In a mesh,
 * that is often another domain's database, crawled by a source of its own: the edge is drawn to
 * that source's dataset (or column), e.g. view sales.customer_revenue reading finance.invoice:
 *
 *   (mysql,sales-db,sales.customer_revenue) -DERIVES_FROM-> (mysql,finance-db,finance.invoice)
 *
 * when polder.yaml declares finance-db on the same host (any case) and port (otherDatabasesOf.ts).
 * The edge is this source's, and lands once the other source has written its end: until its first
 * crawl, the edge dangles, and each run of this source tries it again (GraphWriter keeps no digest
 * then). Otherwise the foreign key or view gets a warning naming both ends and saying why: no source
 * crawls that database (declare one to get the edge), or the one that does leaves the table out
 * (its include/exclude), so no edge points at a dataset the catalog will never hold.
 *
 * View lineage is table level, as for tables of the source's own database.
 */
import {
  formatUrn,
  InvalidUrnError,
  type CrawlWarning,
  type EdgeRecord,
  type GraphSnapshot,
  type NodeRecord,
} from '@polder/graph-schema';
import { tablesReadByView, type ViewSqlDialect } from '../../viewLineage/tablesReadByView.ts';
import type { MyKeyColumn, MySqlCatalog, MyTable } from './extract.ts';
// NUL-joined names, shared with the PostgreSQL source: a MySQL identifier cannot hold NUL either.
import { catalogKey } from '../postgres/catalogKey.ts';
import { fieldUrnOrWarning } from '../fieldUrnOrWarning.ts';
import { withoutCredentials } from '../withoutCredentials.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

/** Another source of the mesh, crawling another database of this source's server. */
export interface OtherDatabaseSource {
  sourceId: string;
  database: string;
  /** Tables (`database.table`) it keeps, from its include/exclude. */
  keep: (qualifiedName: string) => boolean;
}

export interface MySqlMapContext {
  sourceId: string;
  domainId: string;
  /** Tables (`schema.table`) to keep. */
  keep: (qualifiedName: string) => boolean;
  /** The sources crawling other databases of this server (otherDatabasesOf.ts), whose tables edges may reach; none by default. */
  otherDatabases?: readonly OtherDatabaseSource[];
}

/** The SQL a server writes view definitions in; MariaDB says so in its version string. */
export function mysqlDialect(serverVersion: string): ViewSqlDialect {
  return /mariadb/i.test(serverVersion) ? 'mariadb' : 'mysql';
}

function subtype(table: MyTable): string {
  if (table.type === 'VIEW') return 'VIEW';
  return table.partitioned ? 'PARTITIONED_TABLE' : 'TABLE';
}

export function mapMySqlCatalog(catalog: MySqlCatalog, context: MySqlMapContext): GraphSnapshot {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const warnings: CrawlWarning[] = [];
  const dialect = mysqlDialect(catalog.serverVersion);
  const domainUrn = formatUrn('domain', context.domainId);
  const sourceUrn = formatUrn('source', context.sourceId);
  const provider = sourceProviderOf({ kind: 'mysql', id: context.sourceId });
  const where = (schema: string, table: string) => `${provider}/${schema}.${table}`;

  /** URNs of the kept datasets, by catalogKey(schema, table). */
  const datasetUrns = new Map<string, string>();
  const datasetUrn = (schema: string, table: string): string | undefined => datasetUrns.get(catalogKey(schema, table));
  /**
   * The URN of a table of another database of the server, as the source that crawls it names it,
   * or why no edge goes there, for the warning on the foreign key or view that reads it. Of two
   * sources keeping the table (one database declared twice), the first given (readDeclaredStores
   * orders them by id): one edge, not two to the same table.
   */
  const otherDatabaseDataset = (database: string, table: string): { urn: string } | { notDrawn: string } => {
    const crawling = (context.otherDatabases ?? []).filter((other) => other.database === database);
    if (crawling.length === 0) {
      return { notDrawn: `no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: ${database}) to draw the edge` };
    }
    const keeper = crawling.find((other) => other.keep(`${database}.${table}`));
    if (!keeper) {
      const ids = crawling.map((other) => other.sourceId).join(', ');
      return { notDrawn: `source ${ids} crawls that database but its include/exclude leave ${table} out, so the edge is not drawn` };
    }
    try {
      return { urn: formatUrn('dataset', 'mysql', keeper.sourceId, `${database}.${table}`) };
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      // That source skips the table too, and says so.
      return { notDrawn: `source ${keeper.sourceId} cannot name the table (${error.message}), so the edge is not drawn` };
    }
  };

  for (const table of catalog.tables) {
    const local = `${catalog.schema}.${table.name}`;
    if (!context.keep(local)) continue;
    let urn: string;
    try {
      urn = formatUrn('dataset', 'mysql', context.sourceId, local);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      warnings.push({ where: where(catalog.schema, table.name), message: `Skipped: ${error.message}` });
      continue;
    }
    datasetUrns.set(catalogKey(catalog.schema, table.name), urn);
    const isView = table.type === 'VIEW';
    nodes.push({
      label: 'Dataset',
      urn,
      properties: {
        name: table.name,
        qualifiedName: local,
        platform: 'mysql',
        schema: catalog.schema,
        subtype: subtype(table),
        // A view has no comment of its own: the server reports "VIEW" there, or why the view is broken.
        description: isView || table.comment === '' ? null : table.comment,
        engine: table.engine,
        rowEstimate: table.rowEstimate,
        sizeBytes: table.sizeBytes,
        viewDefinition: isView && table.viewDefinition ? withoutCredentials(table.viewDefinition) : null,
      },
    });
    edges.push({ type: 'IN_DOMAIN', from: urn, to: domainUrn }, { type: 'FROM_SOURCE', from: urn, to: sourceUrn });
    if (isView && table.comment !== '' && table.comment !== 'VIEW') {
      warnings.push({ urn, where: where(catalog.schema, table.name), message: table.comment });
    }
  }

  // A column is unique on its own when a single-column primary or unique key holds it. A key is
  // its table, kind and name: a unique key and a foreign key may share a name (the foreign key then
  // uses that unique key as its index), and the unique key is no less single-column for it.
  const keyOf = (key: MyKeyColumn) => catalogKey(key.table, key.kind, key.constraint);
  const keyColumnCounts = new Map<string, number>();
  for (const key of catalog.keyColumns) keyColumnCounts.set(keyOf(key), (keyColumnCounts.get(keyOf(key)) ?? 0) + 1);
  const keyFlags = new Map<string, { primary: boolean; unique: boolean }>();
  for (const key of catalog.keyColumns) {
    if (key.kind === 'FOREIGN KEY') continue;
    const column = catalogKey(key.table, key.column);
    const flags = keyFlags.get(column) ?? { primary: false, unique: false };
    if (key.kind === 'PRIMARY KEY') flags.primary = true;
    // Position 1 as well: should a server list only the key columns the crawler may read (column-level
    // grants; MariaDB hides such a key whole), a key's second column seen alone is not a key of its own.
    if (keyColumnCounts.get(keyOf(key)) === 1 && key.position === 1) flags.unique = true;
    keyFlags.set(column, flags);
  }

  const fieldUrn = (schema: string, table: string, column: string): string | undefined => {
    const dataset = datasetUrn(schema, table);
    return dataset && fieldUrnOrWarning(dataset, column, `${where(schema, table)}.${column}`, warnings);
  };

  for (const column of catalog.columns) {
    const dataset = datasetUrn(catalog.schema, column.table);
    const urn = fieldUrn(catalog.schema, column.table, column.name);
    if (!dataset || !urn) continue;
    const flags = keyFlags.get(catalogKey(column.table, column.name));
    nodes.push({
      label: 'Field',
      urn,
      properties: {
        name: column.name,
        datasetUrn: dataset,
        position: column.position,
        dataType: column.columnType,
        nullable: column.nullable,
        // MariaDB renders DEFAULT NULL as the bare word NULL (a string literal comes quoted: 'NULL'); it means no default.
        defaultValue: dialect === 'mariadb' && column.defaultValue === 'NULL' ? null : column.defaultValue,
        description: column.comment === '' ? null : column.comment,
        isPrimaryKey: flags?.primary ?? false,
        isUnique: flags?.unique ?? false,
      },
    });
    edges.push({ type: 'HAS_FIELD', from: dataset, to: urn });
  }

  for (const key of catalog.keyColumns) {
    if (key.kind !== 'FOREIGN KEY' || !key.refSchema || !key.refTable || !key.refColumn) continue;
    const from = fieldUrn(catalog.schema, key.table, key.column);
    if (!from) continue;
    let to: string | undefined;
    if (key.refSchema === catalog.schema) {
      to = fieldUrn(key.refSchema, key.refTable, key.refColumn);
    } else {
      const target = otherDatabaseDataset(key.refSchema, key.refTable);
      if ('notDrawn' in target) {
        warnings.push({
          urn: datasetUrn(catalog.schema, key.table),
          where: `${where(catalog.schema, key.table)}.${key.column}`,
          message: `No reference: foreign key ${key.constraint} points at ${key.refTable} (${key.refColumn}) in database ${key.refSchema}; ${target.notDrawn}`,
        });
        continue;
      }
      to = fieldUrnOrWarning(target.urn, key.refColumn, `${where(catalog.schema, key.table)}.${key.column}`, warnings);
    }
    if (to) edges.push({ type: 'REFERENCES', from, to, properties: { constraint: key.constraint } });
  }

  const lineage = new Set<string>();
  const readsOtherDatabase = new Set<string>();
  const derivesFrom = (view: string, refSchema: string, refTable: string) => {
    const from = datasetUrn(catalog.schema, view);
    if (!from) return;
    let to: string | undefined;
    if (refSchema === catalog.schema) {
      to = datasetUrn(refSchema, refTable);
    } else {
      const target = otherDatabaseDataset(refSchema, refTable);
      if ('notDrawn' in target) {
        if (readsOtherDatabase.has(catalogKey(from, refSchema, refTable))) return;
        readsOtherDatabase.add(catalogKey(from, refSchema, refTable));
        warnings.push({ urn: from, where: where(catalog.schema, view), message: `No lineage from ${refTable} in database ${refSchema}; ${target.notDrawn}` });
        return;
      }
      to = target.urn;
    }
    if (!to || from === to || lineage.has(catalogKey(from, to))) return;
    lineage.add(catalogKey(from, to));
    edges.push({ type: 'DERIVES_FROM', from, to, properties: { transformation: 'VIEW', confidence: 1 } });
  };
  if (catalog.viewTableUsage) {
    for (const usage of catalog.viewTableUsage) derivesFrom(usage.view, usage.refSchema, usage.refTable);
  } else {
    for (const view of catalog.tables) {
      const urn = datasetUrn(catalog.schema, view.name);
      if (view.type !== 'VIEW' || !urn) continue;
      const warn = (message: string) => warnings.push({ urn, where: where(catalog.schema, view.name), message });
      if (!view.viewDefinition) {
        warn('No lineage: the server hides the SQL of this view from the crawler (grant it SHOW VIEW)');
        continue;
      }
      const read = tablesReadByView(view.viewDefinition, dialect);
      if (read.kind === 'unparseable') {
        warn(`No lineage: cannot parse the SQL of this view (${read.reason})`);
        continue;
      }
      // A table named without a schema is in the view's own schema.
      for (const table of read.tables) derivesFrom(view.name, table.schema ?? catalog.schema, table.name);
    }
  }

  return { provider, nodes, edges, warnings };
}
