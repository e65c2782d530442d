/**
 * What several statements writing one table write between them, as one relation: each column
 * written by any of them, in order of first appearance, with the sources of every write of it.
 * A MERGE's WHEN clauses are such writes; a column both updated from `s.amount` and inserted
 * from `s.amount * 2` is an EXPRESSION of `s.amount`, as a column fed by two UNION branches is.
 */
import { mergeSources, type Relation, type Source } from './Relation.ts';

export function combineWrites(writes: readonly Relation[]): Relation {
  const sourcesByColumn = new Map<string, Source[]>();
  for (const write of writes) {
    for (const column of write.columns) sourcesByColumn.set(column.name, [...(sourcesByColumn.get(column.name) ?? []), ...column.sources]);
  }
  return {
    columns: [...sourcesByColumn].map(([name, sources]) => ({ name, sources: mergeSources(sources) })),
    unexpandedStars: writes.flatMap((write) => write.unexpandedStars),
    influences: mergeSources(writes.flatMap((write) => write.influences)),
  };
}
