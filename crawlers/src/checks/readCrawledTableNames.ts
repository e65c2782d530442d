/**
 * The schema and table of each dataset the checks name, as the crawler read them,
 * in one graph query: `dot.schema.v.dot` cannot be split by reading it, but the
 * crawled Dataset keeps its `schema` and `name` apart (checkTarget.ts). A dataset
 * not crawled yet (or not any more) is left out: checkTarget then splits its
 * name at the first dot, as a check always did. So do sqlite's, which need no split.
 */
// Index: dataset_urn (Dataset.urn constraint).
import type { Driver } from 'neo4j-driver';
import { InvalidUrnError } from '@polder/graph-schema';
import type { CheckConfig, SourceConfig } from '@polder/runtime';
import { checkDatasetUrn, type CheckableSource, type CrawledTableName } from './checkTarget.ts';

const READ_NAMES = `
MATCH (dataset:Dataset) WHERE dataset.urn IN $urns AND dataset.status = 'ACTIVE'
RETURN dataset.urn AS urn, dataset.schema AS schema, dataset.name AS name`;

export async function readCrawledTableNames(
  driver: Driver,
  checks: readonly CheckConfig[],
  sources: readonly SourceConfig[],
  options: { database?: string } = {},
): Promise<Map<string, CrawledTableName>> {
  /** The dataset name each URN was asked for, to be sure the crawled names put together read the same. */
  const asked = new Map<string, string>();
  for (const check of checks) {
    const source = sources.find((candidate): candidate is CheckableSource => candidate.id === check.source && (candidate.kind === 'postgres' || candidate.kind === 'mysql'));
    if (!source) continue;
    try {
      asked.set(checkDatasetUrn(check, source), check.dataset);
    } catch (error) {
      // A name no URN can hold: the check says so itself when it runs (checkTarget).
      if (!(error instanceof InvalidUrnError)) throw error;
    }
  }
  const names = new Map<string, CrawledTableName>();
  if (asked.size === 0) return names;
  const { records } = await driver.executeQuery(READ_NAMES, { urns: [...asked.keys()] }, { database: options.database, routing: 'READ' });
  for (const record of records) {
    const { urn, schema, name } = record.toObject() as { urn: string; schema: unknown; name: unknown };
    if (typeof schema !== 'string' || typeof name !== 'string' || `${schema}.${name}` !== asked.get(urn)) continue;
    names.set(urn, { schema, table: name });
  }
  return names;
}
