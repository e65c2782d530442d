/**
 * The column edges of a statement: per output column, in order, its value sources first,
 * then its influence sources, each in order of first appearance in the SQL.
 */
import { isInfluence, mergeSources, type Relation, type Source } from './Relation.ts';
import type { ColumnLineageEdge } from './types.ts';

export function columnEdges(relation: Relation): ColumnLineageEdge[] {
  // Two output columns of one name (`SELECT a.id, b.id`) are one column to whoever reads the
  // result by name, so their sources merge.
  const byName = new Map<string, Source[]>();
  for (const column of relation.columns) byName.set(column.name, [...(byName.get(column.name) ?? []), ...column.sources]);
  return [...byName].flatMap(([column, sources]) => {
    const merged = mergeSources(sources);
    return [...merged.filter((s) => !isInfluence(s.transformation)), ...merged.filter((s) => isInfluence(s.transformation))].map(
      (source) => ({
        from: { table: source.table, column: source.column },
        to: { column },
        transformation: source.transformation,
        confidence: source.confidence,
      }),
    );
  });
}
