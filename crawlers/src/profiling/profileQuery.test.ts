import { describe, expect, it } from 'vitest';
import { boundedCountQuery, PROFILE_COLUMNS_PER_QUERY, profileQueries, type ProfileQueryColumn } from './profileQuery.ts';

const pg = { dialect: 'postgres', schema: 'public', table: 'orders' } as const;
const columns: ProfileQueryColumn[] = [
  { index: 0, name: 'id', kind: 'orderable', sensitive: false },
  { index: 1, name: 'email', kind: 'orderable', sensitive: true },
  { index: 2, name: 'tags', kind: 'comparable', sensitive: false },
  { index: 3, name: 'photo', kind: 'binary', sensitive: false },
];

describe('profileQueries', () => {
  it('reads the sample once and computes every column from it; a sensitive column for its nulls and distinct count only', () => {
    const [query, ...more] = profileQueries(pg, columns, { method: 'limit', rows: 1000 });
    expect(more).toEqual([]);
    expect(query!.params).toEqual([]);
    expect(query!.sql.split('\n')).toEqual([
      'WITH sample AS MATERIALIZED (SELECT "id" AS c0, "email" AS c1, "tags" AS c2, "photo" AS c3 FROM "public"."orders" LIMIT 1000),',
      'summary AS (SELECT count(*) AS row_count, count(c0) AS n0, count(DISTINCT c0) AS d0, substr(CAST(min(c0) AS TEXT), 1, 200) AS lo0, substr(CAST(max(c0) AS TEXT), 1, 200) AS hi0, ' +
        'count(c1) AS n1, count(DISTINCT c1) AS d1, count(c2) AS n2, count(DISTINCT CAST(c2 AS TEXT)) AS d2, count(c3) AS n3, count(DISTINCT c3) AS d3 FROM sample)',
      "SELECT 0 AS col, 'summary' AS kind, CAST(NULL AS TEXT) AS value, row_count AS n, n0 AS non_null, d0 AS distinct_count, lo0 AS min_value, hi0 AS max_value FROM summary",
      "UNION ALL SELECT 0, 'top', value, n, NULL, NULL, NULL, NULL FROM (SELECT substr(CAST(g AS TEXT), 1, 200) AS value, count(*) AS n FROM (SELECT c0 AS g FROM sample WHERE c0 IS NOT NULL) AS v0 GROUP BY g ORDER BY n DESC, value LIMIT 5) AS top0",
      "UNION ALL SELECT 1, 'summary', NULL, row_count, n1, d1, CAST(NULL AS TEXT), CAST(NULL AS TEXT) FROM summary",
      "UNION ALL SELECT 2, 'summary', NULL, row_count, n2, d2, CAST(NULL AS TEXT), CAST(NULL AS TEXT) FROM summary",
      "UNION ALL SELECT 2, 'top', value, n, NULL, NULL, NULL, NULL FROM (SELECT substr(CAST(g AS TEXT), 1, 200) AS value, count(*) AS n FROM (SELECT CAST(c2 AS TEXT) AS g FROM sample WHERE c2 IS NOT NULL) AS v2 GROUP BY g ORDER BY n DESC, value LIMIT 5) AS top2",
      "UNION ALL SELECT 3, 'summary', NULL, row_count, n3, d3, CAST(NULL AS TEXT), CAST(NULL AS TEXT) FROM summary",
    ]);
    // The sensitive column's values are nowhere in the statement.
    expect(query!.sql).not.toMatch(/min\(c1\)|max\(c1\)|AS g FROM sample WHERE c1/);
  });

  it('samples pages on PostgreSQL, repeatably and capped; quotes per dialect', () => {
    const [query] = profileQueries(pg, columns.slice(0, 1), { method: 'tablesample', percent: 0.0334, rows: 1000, seed: 7 });
    expect(query!.sql).toContain('FROM "public"."orders" TABLESAMPLE SYSTEM (0.0334) REPEATABLE (7) LIMIT 1000)');
    const [mysql] = profileQueries({ dialect: 'mysql', schema: 'shop', table: 'o`x' }, columns.slice(0, 1), { method: 'limit', rows: 10 });
    expect(mysql!.sql).toContain('WITH sample AS (SELECT `id` AS c0 FROM `shop`.`o``x` LIMIT 10)');
    expect(mysql!.sql).toContain('CAST(min(c0) AS CHAR)');
    const [sqlite] = profileQueries({ dialect: 'sqlite', schema: null, table: 'a"b' }, columns.slice(0, 1), { method: 'limit', rows: 10 });
    expect(sqlite!.sql).toContain('WITH sample AS MATERIALIZED (SELECT "id" AS c0 FROM "a""b" LIMIT 10)');
  });

  it('refuses a sampling it cannot splice safely', () => {
    expect(() => profileQueries(pg, columns, { method: 'limit', rows: 1.5 })).toThrow('A sample size must be a positive integer, not 1.5');
    expect(() => profileQueries(pg, columns, { method: 'tablesample', percent: 0, rows: 10, seed: 1 })).toThrow('A sample percentage must be in (0, 100], not 0');
    expect(() => profileQueries({ ...pg, dialect: 'sqlite', schema: null }, columns, { method: 'tablesample', percent: 1, rows: 10, seed: 1 })).toThrow("TABLESAMPLE sampling is PostgreSQL's");
    expect(() => profileQueries(pg, [{ ...columns[0]!, name: 'a\0b' }], { method: 'limit', rows: 10 })).toThrow('contains a NUL character');
  });

  it('splits a wide table into statements of PROFILE_COLUMNS_PER_QUERY columns, keeping each column its index', () => {
    const wide = Array.from({ length: PROFILE_COLUMNS_PER_QUERY + 1 }, (_, index): ProfileQueryColumn => ({ index, name: `c_${index}`, kind: 'orderable', sensitive: false }));
    const queries = profileQueries(pg, wide, { method: 'limit', rows: 10 });
    expect(queries).toHaveLength(2);
    expect(queries[1]!.sql).toContain(`SELECT ${PROFILE_COLUMNS_PER_QUERY} AS col, 'summary' AS kind`);
    // SQLite's compound SELECT holds at most 500 parts.
    expect(queries[0]!.sql.split('UNION ALL').length).toBeLessThanOrEqual(500);
  });
});

describe('boundedCountQuery', () => {
  it('counts at most one row past the limit', () => {
    expect(boundedCountQuery(pg, 100)).toEqual({ sql: 'SELECT count(*) AS observed FROM (SELECT 1 AS one FROM "public"."orders" LIMIT 101) AS probe', params: [] });
  });
});
