/**
 * Reads every active quality rule of the data contracts in the graph, with where
 * it was declared and the crawled tables its schema object DESCRIBES, in one
 * query. Bounded by the contracts, not by the graph: it starts from the few
 * DataProducts (as the contract linker does), reaches their contract datasets,
 * the rules that CHECK them, and per described table at most the one column a
 * property's rule names.
 */
import type { Driver } from 'neo4j-driver';
import { parseUrn } from '@polder/graph-schema';
import type { ContractRule, DescribedTable } from './ContractRule.ts';

// Starts from the few DataProducts rather than from every Dataset. The product is the contract's own
// (same provider), not one a person made the dataset a port of. The column of a property's rule is the
// property's physicalName, else its name, as a crawled Field of the table (exactly, else ignoring case).
const READ = `
MATCH (p:DataProduct)-[:EXPOSES]->(d:Dataset)
USING SCAN p:DataProduct
WHERE p.status = 'ACTIVE' AND d.status = 'ACTIVE' AND d.platform = 'contract' AND p.provider = d.provider
MATCH (c:QualityCheck)-[:CHECKS]->(d)
WHERE c.status = 'ACTIVE' AND c.provider = d.provider
OPTIONAL MATCH (c)-[:CHECKS]->(f:Field)
WITH p, d, c, f, coalesce(f.physicalName, f.name) AS column
RETURN c.urn AS urn, properties(c) AS properties, p.path AS file, d.urn AS dataset, d.name AS object,
       [(d)-[:FROM_SOURCE]->(s:Source) | s.id][0] AS contractSource,
       CASE WHEN f IS NULL THEN null ELSE {urn: f.urn, name: f.name, column: column} END AS field,
       [(d)-[:DESCRIBES]->(t:Dataset) WHERE t.status = 'ACTIVE' | {
          urn: t.urn, platform: t.platform, schema: t.schema, name: t.name,
          sourceId: [(t)-[:FROM_SOURCE]->(s:Source) | s.id][0],
          exact: [(t)-[:HAS_FIELD]->(x:Field) WHERE x.status = 'ACTIVE' AND x.name = column | {urn: x.urn, name: x.name}],
          folded: [(t)-[:HAS_FIELD]->(x:Field) WHERE x.status = 'ACTIVE' AND toLower(x.name) = toLower(column) | {urn: x.urn, name: x.name}]
       }] AS tables
ORDER BY file, urn`;

interface TableRow extends Omit<DescribedTable, 'column'> {
  exact: Array<{ urn: string; name: string }>;
  folded: Array<{ urn: string; name: string }>;
}

export async function readContractRules(driver: Driver, options: { database?: string } = {}): Promise<ContractRule[]> {
  const { records } = await driver.executeQuery(READ, {}, { database: options.database });
  return records.map((record) => {
    const urn = record.get('urn') as string;
    const checked = parseUrn(urn).parts;
    const tables = (record.get('tables') as TableRow[]).map(({ exact, folded, ...table }) => ({
      ...table,
      // A name that matches in several cases only (SQLite's and MySQL's names ignore case) is ambiguous: no column.
      column: exact[0] ?? (folded.length === 1 ? folded[0]! : null),
    }));
    return {
      checkUrn: urn,
      ruleKey: typeof checked[1] === 'string' ? checked[1] : urn,
      file: (record.get('file') as string | null) ?? '(unknown file)',
      contractSource: (record.get('contractSource') as string | null) ?? '(unknown source)',
      object: record.get('object') as string,
      datasetUrn: record.get('dataset') as string,
      field: record.get('field') as ContractRule['field'],
      properties: record.get('properties') as Record<string, unknown>,
      tables,
    };
  });
}
