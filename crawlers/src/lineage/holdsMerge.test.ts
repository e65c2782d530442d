import { describe, expect, it } from 'vitest';
import { holdsMerge } from './holdsMerge.ts';
import { LEXICONS } from './tokenizeSql.ts';

describe('holdsMerge', () => {
  it.each([
    ['MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE', true],
    ['-- upsert\n merge into t using s on true when matched then delete', true],
    ['WITH s AS (SELECT 1 AS id) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE', true],
    ['SET search_path = shop; MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE', true],
    ["SELECT 'MERGE' AS word, \"merge\" FROM t /* MERGE */", false],
    ['SELECT a FROM t; SELECT merge FROM t', false],
    ['WITH s AS (SELECT merge FROM t) SELECT * FROM s', false],
  ])('%s → %s', (sql, expected) => {
    expect(holdsMerge(sql, LEXICONS.postgres)).toBe(expected);
  });
});
