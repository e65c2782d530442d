import type { PropertyMap } from '@polder/graph-schema';
import { withoutCredentials } from '../withoutCredentials.ts';

/**
 * Compiled SQL is stored for people to read, and rewritten on every change, so
 * it is cut at 64 KiB: generated models (large unions, pivots from macros) reach
 * megabytes that no one reads in a catalog. The full SQL stays in the manifest,
 * which is what column lineage parses.
 */
export const MAX_COMPILED_SQL_CHARS = 65_536;

export function compiledSqlProperties(compiledCode: string | null | undefined): PropertyMap {
  const sql = withoutCredentials(compiledCode?.trim() || null);
  if (sql === null || sql.length <= MAX_COMPILED_SQL_CHARS) return { compiledSql: sql, compiledSqlTruncated: false };
  return { compiledSql: sql.slice(0, MAX_COMPILED_SQL_CHARS), compiledSqlTruncated: true };
}
