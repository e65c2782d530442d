/**
 * Gives a relation's columns the names a column list declares: `WITH r(a, b) AS (...)`,
 * `CREATE VIEW v (a, b) AS ...`, `INSERT INTO t (a, b) SELECT ...` all match by position.
 */
import type { LineageContext } from './LineageContext.ts';
import type { Relation } from './Relation.ts';

export function renameColumns(relation: Relation, names: readonly string[], what: string, lineage: LineageContext): Relation {
  if (names.length === 0) return relation;
  if (names.length !== relation.columns.length) {
    lineage.warnings.push(`${what} names ${names.length} columns but its query has ${relation.columns.length}`);
  }
  const columns = names.map((name, index) => ({
    name: name.toLowerCase(),
    sources: relation.columns[index]?.sources ?? [],
  }));
  return { ...relation, columns };
}
