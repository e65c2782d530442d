/**
 * Maps a MySQL or MariaDB schema's catalog to URN-keyed nodes and edges. Pure: no
 * I/O, so it is unit-tested with literal rows.
 *
 * MySQL has no level above the schema, so a dataset is `(mysql,<sourceId>,<schema>.<table>)`.
 *
 * Names are looked up by catalogKey, never joined with a dot: `a.b` is a table name too, so
 * `shop`.`a.b` and `shop.a`.`b`, or column `c` of table `a.b` and column `b.c` of table `a`, would meet.
 *
 * A source knows the URNs of its own database only, so a foreign key or a view that reads a
 * table of another database has no edge; it gets a warning naming both ends instead.
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

export interface MySqlMapContext {
  sourceId: string;
  domainId: string;
  /** Tables (`schema.table`) to keep. */
  keep: (qualifiedName: string) => boolean;
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
  // Why an edge into another database is missing, in the warning on the column or view it would start from.
  const notCrawled = `a mysql source crawls one database (${catalog.schema}), so the edge is not drawn`;

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
    if (from && key.refSchema !== catalog.schema) {
      warnings.push({
        urn: datasetUrn(catalog.schema, key.table),
        where: `${where(catalog.schema, key.table)}.${key.column}`,
        message: `No reference: foreign key ${key.constraint} points at ${key.refTable} (${key.refColumn}) in database ${key.refSchema}; ${notCrawled}`,
      });
      continue;
    }
    const to = fieldUrn(key.refSchema, key.refTable, key.refColumn);
    if (from && to) edges.push({ type: 'REFERENCES', from, to, properties: { constraint: key.constraint } });
  }

  const lineage = new Set<string>();
  const readsOtherDatabase = new Set<string>();
  const derivesFrom = (view: string, refSchema: string, refTable: string) => {
    const from = datasetUrn(catalog.schema, view);
    if (from && refSchema !== catalog.schema) {
      if (readsOtherDatabase.has(catalogKey(from, refSchema, refTable))) return;
      readsOtherDatabase.add(catalogKey(from, refSchema, refTable));
      warnings.push({ urn: from, where: where(catalog.schema, view), message: `No lineage from ${refTable} in database ${refSchema}; ${notCrawled}` });
      return;
    }
    const to = datasetUrn(refSchema, refTable);
    if (!from || !to || from === to || lineage.has(catalogKey(from, to))) return;
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
