/**
 * Snowflake's `GROUP BY ALL`, which node-sql-parser's Snowflake grammar reads as the keyword
 * `{ type: 'origin', value: 'all' }` in the GROUP BY's list, becomes the `GROUP_BY_ALL` item
 * (see `astNodes.ts`) that DuckDB's becomes; left as it is, lineage would find no column in it and
 * lose every GROUP_BY edge. A quoted `"ALL"` is a column of that name, which the grammar gives as
 * a string, and stays.
 */
import { GROUP_BY_ALL, isNode, type AstNode } from './astNodes.ts';

/** Changes `select`'s GROUP BY in place. */
export function normaliseSnowflakeGroupByAll(select: AstNode): undefined {
  if (!isNode(select.groupby) || !Array.isArray(select.groupby.columns)) return undefined;
  const items = select.groupby.columns as unknown[];
  items.forEach((item, index) => {
    if (isNode(item) && item.type === 'origin' && typeof item.value === 'string' && item.value.toLowerCase() === 'all') items[index] = GROUP_BY_ALL;
  });
  return undefined;
}
