/**
 * Maps a PostgreSQL catalog to URN-keyed nodes and edges. Pure: no I/O, so it is
 * unit-tested with literal rows.
 */
import {
  formatUrn,
  InvalidUrnError,
  type CrawlWarning,
  type EdgeRecord,
  type GraphSnapshot,
  type NodeRecord,
} from '@polder/graph-schema';
import { quoteIdentifier } from '../../checks/quoteIdentifier.ts';
import { viewColumnEdges } from '../../lineage/viewColumnEdges.ts';
import { catalogKey } from './catalogKey.ts';
import type { PgCatalog, PgRelation } from './extract.ts';
import { EXTRACTION_SEARCH_PATH } from './extractionSearchPath.ts';
import { partitionAncestors } from './partitionTree.ts';
import { fieldUrnOrWarning } from '../fieldUrnOrWarning.ts';
import { withoutCredentials } from '../withoutCredentials.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

export interface PostgresMapContext {
  sourceId: string;
  domainId: string;
  /** Tables (`schema.table`) to keep. */
  keep: (qualifiedName: string) => boolean;
}

const SUBTYPES: Record<PgRelation['kind'], string> = {
  r: 'TABLE',
  v: 'VIEW',
  m: 'MATERIALIZED_VIEW',
  p: 'PARTITIONED_TABLE',
  f: 'FOREIGN_TABLE',
};

