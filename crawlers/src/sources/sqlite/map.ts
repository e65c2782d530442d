/**
 * Maps a SQLite file's catalog to URN-keyed nodes and edges. Pure: no I/O, so it
 * is unit-tested with literal rows.
 *
 * A file is one schema, `main`: a dataset is `(sqlite,<sourceId>,main.<table>)`.
 * SQLite compares names without regard to ASCII case (a foreign key may say
 * `REFERENCES Customer` of a table created as `customer`), so names are matched
 * that way, and URNs use each name as it was created.
 */
import {
  formatUrn,
  InvalidUrnError,
  type CrawlWarning,
  type EdgeRecord,
  type GraphSnapshot,
  type NodeRecord,
} from '@polder/graph-schema';
import { tablesReadByView } from '../../viewLineage/tablesReadByView.ts';
import type { LiteColumn, LiteObject, SqliteCatalog } from './extract.ts';
import { fieldUrnOrWarning } from '../fieldUrnOrWarning.ts';
import { withoutCredentials } from '../withoutCredentials.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

export interface SqliteMapContext {
  sourceId: string;
  domainId: string;
  /** Tables (`main.table`) to keep. */
  keep: (qualifiedName: string) => boolean;
}

const SCHEMA = 'main';

const SUBTYPES: Record<LiteObject['type'], string> = { table: 'TABLE', view: 'VIEW', virtual: 'VIRTUAL_TABLE' };

