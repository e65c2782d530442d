/**
 * Column-level lineage of a view, as graph edges: the view's SQL through
 * `sqlLineage`, with the store's catalog as the known schemas, mapped to
 * `(view field)-[:DERIVES_FROM]->(upstream field)` edges. Output columns are
 * matched to the view's columns by position (the catalog's names are the truth;
 * the parser lower-cases). Anything it cannot resolve becomes a warning.
 */
import { formatUrn, parseUrn, type EdgeRecord } from '@polder/graph-schema';
import { sqlLineage } from './sqlLineage.ts';
import type { KnownSchemas, SqlDialect } from './types.ts';

export interface ViewColumnEdgesInput {
  viewUrn: string;
  /** The view's columns, in order, as the catalog names them. */
  viewColumns: string[];
  sql: string;
  dialect: SqlDialect;
  defaultSchema: string;
  /** Every table of the store (`schema.table`) with its columns, in order, as the catalog names them. */
  tables: ReadonlyMap<string, { urn: string; columns: readonly string[] }>;
}

export function viewColumnEdges(input: ViewColumnEdgesInput): { edges: EdgeRecord[]; warnings: string[] } {
  const byLowerName = new Map([...input.tables].map(([name, table]) => [name.toLowerCase(), table]));
  const known: KnownSchemas = Object.fromEntries([...byLowerName].map(([name, table]) => [name, table.columns.map((column) => column.toLowerCase())]));
  const lineage = sqlLineage(input.sql, { dialect: input.dialect, defaultSchema: input.defaultSchema, known });
  const warnings = [...lineage.warnings];
  if (lineage.outputColumns.length > 0 && lineage.outputColumns.length !== input.viewColumns.length) {
    warnings.push(`the view has ${input.viewColumns.length} columns but its SQL yields ${lineage.outputColumns.length}; column lineage skipped`);
    return { edges: [], warnings };
  }
  const view = parseUrn(input.viewUrn);
  const edges: EdgeRecord[] = [];
  for (const edge of lineage.columns) {
    const upstream = byLowerName.get(edge.from.table);
    const position = lineage.outputColumns.indexOf(edge.to.column);
    const fromColumn = upstream?.columns.find((column) => column.toLowerCase() === edge.from.column);
    if (!upstream || !fromColumn || position < 0) continue;
    edges.push({
      type: 'DERIVES_FROM',
      from: formatUrn('field', view, input.viewColumns[position]!),
      to: formatUrn('field', parseUrn(upstream.urn), fromColumn),
      properties: { transformation: edge.transformation, confidence: edge.confidence },
    });
  }
  return { edges, warnings };
}