export function mapPostgresCatalog(catalog: PgCatalog, context: PostgresMapContext): GraphSnapshot {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const warnings: CrawlWarning[] = [];
  const domainUrn = formatUrn('domain', context.domainId);
  const sourceUrn = formatUrn('source', context.sourceId);
  const provider = sourceProviderOf({ kind: 'postgres', id: context.sourceId });
  const where = (schema: string, table: string) => `${provider}/${catalog.database}.${schema}.${table}`;

  /** URN of a kept dataset by catalogKey(schema, name), or undefined (with a warning when the name cannot be a URN). */
  const datasetUrns = new Map<string, string>();
  const datasetUrn = (schema: string, table: string): string | undefined => datasetUrns.get(catalogKey(schema, table));

  // A URN names a relation `<database>.<schema>.<name>`, where `"a.b".c` and `a."b.c"` read the same.
  // Such namesakes are all skipped, rather than one dataset holding the columns of two tables.
  const namesakes = new Map<string, PgRelation[]>();
  for (const relation of catalog.relations) {
    const local = `${relation.schema}.${relation.name}`;
    namesakes.set(local, [...(namesakes.get(local) ?? []), relation]);
  }

  for (const relation of catalog.relations) {
    const local = `${relation.schema}.${relation.name}`;
    if (!context.keep(local)) continue;
    const sameName = namesakes.get(local)!;
    if (sameName.length > 1) {
      // One warning for them all: their `where` reads the same too (and the filter keeps all of them or none).
      if (sameName[0] === relation) {
        const quoted = sameName.map((other) => `${quoteIdentifier('postgres', other.schema)}.${quoteIdentifier('postgres', other.name)}`);
        warnings.push({ where: where(relation.schema, relation.name), message: `Skipped: ${quoted.join(' and ')} would have one URN; rename one of them to crawl it` });
      }
      continue;
    }
    let urn: string;
    try {
      urn = formatUrn('dataset', 'postgres', context.sourceId, `${catalog.database}.${local}`);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      warnings.push({ where: where(relation.schema, relation.name), message: `Skipped: ${error.message}` });
      continue;
    }
    datasetUrns.set(catalogKey(relation.schema, relation.name), urn);
    nodes.push({
      label: 'Dataset',
      urn,
      properties: {
        name: relation.name,
        qualifiedName: `${catalog.database}.${local}`,
        platform: 'postgres',
        database: catalog.database,
        schema: relation.schema,
        subtype: SUBTYPES[relation.kind],
        description: relation.comment,
        owner: relation.owner,
        rowEstimate: relation.rowEstimate,
        sizeBytes: relation.sizeBytes,
        viewDefinition: withoutCredentials(relation.viewDefinition),
      },
    });
    edges.push({ type: 'IN_DOMAIN', from: urn, to: domainUrn }, { type: 'FROM_SOURCE', from: urn, to: sourceUrn });
  }

  // A partition is part of its partitioned table, when the source's filters keep both.
  for (const relation of catalog.relations) {
    if (!relation.partitionOf) continue;
    const partition = datasetUrn(relation.schema, relation.name);
    const table = datasetUrn(relation.partitionOf.schema, relation.partitionOf.name);
    if (partition && table) edges.push({ type: 'PARTITION_OF', from: partition, to: table });
  }

  const keyColumns = new Map<string, { primary: boolean; unique: boolean }>();
  for (const constraint of catalog.constraints) {
    if (constraint.kind === 'f') continue;
    for (const column of constraint.columns) {
      const key = catalogKey(constraint.schema, constraint.table, column);
      const flags = keyColumns.get(key) ?? { primary: false, unique: false };
      if (constraint.kind === 'p') flags.primary = true;
      // A single-column key is unique on its own; a composite one is not.
      if (constraint.columns.length === 1) flags.unique = true;
      keyColumns.set(key, flags);
    }
  }

  const fieldUrn = (schema: string, table: string, column: string): string | undefined => {
    const dataset = datasetUrn(schema, table);
    return dataset && fieldUrnOrWarning(dataset, column, `${where(schema, table)}.${column}`, warnings);
  };

  // A partition's columns are its table's: PostgreSQL keeps their comments on the table only, so a
  // partition's column without a comment of its own takes its table's (at any depth of partitioning).
  const ancestorsOf = partitionAncestors(catalog);
  const columnComments = new Map(catalog.columns.filter((column) => column.comment).map((column) => [catalogKey(column.schema, column.table, column.name), column.comment]));
  const columnComment = (table: string, column: string): string | null => {
    for (const relation of [table, ...ancestorsOf(table)]) {
      const comment = columnComments.get(catalogKey(relation, column));
      if (comment) return comment;
    }
    return null;
  };

  for (const column of catalog.columns) {
    const dataset = datasetUrn(column.schema, column.table);
    const urn = fieldUrn(column.schema, column.table, column.name);
    if (!dataset || !urn) continue;
    const flags = keyColumns.get(catalogKey(column.schema, column.table, column.name));
    nodes.push({
      label: 'Field',
      urn,
      properties: {
        name: column.name,
        datasetUrn: dataset,
        position: column.position,
        dataType: column.dataType,
        nullable: !column.notNull,
        defaultValue: column.defaultValue,
        description: columnComment(catalogKey(column.schema, column.table), column.name),
        isPrimaryKey: flags?.primary ?? false,
        isUnique: flags?.unique ?? false,
      },
    });
    edges.push({ type: 'HAS_FIELD', from: dataset, to: urn });
  }

  for (const constraint of catalog.constraints) {
    if (constraint.kind !== 'f' || !constraint.refSchema || !constraint.refTable || !constraint.refColumns) continue;
    constraint.columns.forEach((column, index) => {
      const from = fieldUrn(constraint.schema, constraint.table, column);
      const to = fieldUrn(constraint.refSchema!, constraint.refTable!, constraint.refColumns![index]!);
      if (from && to) edges.push({ type: 'REFERENCES', from, to, properties: { constraint: constraint.name } });
    });
  }

  for (const dependency of catalog.viewDependencies) {
    const from = datasetUrn(dependency.viewSchema, dependency.viewName);
    const to = datasetUrn(dependency.refSchema, dependency.refName);
    if (from && to) {
      edges.push({ type: 'DERIVES_FROM', from, to, properties: { transformation: 'VIEW', confidence: 1 } });
    }
  }

  // Column-level lineage of views, from their SQL; table-level lineage above comes from pg_depend.
  // Keyed as SQL names a table, `schema.table`: no two kept datasets share one (namesakes are skipped).
  // The definitions were printed with pg_catalog alone on the search_path, so a user's table is always
  // qualified, and a bare name is pg_catalog's (extractionSearchPath.ts).
  const tables = new Map<string, { urn: string; columns: string[] }>();
  for (const column of catalog.columns) {
    const local = `${column.schema}.${column.table}`;
    const urn = datasetUrn(column.schema, column.table);
    if (!urn) continue;
    const table = tables.get(local) ?? { urn, columns: [] };
    table.columns.push(column.name);
    tables.set(local, table);
  }
  for (const relation of catalog.relations) {
    const local = `${relation.schema}.${relation.name}`;
    const view = tables.get(local);
    if (!relation.viewDefinition || !view) continue;
    const lineage = viewColumnEdges({ viewUrn: view.urn, viewColumns: view.columns, sql: relation.viewDefinition, dialect: 'postgres', defaultSchema: EXTRACTION_SEARCH_PATH, tables });
    edges.push(...lineage.edges);
    for (const message of lineage.warnings) warnings.push({ urn: view.urn, where: where(relation.schema, relation.name), message: `column lineage: ${message}` });
  }

  return { provider, nodes, edges, warnings };
}