/** SQLite's own rule for names: ASCII letters match either case, other characters only themselves. */
function nameKey(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

export function mapSqliteCatalog(catalog: SqliteCatalog, context: SqliteMapContext): GraphSnapshot {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const warnings: CrawlWarning[] = [];
  const domainUrn = formatUrn('domain', context.domainId);
  const sourceUrn = formatUrn('source', context.sourceId);
  const provider = sourceProviderOf({ kind: 'sqlite', id: context.sourceId });
  const where = (table: string) => `${provider}/${SCHEMA}.${table}`;

  /** URNs of the kept datasets, by name key. */
  const datasetUrns = new Map<string, string>();
  const datasetUrn = (table: string): string | undefined => datasetUrns.get(nameKey(table));

  for (const object of catalog.tables) {
    const local = `${SCHEMA}.${object.name}`;
    if (!context.keep(local)) continue;
    let urn: string;
    try {
      urn = formatUrn('dataset', 'sqlite', context.sourceId, local);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      warnings.push({ where: where(object.name), message: `Skipped: ${error.message}` });
      continue;
    }
    datasetUrns.set(nameKey(object.name), urn);
    nodes.push({
      label: 'Dataset',
      urn,
      properties: {
        name: object.name,
        qualifiedName: local,
        platform: 'sqlite',
        schema: SCHEMA,
        subtype: SUBTYPES[object.type],
        // SQLite keeps no comments, and no statistics unless ANALYZE ran; counting rows would read every table.
        description: null,
        rowEstimate: null,
        sizeBytes: null,
        viewDefinition: object.type === 'view' ? withoutCredentials(object.sql) : null,
      },
    });
    edges.push({ type: 'IN_DOMAIN', from: urn, to: domainUrn }, { type: 'FROM_SOURCE', from: urn, to: sourceUrn });
  }
  for (const object of catalog.undescribed) {
    const urn = datasetUrn(object.name);
    if (!urn) continue;
    warnings.push({ urn, where: where(object.name), message: `No columns: SQLite cannot describe this ${object.type === 'virtual' ? 'virtual table' : 'view'} (${object.reason})` });
  }

  /** Columns by table key, then column key. */
  const columns = new Map<string, Map<string, LiteColumn>>();
  for (const column of catalog.columns) {
    const table = columns.get(nameKey(column.table)) ?? new Map<string, LiteColumn>();
    table.set(nameKey(column.name), column);
    columns.set(nameKey(column.table), table);
  }
  const primaryKeys = new Map<string, LiteColumn[]>();
  for (const [table, byName] of columns) {
    const key = [...byName.values()].filter((column) => column.primaryKeyPosition > 0);
    primaryKeys.set(table, key.sort((a, b) => a.primaryKeyPosition - b.primaryKeyPosition));
  }

  // A column is unique on its own when it alone is the primary key or a unique index.
  const columnKey = (table: string, column: string) => `${nameKey(table)}\u0000${nameKey(column)}`;
  const uniqueColumns = new Set<string>();
  for (const key of primaryKeys.values()) if (key.length === 1) uniqueColumns.add(columnKey(key[0]!.table, key[0]!.name));
  const indexColumns = new Map<string, Array<string | null>>();
  for (const entry of catalog.uniqueIndexColumns) {
    const index = `${nameKey(entry.table)}\u0000${entry.index}`;
    const list = indexColumns.get(index) ?? [];
    list.push(entry.column);
    indexColumns.set(index, list);
  }
  for (const entry of catalog.uniqueIndexColumns) {
    const [only, ...others] = indexColumns.get(`${nameKey(entry.table)}\u0000${entry.index}`)!;
    if (others.length === 0 && only) uniqueColumns.add(columnKey(entry.table, only));
  }

  /** The field URN of a column, found the way SQLite finds names; undefined when either is unknown or not kept. */
  const fieldUrn = (table: string, column: string): string | undefined => {
    const dataset = datasetUrn(table);
    const declared = columns.get(nameKey(table))?.get(nameKey(column));
    if (!dataset || !declared) return undefined;
    return fieldUrnOrWarning(dataset, declared.name, `${where(declared.table)}.${declared.name}`, warnings);
  };

  for (const column of catalog.columns) {
    const dataset = datasetUrn(column.table);
    const urn = fieldUrn(column.table, column.name);
    if (!dataset || !urn) continue;
    nodes.push({
      label: 'Field',
      urn,
      properties: {
        name: column.name,
        datasetUrn: dataset,
        position: column.position,
        dataType: column.declaredType,
        // SQLite reports the rowid alias nullable, yet it always holds the row's number.
        nullable: !column.notNull && !column.isRowidAlias,
        // DEFAULT NULL is the same as no default (a string literal would come quoted: 'NULL').
        defaultValue: column.defaultValue?.toUpperCase() === 'NULL' ? null : column.defaultValue,
        description: null,
        isPrimaryKey: column.primaryKeyPosition > 0,
        isUnique: uniqueColumns.has(columnKey(column.table, column.name)),
      },
    });
    edges.push({ type: 'HAS_FIELD', from: dataset, to: urn });
  }

  for (const key of catalog.foreignKeys) {
    // `REFERENCES parent` without columns means the parent's primary key, column for column.
    const refColumn = key.refColumn ?? primaryKeys.get(nameKey(key.refTable))?.[key.position]?.name;
    if (!refColumn) continue;
    const from = fieldUrn(key.table, key.column);
    const to = fieldUrn(key.refTable, refColumn);
    if (from && to) edges.push({ type: 'REFERENCES', from, to });
  }

  for (const view of catalog.tables) {
    const from = datasetUrn(view.name);
    if (view.type !== 'view' || !from || !view.sql) continue;
    const read = tablesReadByView(view.sql, 'sqlite');
    if (read.kind === 'unparseable') {
      warnings.push({ urn: from, where: where(view.name), message: `No lineage: cannot parse the SQL of this view (${read.reason})` });
      continue;
    }
    const upstream = new Set<string>();
    for (const table of read.tables) {
      // Tables of `temp` or of attached files are not in this crawl.
      if (table.schema !== null && nameKey(table.schema) !== SCHEMA) continue;
      const to = datasetUrn(table.name);
      if (!to || to === from || upstream.has(to)) continue;
      upstream.add(to);
      edges.push({ type: 'DERIVES_FROM', from, to, properties: { transformation: 'VIEW', confidence: 1 } });
    }
  }

  return { provider, nodes, edges, warnings };
}
