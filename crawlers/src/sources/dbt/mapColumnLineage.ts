/**
 * Column-level lineage of models and snapshots, read from their compiled SQL by
 * the SQL lineage module: Field DERIVES_FROM Field, with the parser's
 * transformation (IDENTITY, EXPRESSION, AGGREGATION carry a value; FILTER, JOIN,
 * GROUP_BY only decide rows) and confidence.
 *
 * dbt compiles every ref() and source() to the relation it names, so the tables
 * in the SQL are the datasets' relation keys; the warehouse's columns
 * (catalog.json) tell the parser what a `*` stands for. What the parser cannot
 * read becomes a warning on the model, with the edges it could read kept.
 */
import type { CrawlWarning, EdgeRecord } from '@polder/graph-schema';
import { sqlLineage } from '../../lineage/sqlLineage.ts';
import type { KnownSchemas, SqlDialect, SqlLineage } from '../../lineage/types.ts';
import type { DbtNode } from './artifacts.ts';
import type { FieldIndex } from './mapColumns.ts';
import { dbtProvider, dbtWhere, type DbtMapContext, type SnapshotPart } from './mapContext.ts';
import type { DbtDataset } from './mapDatasets.ts';
import { relationKey } from './relationKey.ts';

/** The SQL grammar of each dbt adapter the parser reads. Redshift's SQL is PostgreSQL's, extended. */
const DIALECTS: Record<string, SqlDialect> = {
  postgres: 'postgres',
  redshift: 'postgres',
  duckdb: 'duckdb',
  snowflake: 'snowflake',
  bigquery: 'bigquery',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
};

export function mapColumnLineage(datasets: DbtDataset[], fieldUrns: FieldIndex, adapter: string | undefined, context: DbtMapContext): SnapshotPart {
  const part: SnapshotPart = { nodes: [], edges: [], warnings: [] };
  const models = datasets.filter(({ resources: [first] }) => (first.resource_type === 'model' || first.resource_type === 'snapshot') && (first as DbtNode).compiled_code);
  if (models.length === 0) return part;
  const dialect = adapter !== undefined && Object.hasOwn(DIALECTS, adapter) ? DIALECTS[adapter] : undefined;
  if (!dialect) {
    part.warnings.push({ where: `${dbtProvider(context)}/manifest.json`, message: `The SQL of the ${adapter ?? 'unnamed'} adapter cannot be parsed: no column-level lineage` });
    return part;
  }

  const urnByTable = new Map(datasets.map((dataset) => [relationKey(dataset.resources[0]).toLowerCase(), dataset.urn]));
  const known: KnownSchemas = Object.fromEntries(
    datasets
      .filter((dataset) => dataset.catalog)
      .map((dataset) => [relationKey(dataset.resources[0]).toLowerCase(), Object.values(dataset.catalog!.columns).sort((a, b) => a.index - b.index).map((column) => column.name)]),
  );

  for (const model of models) {
    const node = model.resources[0] as DbtNode;
    const warn = (message: string): CrawlWarning => ({ urn: model.urn, where: dbtWhere(context, node.unique_id), message: `Column lineage: ${message}` });
    let lineage: SqlLineage;
    try {
      lineage = sqlLineage(node.compiled_code!, { dialect, defaultSchema: node.schema ?? undefined, known });
    } catch (error) {
      // The module reports what it cannot read as warnings, but some SQL still breaks it
      // (a long enough chain of `a + b + ...` overflows its stack): one model's SQL must not fail the crawl.
      part.warnings.push(warn(`the SQL lineage module failed: ${(error as Error).message}`));
      continue;
    }
    part.warnings.push(...lineage.warnings.map(warn));
    // The writer keys an edge by its ends: of the ways one column feeds another, the
    // strongest is kept (the parser lists value-carrying ones first).
    const strongest = new Map<string, EdgeRecord>();
    for (const edge of lineage.columns) {
      const upstream = datasetOfTable(urnByTable, edge.from.table);
      const from = fieldUrns.get(model.urn)?.get(edge.to.column.toLowerCase());
      const to = upstream && fieldUrns.get(upstream)?.get(edge.from.column.toLowerCase());
      if (!from || !to) continue;
      const kept = strongest.get(`${from}|${to}`);
      if (kept && (kept.properties!.confidence as number) >= edge.confidence) continue;
      strongest.set(`${from}|${to}`, { type: 'DERIVES_FROM', from, to, properties: { transformation: edge.transformation, confidence: edge.confidence } });
    }
    part.edges.push(...strongest.values());
  }
  return part;
}

/** A table as the SQL names it (lower-cased), to a dataset; a name with fewer or more leading parts matches when only one dataset fits. */
function datasetOfTable(urnByTable: Map<string, string>, table: string): string | undefined {
  const exact = urnByTable.get(table);
  if (exact) return exact;
  const candidates = [...urnByTable.keys()].filter((key) => key.endsWith(`.${table}`) || table.endsWith(`.${key}`));
  return candidates.length === 1 ? urnByTable.get(candidates[0]!) : undefined;
}
