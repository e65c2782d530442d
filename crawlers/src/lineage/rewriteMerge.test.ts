import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePostgresParser, parsePostgres, type MergeStmt } from './postgresParseTree.ts';
import { rewriteMerge } from './rewriteMerge.ts';

function mergeStatement(sql: string): MergeStmt {
  const parsed = parsePostgres(sql);
  const [statement] = 'statements' in parsed ? parsed.statements : [];
  if (statement === undefined || !('MergeStmt' in statement.node)) throw new Error(`not a MERGE: ${JSON.stringify(parsed)}`);
  return statement.node.MergeStmt;
}

describe('rewriteMerge', () => {
  beforeAll(ensurePostgresParser);

  it('one INSERT ... SELECT per clause that writes, over the rows it writes, after the conditions of earlier clauses of its kind', () => {
    const merge = mergeStatement(
      `MERGE INTO orders t USING staged s ON t.id = s.id
         WHEN MATCHED AND s.deleted THEN DELETE
         WHEN MATCHED AND s.amount <> t.amount THEN UPDATE SET amount = s.amount, note = DEFAULT
         WHEN MATCHED THEN DO NOTHING
         WHEN NOT MATCHED AND s.amount > 0 THEN INSERT (id, amount) VALUES (s.id, s.amount)
         WHEN NOT MATCHED THEN INSERT VALUES (s.id, DEFAULT)
         WHEN NOT MATCHED BY SOURCE AND t.open THEN UPDATE SET open = false
         WHEN NOT MATCHED BY SOURCE THEN DELETE`,
    );
    expect(rewriteMerge(merge)).toEqual({
      target: ['orders'],
      writes: [
        {
          clause: 2,
          sql: 'INSERT INTO orders (amount, note) SELECT s.amount, NULL FROM orders AS t JOIN staged AS s ON t.id = s.id WHERE NOT (COALESCE(s.deleted, false)) AND s.amount <> t.amount',
        },
        {
          clause: 4,
          sql: 'INSERT INTO orders (id, amount) SELECT s.id, s.amount FROM staged AS s WHERE NOT (EXISTS (SELECT 1 FROM orders AS t WHERE t.id = s.id)) AND s.amount > 0',
        },
        {
          clause: 5,
          sql: 'INSERT INTO orders SELECT s.id, NULL FROM staged AS s WHERE NOT (EXISTS (SELECT 1 FROM orders AS t WHERE t.id = s.id)) AND NOT (COALESCE(s.amount > 0, false))',
        },
        {
          clause: 6,
          sql: 'INSERT INTO orders (open) SELECT false FROM orders AS t WHERE NOT (EXISTS (SELECT 1 FROM staged AS s WHERE t.id = s.id)) AND t.open',
        },
      ],
    });
  });

  it('WITH, a subquery source, ONLY, multi-column SET, DEFAULT VALUES and RETURNING', () => {
    const merge = mergeStatement(
      `WITH latest AS (SELECT id, max(amount) AS amount FROM payments GROUP BY id)
       MERGE INTO ONLY shop.orders AS o USING (SELECT id, amount FROM latest WHERE amount > 0) AS p ON o.id = p.id
         WHEN MATCHED THEN UPDATE SET (amount, paid) = (p.amount, true), (note, tag) = (SELECT n.text, n.tag FROM notes n WHERE n.id = p.id)
         WHEN NOT MATCHED THEN INSERT DEFAULT VALUES
       RETURNING merge_action(), o.*`,
    );
    expect(rewriteMerge(merge)).toEqual({
      target: ['shop', 'orders'],
      writes: [
        {
          clause: 1,
          sql:
            'INSERT INTO shop.orders (amount, paid, note, tag) WITH latest AS (SELECT id, max(amount) AS amount FROM payments GROUP BY id) ' +
            'SELECT p.amount, true, (SELECT n.text FROM notes AS n WHERE n.id = p.id), (SELECT n.tag FROM notes AS n WHERE n.id = p.id) ' +
            'FROM shop.orders AS o JOIN ( SELECT id, amount FROM latest WHERE amount > 0 ) AS p ON o.id = p.id',
        },
      ],
    });
  });

  it('a MERGE that only deletes writes nothing', () => {
    expect(rewriteMerge(mergeStatement('MERGE INTO orders USING staged ON orders.id = staged.id WHEN MATCHED THEN DELETE'))).toEqual({
      target: ['orders'],
      writes: [],
    });
  });
});
