/**
 * The datasets of one source a profiling entry selects, with their columns and
 * each column's sensitivity, in one graph query — before any query reaches the
 * store, so a sensitive column's values are never asked for.
 *
 * Datasets are those the source's crawler wrote and still sees (ACTIVE), named
 * as polder.yaml names them (`schema.table`, a bare table for sqlite) and
 * matched against the entry's `datasets` and `exclude` patterns. Tables,
 * partitioned tables and materialized views are profiled; views only with
 * `views: true` (their query runs); foreign and virtual tables never (they read
 * another store, or run code).
 */
// Index: source_urn (Source.urn constraint); the rest is one hop from it.
import type { Driver } from 'neo4j-driver';
import { formatUrn } from '@polder/graph-schema';
import type { ProfilingTarget, SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../filters/tableFilter.ts';
import { isSensitiveColumn, sensitivityFactsCypher, type SensitivityFacts } from './columnSensitivity.ts';
import type { ProfiledDataset } from './ProfiledDataset.ts';

export type ProfilableSource = SourceConfigOf<'postgres' | 'mysql' | 'sqlite'>;

const TABLE_SUBTYPES = new Set(['TABLE', 'PARTITIONED_TABLE', 'MATERIALIZED_VIEW']);

const READ_DATASETS = `
MATCH (:Source {urn: $sourceUrn})<-[:FROM_SOURCE]-(dataset:Dataset)
WHERE dataset.status = 'ACTIVE'
RETURN dataset.urn AS urn, dataset.name AS name, dataset.schema AS schema, dataset.subtype AS subtype,
       COLLECT {
         MATCH (dataset)-[:HAS_FIELD]->(field:Field) WHERE field.status = 'ACTIVE'
         RETURN field {.urn, .name, .dataType, .position, facts: ${sensitivityFactsCypher('field', 'dataset')}} AS field
         ORDER BY field.position
       } AS fields
ORDER BY urn`;

interface DatasetRow {
  urn: string;
  name: string;
  schema: string | null;
  subtype: string | null;
  fields: Array<{ urn: string; name: string; dataType: string | null; position: number; facts: SensitivityFacts }>;
}

export async function readProfiledDatasets(driver: Driver, source: ProfilableSource, target: ProfilingTarget, options: { database?: string } = {}): Promise<ProfiledDataset[]> {
  const { records } = await driver.executeQuery(READ_DATASETS, { sourceUrn: formatUrn('source', source.id) }, { database: options.database, routing: 'READ' });
  const selected = compileTableFilter({ include: target.datasets, exclude: target.exclude });
  const datasets: ProfiledDataset[] = [];
  for (const record of records) {
    const row = record.toObject() as unknown as DatasetRow;
    const subtype = row.subtype ?? null;
    if (!(TABLE_SUBTYPES.has(subtype ?? 'TABLE') || (target.views && subtype === 'VIEW'))) continue;
    const schema = source.kind === 'sqlite' ? null : row.schema;
    if (source.kind !== 'sqlite' && !schema) continue;
    const name = schema === null ? row.name : `${schema}.${row.name}`;
    if (!selected(name)) continue;
    datasets.push({
      datasetUrn: row.urn,
      name,
      schema,
      table: row.name,
      subtype,
      columns: row.fields.map((field) => ({ name: field.name, fieldUrn: field.urn, dataType: field.dataType ?? null, sensitive: isSensitiveColumn(field.facts) })),
    });
  }
  return datasets;
}
