import { describe, expect, it } from 'vitest';
import { ensurePostgresParser, parsePostgres } from './postgresParseTree.ts';
import { sqlLineage } from './sqlLineage.ts';

// One test, in order: the parser is loaded once per process (per test file, under vitest).
describe('parsePostgres', () => {
  it('says it is not loaded until ensurePostgresParser() has loaded it; then statements and syntax errors', async () => {
    const merge = 'MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount';
    expect(parsePostgres(merge)).toEqual({
      unavailable: "PostgreSQL's parser is not loaded (await ensurePostgresParser() before reading the SQL)",
    });
    expect(sqlLineage(merge, { dialect: 'postgres' })).toEqual({
      target: null,
      outputColumns: [],
      tables: [],
      columns: [],
      warnings: [
        "cannot read MERGE (postgres): PostgreSQL's parser is not loaded (await ensurePostgresParser() before reading the SQL): no lineage extracted",
      ],
    });

    await Promise.all([ensurePostgresParser(), ensurePostgresParser()]);
    const script = "SELECT 'déjà vu' AS words;\n  SELECT 2";
    const parsed = parsePostgres(script);
    expect('statements' in parsed && parsed.statements.map((statement) => statement.text)).toEqual(["SELECT 'déjà vu' AS words", 'SELECT 2']);
    // Positions count characters, not bytes: `é` and `à` take two bytes each.
    expect(parsePostgres("SELECT 'déjà vu';\nMERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE amount = 1")).toEqual({
      error: 'syntax error at or near "amount" at line 2, column 62',
    });
  });
});
