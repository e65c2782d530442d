/**
 * The lineage of a query's result while it is being worked out: each output column with the
 * base-table columns behind it. A subquery or CTE is one of these, so an outer query that reads
 * it composes its sources instead of re-reading the SQL.
 */
import type { Transformation } from './types.ts';

export type DirectTransformation = 'IDENTITY' | 'EXPRESSION' | 'AGGREGATION';
export type InfluenceTransformation = Exclude<Transformation, DirectTransformation>;

/** A base-table column behind an output column. */
export interface Source {
  table: string;
  column: string;
  transformation: Transformation;
  confidence: number;
}

export interface DerivedColumn {
  name: string;
  sources: Source[];
}

export interface Relation {
  columns: DerivedColumn[];
  /**
   * FROM items whose `*` could not be expanded (their columns are unknown): a column read
   * from this relation that `columns` does not list may come through one of them.
   */
  unexpandedStars: FromItem[];
  /**
   * The query's own FILTER, JOIN and GROUP_BY sources: already among every listed column's
   * sources, and kept here for the columns reached through `unexpandedStars`.
   */
  influences: Source[];
}

/** A table, subquery, CTE or table function in a FROM clause. */
export interface FromItem {
  /** What its columns are qualified with: the alias, else the table's own (last) name. */
  name: string;
  /** The base table it reads, qualified; undefined for subqueries, CTEs and table functions. */
  table?: string;
  /** Its columns, when known: always for subqueries and CTEs, from `known` for base tables. */
  relation?: Relation;
}

/**
 * An influence edge says less than a value edge (the column decides which rows exist, not
 * what they hold), so it is recorded with this confidence.
 */
export const INFLUENCE_CONFIDENCE = 0.5;

const DIRECT_RANK: Record<DirectTransformation, number> = { IDENTITY: 0, EXPRESSION: 1, AGGREGATION: 2 };

export function isInfluence(transformation: Transformation): transformation is InfluenceTransformation {
  return !(transformation in DIRECT_RANK);
}

/** `SUM(x + 1)` is an aggregation of an expression: the stronger of two value transformations wins. */
export function strongest(a: DirectTransformation, b: DirectTransformation): DirectTransformation {
  return DIRECT_RANK[a] >= DIRECT_RANK[b] ? a : b;
}

/**
 * A source seen through one more step of a query: used as a value (`IDENTITY`, `EXPRESSION`,
 * `AGGREGATION`) or as an influence (`FILTER`, `JOIN`, `GROUP_BY`). Influence is sticky: a
 * column that filtered a subquery still only filtered the outer query's rows.
 */
export function compose(source: Source, use: Transformation): Source {
  if (isInfluence(source.transformation)) return source;
  if (isInfluence(use)) return { ...source, transformation: use, confidence: source.confidence * INFLUENCE_CONFIDENCE };
  return { ...source, transformation: strongest(use, source.transformation) };
}

/**
 * One source per column and meaning, in order of first appearance: a column that reaches the
 * output both as is and through an expression is an EXPRESSION source; one that also filters
 * keeps its FILTER source beside it. Confidence is the highest seen.
 */
export function mergeSources(sources: Source[]): Source[] {
  const merged = new Map<string, Source>();
  for (const source of sources) {
    const meaning = isInfluence(source.transformation) ? source.transformation : 'VALUE';
    const key = JSON.stringify([source.table, source.column, meaning]);
    const seen = merged.get(key);
    if (seen === undefined) {
      merged.set(key, source);
      continue;
    }
    // Same key: both are the same influence, or both carry the value.
    const transformation =
      isInfluence(seen.transformation) || isInfluence(source.transformation)
        ? seen.transformation
        : strongest(seen.transformation, source.transformation);
    merged.set(key, { ...seen, transformation, confidence: Math.max(seen.confidence, source.confidence) });
  }
  return [...merged.values()];
}
