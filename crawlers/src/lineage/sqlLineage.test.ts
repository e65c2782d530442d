import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePostgresParser, sqlLineage } from './sqlLineage.ts';
import type { ColumnLineageEdge, KnownSchemas, SqlDialect, SqlLineage, Transformation } from './types.ts';

/** `edge('orders.amount', 'total', 'AGGREGATION', 1)`: the upstream column is written `table.column`. */
function edge(from: string, to: string, transformation: Transformation, confidence: number): ColumnLineageEdge {
  const dot = from.lastIndexOf('.');
  return { from: { table: from.slice(0, dot), column: from.slice(dot + 1) }, to: { column: to }, transformation, confidence };
}

function lineage(expected: Partial<SqlLineage>): SqlLineage {
  return { target: null, outputColumns: [], tables: [], columns: [], warnings: [], ...expected };
}

/** `SELECT customer_id, status = 'paid' AS paid, SUM(amount) AS total, COUNT(*) + 1 AS n FROM orders GROUP BY ALL`, in any dialect that has it. */
const GROUPED_BY_ALL = lineage({
  outputColumns: ['customer_id', 'paid', 'total', 'n'],
  tables: ['orders'],
  columns: [
    edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
    edge('orders.status', 'paid', 'EXPRESSION', 1),
    edge('orders.amount', 'total', 'AGGREGATION', 1),
  ].flatMap((value) => [
    value,
    edge('orders.customer_id', value.to.column, 'GROUP_BY', 0.5),
    edge('orders.status', value.to.column, 'GROUP_BY', 0.5),
  ]).concat([edge('orders.customer_id', 'n', 'GROUP_BY', 0.5), edge('orders.status', 'n', 'GROUP_BY', 0.5)]),
});

interface Case {
  name: string;
  sql: string;
  dialect?: SqlDialect;
  defaultSchema?: string;
  known?: KnownSchemas;
  expected: SqlLineage;
}

function check({ sql, dialect = 'postgres', defaultSchema, known, expected }: Case): void {
  expect(sqlLineage(sql, { dialect, defaultSchema, known })).toEqual(expected);
}

const KNOWN: KnownSchemas = {
  customers: ['id', 'name'],
  orders: ['id', 'customer_id', 'amount'],
};

describe('sqlLineage', () => {
  beforeAll(ensurePostgresParser);

  const selectLists: Case[] = [
    {
      name: 'columns, with and without an alias',
      sql: 'SELECT o.id AS order_id, o.amount FROM orders o',
      expected: lineage({
        outputColumns: ['order_id', 'amount'],
        tables: ['orders'],
        columns: [edge('orders.id', 'order_id', 'IDENTITY', 1), edge('orders.amount', 'amount', 'IDENTITY', 1)],
      }),
    },
    {
      name: 'expressions and functions: every input column feeds the output',
      sql: 'SELECT o.price * o.quantity AS total, upper(o.note) AS note, coalesce(o.tip, o.discount, 0) AS extra FROM orders o',
      expected: lineage({
        outputColumns: ['total', 'note', 'extra'],
        tables: ['orders'],
        columns: [
          edge('orders.price', 'total', 'EXPRESSION', 1),
          edge('orders.quantity', 'total', 'EXPRESSION', 1),
          edge('orders.note', 'note', 'EXPRESSION', 1),
          edge('orders.tip', 'extra', 'EXPRESSION', 1),
          edge('orders.discount', 'extra', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      // Generated SQL does this; the AST then nests one level per `+`.
      name: 'an expression of 3,000 terms',
      sql: `SELECT ${Array.from({ length: 3000 }, (_, i) => `c${i}`).join(' + ')} AS s FROM t`,
      expected: lineage({
        outputColumns: ['s'],
        tables: ['t'],
        columns: Array.from({ length: 3000 }, (_, i) => edge(`t.c${i}`, 's', 'EXPRESSION', 1)),
      }),
    },
    {
      name: 'CASE: its conditions and its results feed the output',
      sql: "SELECT CASE WHEN o.status = 'paid' THEN o.amount ELSE o.refund END AS settled FROM orders o",
      expected: lineage({
        outputColumns: ['settled'],
        tables: ['orders'],
        columns: [
          edge('orders.status', 'settled', 'EXPRESSION', 1),
          edge('orders.amount', 'settled', 'EXPRESSION', 1),
          edge('orders.refund', 'settled', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      name: 'CAST and ::',
      sql: 'SELECT CAST(o.amount AS numeric(10, 2)) AS amount, o.placed_at::date AS day FROM orders o',
      expected: lineage({
        outputColumns: ['amount', 'day'],
        tables: ['orders'],
        columns: [edge('orders.amount', 'amount', 'EXPRESSION', 1), edge('orders.placed_at', 'day', 'EXPRESSION', 1)],
      }),
    },
    {
      // pg_get_viewdef casts every literal compared with an enum column to the enum's type.
      name: "casts to types the parser's grammar does not know: enums, schema-qualified, quoted, arrays, CAST(... AS ...)",
      sql:
        "SELECT o.status::order_status AS status, o.kind::billing.invoice_kind AS kind, o.tags::\"Tag\"[] AS tags, " +
        "CAST(o.note AS app.note_text) AS note, o.created_at::name AS created FROM orders o " +
        "WHERE o.status = ANY (ARRAY['active'::rental_status, 'returned'::rental_status])",
      expected: lineage({
        outputColumns: ['status', 'kind', 'tags', 'note', 'created'],
        tables: ['orders'],
        columns: [
          edge('orders.status', 'status', 'EXPRESSION', 1),
          edge('orders.status', 'status', 'FILTER', 0.5),
          edge('orders.kind', 'kind', 'EXPRESSION', 1),
          edge('orders.status', 'kind', 'FILTER', 0.5),
          edge('orders.tags', 'tags', 'EXPRESSION', 1),
          edge('orders.status', 'tags', 'FILTER', 0.5),
          edge('orders.note', 'note', 'EXPRESSION', 1),
          edge('orders.status', 'note', 'FILTER', 0.5),
          edge('orders.created_at', 'created', 'EXPRESSION', 1),
          edge('orders.status', 'created', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'a :: or CAST inside a string, a quoted name, a dollar-quoted string or a comment is not a cast',
      sql: "SELECT 'a::b'::text AS \"x::y\", $$cast(a as b)$$ AS d, o.amount::my_money AS amount /* ::c */ FROM orders o -- ::d",
      expected: lineage({
        outputColumns: ['x::y', 'd', 'amount'],
        tables: ['orders'],
        columns: [edge('orders.amount', 'amount', 'EXPRESSION', 1)],
      }),
    },
    {
      name: 'unaliased outputs are named as PostgreSQL names them',
      sql: 'SELECT upper(note), price * 2, amount::int, CASE WHEN paid THEN 1 END FROM orders',
      expected: lineage({
        outputColumns: ['upper', '?column?', 'amount', 'case'],
        tables: ['orders'],
        columns: [
          edge('orders.note', 'upper', 'EXPRESSION', 1),
          edge('orders.price', '?column?', 'EXPRESSION', 1),
          edge('orders.amount', 'amount', 'EXPRESSION', 1),
          edge('orders.paid', 'case', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      name: 'aggregations',
      sql: 'SELECT sum(amount) AS total, count(DISTINCT customer_id) AS buyers, max(amount + tip) AS top FROM orders',
      expected: lineage({
        outputColumns: ['total', 'buyers', 'top'],
        tables: ['orders'],
        columns: [
          edge('orders.amount', 'total', 'AGGREGATION', 1),
          edge('orders.customer_id', 'buyers', 'AGGREGATION', 1),
          edge('orders.amount', 'top', 'AGGREGATION', 1),
          edge('orders.tip', 'top', 'AGGREGATION', 1),
        ],
      }),
    },
    {
      name: 'an aggregation inside an expression stays an aggregation',
      sql: 'SELECT round(avg(amount), 2) AS mean FROM orders',
      expected: lineage({
        outputColumns: ['mean'],
        tables: ['orders'],
        columns: [edge('orders.amount', 'mean', 'AGGREGATION', 1)],
      }),
    },
    {
      name: 'aggregates that the parser reads as plain functions',
      sql: 'SELECT jsonb_agg(o.note) AS notes, bool_or(o.paid) AS any_paid FROM orders o',
      expected: lineage({
        outputColumns: ['notes', 'any_paid'],
        tables: ['orders'],
        columns: [edge('orders.note', 'notes', 'AGGREGATION', 1), edge('orders.paid', 'any_paid', 'AGGREGATION', 1)],
      }),
    },
    {
      name: 'aggregate FILTER (WHERE ...): its columns pick the rows aggregated, they filter',
      sql:
        "SELECT count(o.id) FILTER (WHERE o.status = 'paid'::order_status) AS paid, " +
        "coalesce(sum(o.amount) FILTER (WHERE o.paid), 0) AS paid_amount, " +
        'avg(CASE WHEN o.late THEN 1.0 ELSE 0.0 END) FILTER (WHERE o.delivered) AS late_rate FROM orders o',
      expected: lineage({
        outputColumns: ['paid', 'paid_amount', 'late_rate'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'paid', 'AGGREGATION', 1),
          edge('orders.status', 'paid', 'FILTER', 0.5),
          edge('orders.amount', 'paid_amount', 'AGGREGATION', 1),
          edge('orders.paid', 'paid_amount', 'FILTER', 0.5),
          edge('orders.late', 'late_rate', 'AGGREGATION', 1),
          edge('orders.delivered', 'late_rate', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'a column both aggregated and in its FILTER is both',
      sql: 'SELECT sum(o.amount) FILTER (WHERE o.amount > 0) AS credit FROM orders o',
      expected: lineage({
        outputColumns: ['credit'],
        tables: ['orders'],
        columns: [edge('orders.amount', 'credit', 'AGGREGATION', 1), edge('orders.amount', 'credit', 'FILTER', 0.5)],
      }),
    },
    {
      // node-sql-parser reads FILTER only after the aggregates it lists; after the others it is set aside and put back.
      name: 'FILTER after aggregates the grammar reads as plain functions (also with a column separator, and written tight)',
      sql:
        'SELECT o.customer_id, bool_and(o.paid) FILTER (WHERE o.amount > 0) AS all_paid, jsonb_agg(o.note) FILTER(WHERE(o.note IS NOT NULL)) AS notes, ' +
        'string_agg(o.note, o.sep) FILTER (WHERE o.late) AS late_notes FROM orders o GROUP BY o.customer_id',
      expected: lineage({
        outputColumns: ['customer_id', 'all_paid', 'notes', 'late_notes'],
        tables: ['orders'],
        columns: [
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'GROUP_BY', 0.5),
          edge('orders.paid', 'all_paid', 'AGGREGATION', 1),
          edge('orders.amount', 'all_paid', 'FILTER', 0.5),
          edge('orders.customer_id', 'all_paid', 'GROUP_BY', 0.5),
          edge('orders.note', 'notes', 'AGGREGATION', 1),
          edge('orders.note', 'notes', 'FILTER', 0.5),
          edge('orders.customer_id', 'notes', 'GROUP_BY', 0.5),
          edge('orders.note', 'late_notes', 'AGGREGATION', 1),
          edge('orders.sep', 'late_notes', 'AGGREGATION', 1),
          edge('orders.late', 'late_notes', 'FILTER', 0.5),
          edge('orders.customer_id', 'late_notes', 'GROUP_BY', 0.5),
        ],
      }),
    },
    {
      name: 'a user-defined aggregate, qualified or quoted: FILTER makes it an aggregate',
      sql: 'SELECT app.weighted_median(o.amount, o.weight) FILTER (WHERE o.paid) AS m, "Top"(o.note) FILTER (WHERE o.late) AS t FROM orders o',
      expected: lineage({
        outputColumns: ['m', 't'],
        tables: ['orders'],
        columns: [
          edge('orders.amount', 'm', 'AGGREGATION', 1),
          edge('orders.weight', 'm', 'AGGREGATION', 1),
          edge('orders.paid', 'm', 'FILTER', 0.5),
          edge('orders.note', 't', 'AGGREGATION', 1),
          edge('orders.late', 't', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'an ordered-set aggregate: WITHIN GROUP, then FILTER',
      sql: 'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY o.amount) FILTER (WHERE o.paid) AS median FROM orders o',
      expected: lineage({
        outputColumns: ['median'],
        tables: ['orders'],
        columns: [edge('orders.amount', 'median', 'AGGREGATION', 1), edge('orders.paid', 'median', 'FILTER', 0.5)],
      }),
    },
    {
      name: 'a FILTER whose condition holds a subquery with a FILTER of its own',
      sql:
        'SELECT bool_or(c.vip) FILTER (WHERE c.id IN (SELECT o.customer_id FROM orders o GROUP BY o.customer_id ' +
        'HAVING bool_and(o.paid) FILTER (WHERE o.amount > 0))) AS vip_buyer FROM customers c',
      expected: lineage({
        outputColumns: ['vip_buyer'],
        tables: ['customers', 'orders'],
        columns: [
          edge('customers.vip', 'vip_buyer', 'AGGREGATION', 1),
          edge('customers.id', 'vip_buyer', 'FILTER', 0.5),
          edge('orders.customer_id', 'vip_buyer', 'FILTER', 0.5),
          // The subquery's own grouping stays what it was: an influence is never promoted.
          edge('orders.customer_id', 'vip_buyer', 'GROUP_BY', 0.5),
          edge('orders.paid', 'vip_buyer', 'FILTER', 0.5),
          edge('orders.amount', 'vip_buyer', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'COUNT(*) counts rows: no column feeds it',
      sql: 'SELECT count(*) AS n FROM orders',
      expected: lineage({ outputColumns: ['n'], tables: ['orders'] }),
    },
    {
      name: "window functions: the aggregated column, and the window's columns as expression inputs",
      sql: 'SELECT row_number() OVER (PARTITION BY customer_id ORDER BY placed_at) AS nth, sum(amount) OVER (PARTITION BY customer_id) AS running FROM orders',
      expected: lineage({
        outputColumns: ['nth', 'running'],
        tables: ['orders'],
        columns: [
          edge('orders.customer_id', 'nth', 'EXPRESSION', 1),
          edge('orders.placed_at', 'nth', 'EXPRESSION', 1),
          edge('orders.amount', 'running', 'AGGREGATION', 1),
          edge('orders.customer_id', 'running', 'EXPRESSION', 1),
        ],
      }),
    },
  ];
  it.each(selectLists)('select list: $name', check);

  const rowInfluences: Case[] = [
    {
      name: 'JOIN ... ON: its columns influence every output column',
      sql: 'SELECT c.name, o.amount FROM customers c JOIN orders o ON o.customer_id = c.id',
      expected: lineage({
        outputColumns: ['name', 'amount'],
        tables: ['customers', 'orders'],
        columns: [
          edge('customers.name', 'name', 'IDENTITY', 1),
          edge('orders.customer_id', 'name', 'JOIN', 0.5),
          edge('customers.id', 'name', 'JOIN', 0.5),
          edge('orders.amount', 'amount', 'IDENTITY', 1),
          edge('orders.customer_id', 'amount', 'JOIN', 0.5),
          edge('customers.id', 'amount', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: "JOIN ... USING: a bare USING column is the left side's",
      sql: 'SELECT customer_id, o.amount FROM customers c JOIN orders o USING (customer_id)',
      expected: lineage({
        outputColumns: ['customer_id', 'amount'],
        tables: ['customers', 'orders'],
        columns: [
          edge('customers.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('customers.customer_id', 'customer_id', 'JOIN', 0.5),
          edge('orders.customer_id', 'customer_id', 'JOIN', 0.5),
          edge('orders.amount', 'amount', 'IDENTITY', 1),
          edge('customers.customer_id', 'amount', 'JOIN', 0.5),
          edge('orders.customer_id', 'amount', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: 'parenthesised joins, as pg_get_viewdef writes them',
      sql: 'SELECT a.address FROM ((address a JOIN city ON ((a.city_id = city.city_id))) JOIN country ON ((city.country_id = country.country_id)))',
      expected: lineage({
        outputColumns: ['address'],
        tables: ['address', 'city', 'country'],
        columns: [
          edge('address.address', 'address', 'IDENTITY', 1),
          edge('address.city_id', 'address', 'JOIN', 0.5),
          edge('city.city_id', 'address', 'JOIN', 0.5),
          edge('city.country_id', 'address', 'JOIN', 0.5),
          edge('country.country_id', 'address', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: 'WHERE: its columns filter every output column',
      sql: "SELECT name FROM customers WHERE active AND country IN ('NL', 'BE')",
      expected: lineage({
        outputColumns: ['name'],
        tables: ['customers'],
        columns: [
          edge('customers.name', 'name', 'IDENTITY', 1),
          edge('customers.active', 'name', 'FILTER', 0.5),
          edge('customers.country', 'name', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'GROUP BY groups and HAVING filters every output column',
      sql: 'SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id HAVING count(*) > 1 AND max(amount) > 10',
      expected: lineage({
        outputColumns: ['customer_id', 'total'],
        tables: ['orders'],
        columns: [
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'GROUP_BY', 0.5),
          edge('orders.amount', 'customer_id', 'FILTER', 0.5),
          edge('orders.amount', 'total', 'AGGREGATION', 1),
          edge('orders.customer_id', 'total', 'GROUP_BY', 0.5),
          edge('orders.amount', 'total', 'FILTER', 0.5),
        ],
      }),
    },
    ...['month', '1'].map((groupBy) => ({
      name: `GROUP BY an output column's name or position (${groupBy})`,
      sql: `SELECT date_trunc('month', placed_at) AS month, sum(amount) AS total FROM orders GROUP BY ${groupBy}`,
      expected: lineage({
        outputColumns: ['month', 'total'],
        tables: ['orders'],
        columns: [
          edge('orders.placed_at', 'month', 'EXPRESSION', 1),
          edge('orders.placed_at', 'month', 'GROUP_BY', 0.5),
          edge('orders.amount', 'total', 'AGGREGATION', 1),
          edge('orders.placed_at', 'total', 'GROUP_BY', 0.5),
        ],
      }),
    })),
  ];
  it.each(rowInfluences)('joins, filters and grouping: $name', check);

  const nestedQueries: Case[] = [
    {
      name: 'a subquery in FROM: its own filter still influences',
      sql: 'SELECT big.id FROM (SELECT id, amount FROM orders WHERE amount > 100) AS big',
      expected: lineage({
        outputColumns: ['id'],
        tables: ['orders'],
        columns: [edge('orders.id', 'id', 'IDENTITY', 1), edge('orders.amount', 'id', 'FILTER', 0.5)],
      }),
    },
    {
      name: 'a correlated scalar subquery',
      sql: 'SELECT c.name, (SELECT sum(o.amount) FROM orders o WHERE o.customer_id = c.id) AS spent FROM customers c',
      expected: lineage({
        outputColumns: ['name', 'spent'],
        tables: ['customers', 'orders'],
        columns: [
          edge('customers.name', 'name', 'IDENTITY', 1),
          edge('orders.amount', 'spent', 'AGGREGATION', 1),
          edge('orders.customer_id', 'spent', 'FILTER', 0.5),
          edge('customers.id', 'spent', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'IN and EXISTS subqueries filter',
      sql: 'SELECT c.name FROM customers c WHERE c.id IN (SELECT customer_id FROM orders) AND NOT EXISTS (SELECT 1 FROM bans b WHERE b.customer_id = c.id)',
      expected: lineage({
        outputColumns: ['name'],
        tables: ['bans', 'customers', 'orders'],
        columns: [
          edge('customers.name', 'name', 'IDENTITY', 1),
          edge('customers.id', 'name', 'FILTER', 0.5),
          edge('orders.customer_id', 'name', 'FILTER', 0.5),
          edge('bans.customer_id', 'name', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'CTEs, one reading another',
      sql: `WITH paid AS (SELECT customer_id, amount FROM orders WHERE status = 'paid'),
                 totals AS (SELECT customer_id, sum(amount) AS total FROM paid GROUP BY customer_id)
            SELECT t.customer_id, t.total FROM totals t`,
      expected: lineage({
        outputColumns: ['customer_id', 'total'],
        tables: ['orders'],
        columns: [
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.status', 'customer_id', 'FILTER', 0.5),
          edge('orders.customer_id', 'customer_id', 'GROUP_BY', 0.5),
          edge('orders.amount', 'total', 'AGGREGATION', 1),
          edge('orders.status', 'total', 'FILTER', 0.5),
          edge('orders.customer_id', 'total', 'GROUP_BY', 0.5),
        ],
      }),
    },
    {
      name: "a CTE's column list names its columns",
      sql: 'WITH t (k, v) AS (SELECT id, amount FROM orders) SELECT k, v FROM t',
      expected: lineage({
        outputColumns: ['k', 'v'],
        tables: ['orders'],
        columns: [edge('orders.id', 'k', 'IDENTITY', 1), edge('orders.amount', 'v', 'IDENTITY', 1)],
      }),
    },
    {
      name: 'WITH RECURSIVE: the recursive part adds its join to the anchor',
      sql: `WITH RECURSIVE chain AS (
              SELECT id, manager_id, name FROM employees WHERE manager_id IS NULL
              UNION ALL
              SELECT e.id, e.manager_id, e.name FROM employees e JOIN chain c ON e.manager_id = c.id)
            SELECT id, name FROM chain`,
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['employees'],
        columns: [
          edge('employees.id', 'id', 'IDENTITY', 1),
          edge('employees.manager_id', 'id', 'FILTER', 0.5),
          edge('employees.manager_id', 'id', 'JOIN', 0.5),
          edge('employees.id', 'id', 'JOIN', 0.5),
          edge('employees.name', 'name', 'IDENTITY', 1),
          edge('employees.manager_id', 'name', 'FILTER', 0.5),
          edge('employees.manager_id', 'name', 'JOIN', 0.5),
          edge('employees.id', 'name', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: 'WITH RECURSIVE: a later CTE computed from itself',
      sql: `WITH RECURSIVE seed AS (SELECT name FROM seeds),
              r (n, label) AS (SELECT 1, name FROM seed UNION ALL SELECT n + 1, upper(label) FROM r WHERE n < 3)
            SELECT label FROM r`,
      expected: lineage({
        outputColumns: ['label'],
        tables: ['seeds'],
        columns: [edge('seeds.name', 'label', 'EXPRESSION', 1)],
      }),
    },
    {
      name: 'UNION and UNION ALL: output column i is fed by column i of each branch',
      sql: "SELECT id, name FROM customers UNION SELECT id, upper(name) FROM suppliers UNION ALL SELECT 0, 'nobody'",
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['customers', 'suppliers'],
        columns: [
          edge('customers.id', 'id', 'IDENTITY', 1),
          edge('suppliers.id', 'id', 'IDENTITY', 1),
          edge('customers.name', 'name', 'IDENTITY', 1),
          edge('suppliers.name', 'name', 'EXPRESSION', 1),
        ],
      }),
    },
  ];
  it.each(nestedQueries)('subqueries, CTEs and set operations: $name', check);

  const writes: Case[] = [
    {
      name: 'INSERT ... SELECT: the inserted columns are the outputs',
      sql: 'INSERT INTO archive.orders (order_id, total) SELECT id, amount + tip FROM orders',
      expected: lineage({
        target: 'archive.orders',
        outputColumns: ['order_id', 'total'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'order_id', 'IDENTITY', 1),
          edge('orders.amount', 'total', 'EXPRESSION', 1),
          edge('orders.tip', 'total', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      name: "INSERT without a column list: the target's known columns",
      sql: 'INSERT INTO archive.orders SELECT id, amount FROM orders',
      known: { 'archive.orders': ['order_id', 'total'] },
      expected: lineage({
        target: 'archive.orders',
        outputColumns: ['order_id', 'total'],
        tables: ['orders'],
        columns: [edge('orders.id', 'order_id', 'IDENTITY', 1), edge('orders.amount', 'total', 'IDENTITY', 1)],
      }),
    },
    {
      name: "INSERT without a column list into an unknown table: the query's names, with a warning",
      sql: 'INSERT INTO archive.orders SELECT id, amount FROM orders',
      expected: lineage({
        target: 'archive.orders',
        outputColumns: ['id', 'amount'],
        tables: ['orders'],
        columns: [edge('orders.id', 'id', 'IDENTITY', 1), edge('orders.amount', 'amount', 'IDENTITY', 1)],
        warnings: ["INSERT into archive.orders names no columns and they are not known: using the query's column names"],
      }),
    },
    {
      name: 'INSERT ... VALUES: columns written, none read',
      sql: 'INSERT INTO orders (id, amount) VALUES (1, 9.5)',
      expected: lineage({ target: 'orders', outputColumns: ['id', 'amount'] }),
    },
    {
      name: 'CREATE TABLE ... AS',
      sql: 'CREATE TABLE big_orders AS SELECT id, amount FROM orders WHERE amount > 100',
      expected: lineage({
        target: 'big_orders',
        outputColumns: ['id', 'amount'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'id', 'IDENTITY', 1),
          edge('orders.amount', 'id', 'FILTER', 0.5),
          edge('orders.amount', 'amount', 'IDENTITY', 1),
          edge('orders.amount', 'amount', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: "CREATE VIEW with a column list: the view's names",
      sql: 'CREATE VIEW order_totals (order_id, total) AS SELECT id, amount + tip FROM orders',
      defaultSchema: 'public',
      expected: lineage({
        target: 'public.order_totals',
        outputColumns: ['order_id', 'total'],
        tables: ['public.orders'],
        columns: [
          edge('public.orders.id', 'order_id', 'IDENTITY', 1),
          edge('public.orders.amount', 'total', 'EXPRESSION', 1),
          edge('public.orders.tip', 'total', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      name: 'CREATE OR REPLACE VIEW (MySQL)',
      sql: 'CREATE OR REPLACE VIEW shop.big AS SELECT id FROM shop.orders WHERE amount > 100',
      dialect: 'mysql',
      expected: lineage({
        target: 'shop.big',
        outputColumns: ['id'],
        tables: ['shop.orders'],
        columns: [edge('shop.orders.id', 'id', 'IDENTITY', 1), edge('shop.orders.amount', 'id', 'FILTER', 0.5)],
      }),
    },
    {
      name: "a view's column list that does not match its query",
      sql: 'CREATE VIEW v (a) AS SELECT id, amount FROM orders',
      expected: lineage({
        target: 'v',
        outputColumns: ['a'],
        tables: ['orders'],
        columns: [edge('orders.id', 'a', 'IDENTITY', 1)],
        warnings: ['view v names 1 columns but its query has 2'],
      }),
    },
  ];
  it.each(writes)('statements that write: $name', check);

  const merges: Case[] = [
    ...(['postgres', 'duckdb'] as const).map((dialect) => ({
      name: `WHEN MATCHED THEN UPDATE: each SET column from its expression, the ON columns join (${dialect})`,
      sql: '-- upsert\nMERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount, note = upper(s.note)',
      dialect,
      expected: lineage({
        target: 'orders',
        outputColumns: ['amount', 'note'],
        tables: ['orders', 'staged'],
        columns: [
          edge('staged.amount', 'amount', 'IDENTITY', 1),
          edge('orders.id', 'amount', 'JOIN', 0.5),
          edge('staged.id', 'amount', 'JOIN', 0.5),
          edge('staged.note', 'note', 'EXPRESSION', 1),
          edge('orders.id', 'note', 'JOIN', 0.5),
          edge('staged.id', 'note', 'JOIN', 0.5),
        ],
      }),
    })),
    {
      name: 'WHEN NOT MATCHED AND ... THEN INSERT: the ON columns (an anti-join) and the condition filter',
      sql: 'MERGE INTO orders t USING staged s ON t.id = s.id WHEN NOT MATCHED AND s.amount > 0 THEN INSERT (id, amount) VALUES (s.id, s.amount * 100)',
      expected: lineage({
        target: 'orders',
        outputColumns: ['id', 'amount'],
        tables: ['orders', 'staged'],
        columns: [
          edge('staged.id', 'id', 'IDENTITY', 1),
          edge('orders.id', 'id', 'FILTER', 0.5),
          edge('staged.id', 'id', 'FILTER', 0.5),
          edge('staged.amount', 'id', 'FILTER', 0.5),
          edge('staged.amount', 'amount', 'EXPRESSION', 1),
          edge('orders.id', 'amount', 'FILTER', 0.5),
          edge('staged.id', 'amount', 'FILTER', 0.5),
          edge('staged.amount', 'amount', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'a column updated as is and inserted computed: an EXPRESSION, with the influences of both clauses',
      sql:
        'MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount ' +
        'WHEN NOT MATCHED THEN INSERT (id, amount) VALUES (s.id, s.amount * 100)',
      expected: lineage({
        target: 'orders',
        outputColumns: ['amount', 'id'],
        tables: ['orders', 'staged'],
        columns: [
          edge('staged.amount', 'amount', 'EXPRESSION', 1),
          edge('orders.id', 'amount', 'JOIN', 0.5),
          edge('staged.id', 'amount', 'JOIN', 0.5),
          edge('orders.id', 'amount', 'FILTER', 0.5),
          edge('staged.id', 'amount', 'FILTER', 0.5),
          edge('staged.id', 'id', 'IDENTITY', 1),
          edge('orders.id', 'id', 'FILTER', 0.5),
          edge('staged.id', 'id', 'FILTER', 0.5),
        ],
      }),
    },
    {
      // The UPDATE's rows are those the DELETE before it did not take: `s.deleted` filters them too.
      name: 'conditions on both kinds of clause, DELETE and DO NOTHING',
      sql:
        'MERGE INTO orders t USING staged s ON t.id = s.id\n' +
        'WHEN MATCHED AND s.deleted THEN DELETE\n' +
        'WHEN MATCHED AND s.amount <> t.amount THEN UPDATE SET amount = s.amount\n' +
        'WHEN NOT MATCHED AND NOT s.deleted THEN INSERT (id, amount) VALUES (s.id, s.amount)\n' +
        'WHEN MATCHED THEN DO NOTHING',
      expected: lineage({
        target: 'orders',
        outputColumns: ['amount', 'id'],
        tables: ['orders', 'staged'],
        columns: [
          edge('staged.amount', 'amount', 'IDENTITY', 1),
          edge('orders.id', 'amount', 'JOIN', 0.5),
          edge('staged.id', 'amount', 'JOIN', 0.5),
          edge('staged.deleted', 'amount', 'FILTER', 0.5),
          edge('staged.amount', 'amount', 'FILTER', 0.5),
          edge('orders.amount', 'amount', 'FILTER', 0.5),
          edge('orders.id', 'amount', 'FILTER', 0.5),
          edge('staged.id', 'amount', 'FILTER', 0.5),
          edge('staged.id', 'id', 'IDENTITY', 1),
          edge('orders.id', 'id', 'FILTER', 0.5),
          edge('staged.id', 'id', 'FILTER', 0.5),
          edge('staged.deleted', 'id', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'a subquery as the source, over a CTE of the WITH before MERGE',
      sql:
        'WITH latest AS (SELECT id, max(amount) AS amount FROM payments GROUP BY id)\n' +
        'MERGE INTO orders AS o USING (SELECT id, amount FROM latest WHERE amount > 0) AS p ON o.id = p.id\n' +
        'WHEN MATCHED THEN UPDATE SET amount = p.amount WHEN NOT MATCHED THEN INSERT (id, amount) VALUES (p.id, p.amount)',
      defaultSchema: 'public',
      expected: lineage({
        target: 'public.orders',
        outputColumns: ['amount', 'id'],
        tables: ['public.orders', 'public.payments'],
        columns: [
          edge('public.payments.amount', 'amount', 'AGGREGATION', 1),
          edge('public.payments.id', 'amount', 'GROUP_BY', 0.5),
          edge('public.payments.amount', 'amount', 'FILTER', 0.5),
          edge('public.orders.id', 'amount', 'JOIN', 0.5),
          edge('public.payments.id', 'amount', 'JOIN', 0.5),
          edge('public.orders.id', 'amount', 'FILTER', 0.5),
          edge('public.payments.id', 'amount', 'FILTER', 0.5),
          edge('public.payments.id', 'id', 'IDENTITY', 1),
          edge('public.payments.id', 'id', 'GROUP_BY', 0.5),
          edge('public.payments.amount', 'id', 'FILTER', 0.5),
          edge('public.orders.id', 'id', 'FILTER', 0.5),
          edge('public.payments.id', 'id', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: "INSERT without a column list: the target's known columns; no aliases",
      sql: 'MERGE INTO archive.orders USING orders ON archive.orders.id = orders.id WHEN NOT MATCHED THEN INSERT VALUES (orders.id, orders.amount)',
      known: { 'archive.orders': ['order_id', 'total'] },
      expected: lineage({
        target: 'archive.orders',
        outputColumns: ['order_id', 'total'],
        tables: ['archive.orders', 'orders'],
        columns: [
          edge('orders.id', 'order_id', 'IDENTITY', 1),
          edge('archive.orders.id', 'order_id', 'FILTER', 0.5),
          edge('orders.amount', 'total', 'IDENTITY', 1),
          edge('archive.orders.id', 'total', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'bare columns, known: in ON either table, in INSERT values only the source',
      sql:
        'MERGE INTO orders USING staged ON id = staged_id WHEN MATCHED THEN UPDATE SET amount = new_amount ' +
        'WHEN NOT MATCHED THEN INSERT (id, amount) VALUES (staged_id, new_amount)',
      known: { orders: ['id', 'amount'], staged: ['staged_id', 'new_amount'] },
      expected: lineage({
        target: 'orders',
        outputColumns: ['amount', 'id'],
        tables: ['orders', 'staged'],
        columns: [
          edge('staged.new_amount', 'amount', 'IDENTITY', 1),
          edge('orders.id', 'amount', 'JOIN', 0.5),
          edge('staged.staged_id', 'amount', 'JOIN', 0.5),
          edge('orders.id', 'amount', 'FILTER', 0.5),
          edge('staged.staged_id', 'amount', 'FILTER', 0.5),
          edge('staged.staged_id', 'id', 'IDENTITY', 1),
          edge('orders.id', 'id', 'FILTER', 0.5),
          edge('staged.staged_id', 'id', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'SET (a, b) = (...), SET c = DEFAULT (read from no column), INSERT DEFAULT VALUES (writes none), RETURNING',
      sql:
        'MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET (amount, note) = (s.amount, s.note), paid_at = DEFAULT ' +
        'WHEN NOT MATCHED THEN INSERT DEFAULT VALUES RETURNING merge_action(), t.*',
      expected: lineage({
        target: 'orders',
        outputColumns: ['amount', 'note', 'paid_at'],
        tables: ['orders', 'staged'],
        columns: [
          edge('staged.amount', 'amount', 'IDENTITY', 1),
          edge('orders.id', 'amount', 'JOIN', 0.5),
          edge('staged.id', 'amount', 'JOIN', 0.5),
          edge('staged.note', 'note', 'IDENTITY', 1),
          edge('orders.id', 'note', 'JOIN', 0.5),
          edge('staged.id', 'note', 'JOIN', 0.5),
          edge('orders.id', 'paid_at', 'JOIN', 0.5),
          edge('staged.id', 'paid_at', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: 'WHEN NOT MATCHED BY SOURCE: target rows no source row matches',
      sql: 'MERGE INTO orders t USING staged s ON t.id = s.id WHEN NOT MATCHED BY SOURCE AND t.open THEN UPDATE SET open = false, closed_at = now()',
      expected: lineage({
        target: 'orders',
        outputColumns: ['open', 'closed_at'],
        tables: ['orders', 'staged'],
        columns: [
          edge('orders.id', 'open', 'FILTER', 0.5),
          edge('staged.id', 'open', 'FILTER', 0.5),
          edge('orders.open', 'open', 'FILTER', 0.5),
          edge('orders.id', 'closed_at', 'FILTER', 0.5),
          edge('staged.id', 'closed_at', 'FILTER', 0.5),
          edge('orders.open', 'closed_at', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'only DELETE: the target, no column written',
      sql: 'MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN DELETE',
      expected: lineage({ target: 'orders' }),
    },
    {
      name: 'a script: the MERGE is the first statement with lineage',
      sql: 'SET search_path = shop; MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount;',
      expected: lineage({
        target: 'orders',
        outputColumns: ['amount'],
        tables: ['orders', 'staged'],
        columns: [edge('staged.amount', 'amount', 'IDENTITY', 1), edge('orders.id', 'amount', 'JOIN', 0.5), edge('staged.id', 'amount', 'JOIN', 0.5)],
        warnings: ['the SQL holds 2 statements: lineage is of statement 2 only'],
      }),
    },
    {
      name: "a clause whose expression node-sql-parser cannot read (`^`): the other clauses' lineage, and a warning",
      sql: 'MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount ^ 2 WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)',
      expected: lineage({
        target: 'orders',
        outputColumns: ['id'],
        tables: ['orders', 'staged'],
        columns: [edge('staged.id', 'id', 'IDENTITY', 1), edge('orders.id', 'id', 'FILTER', 0.5), edge('staged.id', 'id', 'FILTER', 0.5)],
        warnings: [
          `MERGE's WHEN clause 1, read as "INSERT INTO orders (amount) SELECT s.amount ^ 2 FROM orders AS t JOIN staged AS s ON t.id = s.id": ` +
            'could not parse SQL (postgres): unexpected "^" at line 1, column 45; its writes are missing from the lineage',
        ],
      }),
    },
    {
      name: "a syntax error: PostgreSQL's message, and where",
      sql: 'MERGE INTO orders t USING staged s ON t.id = s.id\nWHEN MATCHED THEN UPDATE amount = s.amount',
      expected: lineage({ warnings: ['could not parse SQL (postgres): syntax error at or near "amount" at line 2, column 26'] }),
    },
    ...(['snowflake', 'mysql'] as const).map((dialect) => ({
      name: `a dialect PostgreSQL's parser does not read (${dialect})`,
      sql: 'MERGE INTO orders t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET amount = s.amount',
      dialect,
      expected: lineage({
        warnings: [
          `cannot read MERGE (${dialect}): node-sql-parser has no grammar for it, and PostgreSQL's parser reads only postgres and duckdb SQL: no lineage extracted`,
        ],
      }),
    })),
  ];
  it.each(merges)('MERGE: $name', check);

  const stars: Case[] = [
    {
      name: '* from a known table',
      sql: 'SELECT * FROM customers',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['customers'],
        columns: [edge('customers.id', 'id', 'IDENTITY', 1), edge('customers.name', 'name', 'IDENTITY', 1)],
      }),
    },
    {
      name: 't.* beside other columns',
      sql: 'SELECT o.*, c.name AS customer FROM orders o JOIN customers c ON c.id = o.customer_id',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'amount', 'customer'],
        tables: ['customers', 'orders'],
        columns: ['id', 'customer_id', 'amount'].flatMap((column) => [
          edge(`orders.${column}`, column, 'IDENTITY', 1),
          edge('customers.id', column, 'JOIN', 0.5),
          edge('orders.customer_id', column, 'JOIN', 0.5),
        ]).concat([
          edge('customers.name', 'customer', 'IDENTITY', 1),
          edge('customers.id', 'customer', 'JOIN', 0.5),
          edge('orders.customer_id', 'customer', 'JOIN', 0.5),
        ]),
      }),
    },
    {
      name: '* over a join with an unknown table: the known part, and a warning',
      sql: 'SELECT * FROM customers c JOIN refunds r ON r.customer_id = c.id',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['customers', 'refunds'],
        columns: ['id', 'name'].flatMap((column) => [
          edge(`customers.${column}`, column, 'IDENTITY', 1),
          edge('refunds.customer_id', column, 'JOIN', 0.5),
          edge('customers.id', column, 'JOIN', 0.5),
        ]),
        warnings: ['cannot expand * over refunds (columns not known): its columns are missing from the output'],
      }),
    },
    {
      name: '* over an unknown table: table lineage still',
      sql: 'SELECT * FROM refunds',
      expected: lineage({
        tables: ['refunds'],
        warnings: ['cannot expand * over refunds (columns not known): its columns are missing from the output'],
      }),
    },
    {
      name: '* of an unknown table through a CTE, its columns then named (as dbt staging models do)',
      sql: 'WITH source AS (SELECT * FROM raw_orders WHERE NOT deleted) SELECT id AS order_id, amount / 100 AS amount FROM source',
      expected: lineage({
        outputColumns: ['order_id', 'amount'],
        tables: ['raw_orders'],
        columns: [
          edge('raw_orders.id', 'order_id', 'IDENTITY', 1),
          edge('raw_orders.deleted', 'order_id', 'FILTER', 0.5),
          edge('raw_orders.amount', 'amount', 'EXPRESSION', 1),
          edge('raw_orders.deleted', 'amount', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'x.* when no x is in scope',
      sql: 'SELECT x.* FROM customers',
      known: KNOWN,
      expected: lineage({ tables: ['customers'], warnings: ['"x.*" names no table in scope'] }),
    },
  ];
  it.each(stars)('stars: $name', check);

  const columnResolution: Case[] = [
    {
      name: 'a bare column belongs to the known table that has it',
      sql: 'SELECT name, amount FROM customers c JOIN orders o ON o.customer_id = c.id',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['name', 'amount'],
        tables: ['customers', 'orders'],
        columns: [
          edge('customers.name', 'name', 'IDENTITY', 1),
          edge('orders.customer_id', 'name', 'JOIN', 0.5),
          edge('customers.id', 'name', 'JOIN', 0.5),
          edge('orders.amount', 'amount', 'IDENTITY', 1),
          edge('orders.customer_id', 'amount', 'JOIN', 0.5),
          edge('customers.id', 'amount', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: 'a bare column with a single table in scope',
      sql: 'SELECT amount FROM refunds',
      expected: lineage({
        outputColumns: ['amount'],
        tables: ['refunds'],
        columns: [edge('refunds.amount', 'amount', 'IDENTITY', 1)],
      }),
    },
    {
      name: 'known tables that lack the column leave the unknown one',
      sql: 'SELECT reason FROM orders JOIN refunds ON refunds.order_id = orders.id',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['reason'],
        tables: ['orders', 'refunds'],
        columns: [
          edge('refunds.reason', 'reason', 'IDENTITY', 1),
          edge('refunds.order_id', 'reason', 'JOIN', 0.5),
          edge('orders.id', 'reason', 'JOIN', 0.5),
        ],
      }),
    },
    {
      name: 'ambiguous between tables of unknown columns: each, with a share of the confidence',
      sql: 'SELECT note FROM refunds JOIN returns ON returns.refund_id = refunds.id',
      expected: lineage({
        outputColumns: ['note'],
        tables: ['refunds', 'returns'],
        columns: [
          edge('refunds.note', 'note', 'IDENTITY', 0.5),
          edge('returns.note', 'note', 'IDENTITY', 0.5),
          edge('returns.refund_id', 'note', 'JOIN', 0.5),
          edge('refunds.id', 'note', 'JOIN', 0.5),
        ],
        warnings: ['ambiguous column "note" (in refunds, returns): lineage from each with confidence 0.5'],
      }),
    },
    {
      name: 'ambiguous between known tables that both have it',
      sql: 'SELECT id FROM customers, orders',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['id'],
        tables: ['customers', 'orders'],
        columns: [edge('customers.id', 'id', 'IDENTITY', 0.5), edge('orders.id', 'id', 'IDENTITY', 0.5)],
        warnings: ['ambiguous column "id" (in customers, orders): lineage from each with confidence 0.5'],
      }),
    },
    {
      name: 'a column no table in scope has',
      sql: 'SELECT nope FROM customers',
      known: KNOWN,
      expected: lineage({
        outputColumns: ['nope'],
        tables: ['customers'],
        warnings: ['column "nope" matches no table in scope'],
      }),
    },
    {
      name: 'a column a subquery does not output',
      sql: 'SELECT d.nope FROM (SELECT id FROM orders) d',
      expected: lineage({
        outputColumns: ['nope'],
        tables: ['orders'],
        warnings: ['column "nope" is not an output of "d"'],
      }),
    },
    {
      name: 'qualified with schema and table; names fold to lower case',
      sql: 'SELECT Public.Customer.Name FROM Public.Customer',
      expected: lineage({
        outputColumns: ['name'],
        tables: ['public.customer'],
        columns: [edge('public.customer.name', 'name', 'IDENTITY', 1)],
      }),
    },
    {
      name: 'the default schema qualifies bare tables; known keys may carry more qualifiers',
      sql: 'SELECT * FROM customer',
      defaultSchema: 'public',
      known: { 'pagila.public.customer': ['customer_id', 'first_name'] },
      expected: lineage({
        outputColumns: ['customer_id', 'first_name'],
        tables: ['public.customer'],
        columns: [
          edge('public.customer.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('public.customer.first_name', 'first_name', 'IDENTITY', 1),
        ],
      }),
    },
  ];
  it.each(columnResolution)('column resolution: $name', check);

  // One query as each dialect writes it: the lineage must not depend on the AST's dialect quirks.
  const sameQuery = lineage({
    outputColumns: ['name', 'total'],
    tables: ['shop.customers', 'shop.orders'],
    columns: [
      edge('shop.customers.name', 'name', 'IDENTITY', 1),
      edge('shop.orders.customer_id', 'name', 'JOIN', 0.5),
      edge('shop.customers.id', 'name', 'JOIN', 0.5),
      edge('shop.customers.name', 'name', 'GROUP_BY', 0.5),
      edge('shop.orders.amount', 'total', 'AGGREGATION', 1),
      edge('shop.orders.customer_id', 'total', 'JOIN', 0.5),
      edge('shop.customers.id', 'total', 'JOIN', 0.5),
      edge('shop.customers.name', 'total', 'GROUP_BY', 0.5),
    ],
  });
  const dialects: Case[] = [
    { dialect: 'postgres', customers: 'shop.customers', orders: 'shop.orders' },
    { dialect: 'duckdb', customers: '"shop"."customers"', orders: '"shop"."orders"' },
    { dialect: 'mysql', customers: '`shop`.`customers`', orders: '`shop`.`orders`' },
    { dialect: 'mariadb', customers: '`shop`.customers', orders: 'shop.`orders`' },
    { dialect: 'sqlite', customers: 'shop.customers', orders: '"shop"."orders"' },
    { dialect: 'bigquery', customers: '`shop.customers`', orders: '`shop`.orders' },
    { dialect: 'snowflake', customers: 'SHOP.CUSTOMERS', orders: 'Shop.Orders' },
  ].map(({ dialect, customers, orders }) => ({
    name: dialect,
    dialect: dialect as SqlDialect,
    sql: `SELECT c.name, SUM(o.amount) AS total FROM ${customers} AS c JOIN ${orders} AS o ON o.customer_id = c.id GROUP BY c.name`,
    expected: sameQuery,
  }));
  it.each(dialects)('dialect: $name', check);

  const charsetIntroducers: Case[] = [
    {
      // As MySQL 8 stores Sakila's customer_list in information_schema.VIEWS.VIEW_DEFINITION (node-sql-parser issue #1148).
      name: "_utf8mb4' ' inside a call, and as a whole select-list item",
      sql: "select concat(`cu`.`first_name`,_utf8mb4' ',`cu`.`last_name`) AS `name`,if(`cu`.`active`,_utf8mb4'active',_utf8mb4'') AS `notes` from `sakila`.`customer` `cu`",
      dialect: 'mysql',
      expected: lineage({
        outputColumns: ['name', 'notes'],
        tables: ['sakila.customer'],
        columns: [
          edge('sakila.customer.first_name', 'name', 'EXPRESSION', 1),
          edge('sakila.customer.last_name', 'name', 'EXPRESSION', 1),
          edge('sakila.customer.active', 'notes', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      // Read as a column `_latin1` aliased 'x' before: a made-up upstream column.
      name: "_latin1'x' alone in the select list is a literal, not a column with an alias",
      sql: "select _latin1'x' AS `x`, _binary 0x41 AS `b`, _utf8mb4 X'41' AS `h`, `t`.`n` from `t`",
      dialect: 'mariadb',
      defaultSchema: 'shop',
      expected: lineage({ outputColumns: ['x', 'b', 'h', 'n'], tables: ['shop.t'], columns: [edge('shop.t.n', 'n', 'IDENTITY', 1)] }),
    },
    {
      name: 'a quoted column named like a charset, then a string alias; introducers in strings and comments stay',
      sql: "select `t`.`_utf8mb4` 'alias', '_utf8mb4''s' AS `s` /* _latin1'c' */ from `t` # _utf8 'd'",
      dialect: 'mysql',
      expected: lineage({ outputColumns: ['alias', 's'], tables: ['t'], columns: [edge('t._utf8mb4', 'alias', 'IDENTITY', 1)] }),
    },
  ];
  it.each(charsetIntroducers)('MySQL charset introducers: $name', check);

  // DuckDB is read with node-sql-parser's PostgreSQL grammar (5.4 has no DuckDB grammar): what dbt-duckdb compiles parses,
  // with DuckDB's * EXCLUDE, * REPLACE, GROUP BY ALL and ORDER BY ALL set aside and put back.
  const DUCKDB_KNOWN: KnownSchemas = { orders: ['id', 'customer_id', 'amount', 'status'], customers: ['id', 'name'] };
  const duckdb: Case[] = [
    {
      name: 'a dbt-duckdb staging model: three-part quoted names, casts (also to an enum), interval, ILIKE',
      sql:
        'with source as (select * from "jaffle"."raw"."orders"), renamed as (select id as order_id, cast(ordered_at as date) as ordered_on, ' +
        '(amount / 100)::decimal(16, 2) as amount, status::order_status as status from source) ' +
        "select order_id, ordered_on, amount, status ilike 'paid%' as paid from renamed where ordered_on > current_date - interval 30 day",
      dialect: 'duckdb',
      expected: lineage({
        outputColumns: ['order_id', 'ordered_on', 'amount', 'paid'],
        tables: ['jaffle.raw.orders'],
        columns: [
          edge('jaffle.raw.orders.id', 'order_id', 'IDENTITY', 1),
          edge('jaffle.raw.orders.ordered_at', 'order_id', 'FILTER', 0.5),
          edge('jaffle.raw.orders.ordered_at', 'ordered_on', 'EXPRESSION', 1),
          edge('jaffle.raw.orders.ordered_at', 'ordered_on', 'FILTER', 0.5),
          edge('jaffle.raw.orders.amount', 'amount', 'EXPRESSION', 1),
          edge('jaffle.raw.orders.ordered_at', 'amount', 'FILTER', 0.5),
          edge('jaffle.raw.orders.status', 'paid', 'EXPRESSION', 1),
          edge('jaffle.raw.orders.ordered_at', 'paid', 'FILTER', 0.5),
        ],
      }),
    },
    {
      name: 'COUNT ... FILTER, and list() as an aggregate',
      sql: 'select customer_id, count(*) filter (where status = \'paid\') as paid_orders, list(order_id) as orders from "jaffle"."main"."orders" group by customer_id',
      dialect: 'duckdb',
      expected: lineage({
        outputColumns: ['customer_id', 'paid_orders', 'orders'],
        tables: ['jaffle.main.orders'],
        columns: [
          edge('jaffle.main.orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('jaffle.main.orders.customer_id', 'customer_id', 'GROUP_BY', 0.5),
          edge('jaffle.main.orders.status', 'paid_orders', 'FILTER', 0.5),
          edge('jaffle.main.orders.customer_id', 'paid_orders', 'GROUP_BY', 0.5),
          edge('jaffle.main.orders.order_id', 'orders', 'AGGREGATION', 1),
          edge('jaffle.main.orders.customer_id', 'orders', 'GROUP_BY', 0.5),
        ],
      }),
    },
    {
      name: '* EXCLUDE, with and without parentheses, names quoted or not, through a CTE',
      sql: 'with a as (select * exclude status from orders) select * exclude (amount, "ID") from a',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({ outputColumns: ['customer_id'], tables: ['orders'], columns: [edge('orders.customer_id', 'customer_id', 'IDENTITY', 1)] }),
    },
    {
      name: '* EXCLUDE of a qualified column: only that table\'s is left out',
      sql: 'select * exclude (c.id) from orders o join customers c on c.id = o.customer_id',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'amount', 'status', 'name'],
        tables: ['customers', 'orders'],
        columns: [...['id', 'customer_id', 'amount', 'status'].map((column) => `orders.${column}`), 'customers.name'].flatMap((from) => {
          const to = from.slice(from.indexOf('.') + 1);
          return [edge(from, to, 'IDENTITY', 1), edge('customers.id', to, 'JOIN', 0.5), edge('orders.customer_id', to, 'JOIN', 0.5)];
        }),
      }),
    },
    {
      name: '* REPLACE: a replaced column keeps its place and takes the lineage of its expression',
      sql: 'select * replace (amount / 100 as amount, upper(status) as status) from orders',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'amount', 'status'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.amount', 'amount', 'EXPRESSION', 1),
          edge('orders.status', 'status', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      name: 't.* EXCLUDE then REPLACE without parentheses, read through a CTE',
      sql: 'with s as (select o.* exclude (status) replace amount * 2 as amount from orders o) select id, amount from s',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'amount'],
        tables: ['orders'],
        columns: [edge('orders.id', 'id', 'IDENTITY', 1), edge('orders.amount', 'amount', 'EXPRESSION', 1)],
      }),
    },
    {
      name: 'a * that multiplies is no star: replace() after it is a function',
      sql: "select amount * replace(status, 'a', 'b')::int as x from orders",
      dialect: 'duckdb',
      expected: lineage({
        outputColumns: ['x'],
        tables: ['orders'],
        columns: [edge('orders.amount', 'x', 'EXPRESSION', 1), edge('orders.status', 'x', 'EXPRESSION', 1)],
      }),
    },
    {
      name: 'GROUP BY ALL: grouped by the select-list items that hold no aggregate',
      sql: "select customer_id, status = 'paid' as paid, sum(amount) as total, count(*) + 1 as n from orders group by all",
      dialect: 'duckdb',
      expected: GROUPED_BY_ALL,
    },
    {
      name: 'GROUP BY ALL over * EXCLUDE, and ORDER BY ALL (order has no lineage)',
      sql: 'select * exclude (amount), sum(amount) as total from orders group by all order by all desc nulls last',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'status', 'total'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.status', 'status', 'IDENTITY', 1),
          edge('orders.amount', 'total', 'AGGREGATION', 1),
        ].flatMap((value) => [value, ...['id', 'customer_id', 'status'].map((column) => edge(`orders.${column}`, value.to.column, 'GROUP_BY', 0.5))]),
      }),
    },
    {
      name: 'list() and bool_and() with FILTER, which the grammar reads as plain functions',
      sql: "select customer_id, list(id) filter (where status = 'paid') as paid_ids, bool_and(amount > 0) filter (where status <> 'void') as positive from orders group by all",
      dialect: 'duckdb',
      expected: lineage({
        outputColumns: ['customer_id', 'paid_ids', 'positive'],
        tables: ['orders'],
        columns: [
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'GROUP_BY', 0.5),
          edge('orders.id', 'paid_ids', 'AGGREGATION', 1),
          edge('orders.status', 'paid_ids', 'FILTER', 0.5),
          edge('orders.customer_id', 'paid_ids', 'GROUP_BY', 0.5),
          edge('orders.amount', 'positive', 'AGGREGATION', 1),
          edge('orders.status', 'positive', 'FILTER', 0.5),
          edge('orders.customer_id', 'positive', 'GROUP_BY', 0.5),
        ],
      }),
    },
    {
      name: '* EXCLUDE over a table whose columns are unknown: table lineage and a warning',
      sql: 'select * exclude (amount) from refunds',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        tables: ['refunds'],
        warnings: ['cannot expand * over refunds (columns not known): its columns are missing from the output'],
      }),
    },
    {
      // Left out, `amount` read through the star would be an IDENTITY edge from refunds.amount: wrong.
      name: '* REPLACE over a table whose columns are unknown: the column listed with its lineage, and a warning about its place',
      sql: 'with r as (select * replace (amount / 100 as amount) from refunds) select id, amount from r',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'amount'],
        tables: ['refunds'],
        columns: [edge('refunds.id', 'id', 'IDENTITY', 1), edge('refunds.amount', 'amount', 'EXPRESSION', 1)],
        warnings: ['the place of "amount" (* REPLACE) among the columns of refunds is unknown (columns not known): listed after the known ones'],
      }),
    },
    {
      name: '* EXCLUDE of a column the known table does not have: a warning',
      sql: 'select * exclude (missing) from customers',
      dialect: 'duckdb',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['customers'],
        columns: [edge('customers.id', 'id', 'IDENTITY', 1), edge('customers.name', 'name', 'IDENTITY', 1)],
        warnings: ['* EXCLUDE names "missing", which no column behind the * has'],
      }),
    },
    {
      name: 'GROUP BY ALL over * of a table whose columns are unknown: a warning for the grouping it cannot see',
      sql: 'select *, count(*) as n from refunds group by all',
      dialect: 'duckdb',
      expected: lineage({
        outputColumns: ['n'],
        tables: ['refunds'],
        warnings: [
          "GROUP BY ALL over * of refunds (columns not known): those columns' GROUP_BY influence is missing",
          'cannot expand * over refunds (columns not known): its columns are missing from the output',
        ],
      }),
    },
    ...[
      { construct: '* RENAME', sql: 'select * rename (id as order_id) from orders', warning: 'unexpected "rename" at line 1, column 10' },
      { construct: 'FROM-first', sql: 'from orders select customer_id', warning: 'unexpected "orders" at line 1, column 6' },
      { construct: 'a struct literal', sql: "select {'id': customer_id} as s from orders", warning: 'unexpected "{" at line 1, column 8' },
      { construct: 'a list literal', sql: 'select [customer_id, amount] as l from orders', warning: 'unexpected "[" at line 1, column 8' },
    ].map(({ construct, sql, warning }) => ({
      name: `${construct}, which the PostgreSQL grammar lacks: a warning saying where`,
      sql,
      dialect: 'duckdb' as const,
      expected: lineage({ warnings: [`could not parse SQL (duckdb): ${warning}`] }),
    })),
    ...[
      { construct: '* EXCLUDE', sql: 'select * exclude (amount) from orders', warning: 'unexpected "exclude" at line 1, column 10' },
      { construct: 'GROUP BY ALL', sql: 'select customer_id, sum(amount) from orders group by all', warning: 'unexpected end of the SQL at line 1, column 57' },
    ].map(({ construct, sql, warning }) => ({
      name: `${construct} is DuckDB's: in the postgres dialect, a warning saying where`,
      sql,
      expected: lineage({ warnings: [`could not parse SQL (postgres): ${warning}`] }),
    })),
  ];
  it.each(duckdb)('DuckDB: $name', check);

  // BigQuery's * EXCEPT and * REPLACE, Snowflake's * EXCLUDE and GROUP BY ALL: node-sql-parser reads them in shapes of its
  // own, which parseSql maps onto DuckDB's, so they have the same lineage.
  const starOverJoin = 'FROM orders o JOIN customers c ON c.id = o.customer_id';
  const joinedOn = (to: string): ColumnLineageEdge[] => [edge('customers.id', to, 'JOIN', 0.5), edge('orders.customer_id', to, 'JOIN', 0.5)];
  const starModifiersElsewhere: Case[] = [
    {
      name: 'BigQuery * EXCEPT: the columns left out have no lineage',
      sql: 'SELECT * EXCEPT (customer_id, `status`) FROM orders',
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'amount'],
        tables: ['orders'],
        columns: [edge('orders.id', 'id', 'IDENTITY', 1), edge('orders.amount', 'amount', 'IDENTITY', 1)],
      }),
    },
    {
      name: 'BigQuery * REPLACE: a replaced column keeps its place and takes the lineage of its expression',
      sql: 'SELECT * REPLACE (amount / 100 AS amount, UPPER(status) AS status) FROM orders',
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'amount', 'status'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.amount', 'amount', 'EXPRESSION', 1),
          edge('orders.status', 'status', 'EXPRESSION', 1),
        ],
      }),
    },
    {
      name: 'BigQuery t.* EXCEPT over a join: only that table\'s columns, less those left out',
      sql: `SELECT o.* EXCEPT (amount, status), c.name ${starOverJoin}`,
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'name'],
        tables: ['customers', 'orders'],
        columns: ['orders.id', 'orders.customer_id', 'customers.name'].flatMap((from) => {
          const to = from.slice(from.indexOf('.') + 1);
          return [edge(from, to, 'IDENTITY', 1), ...joinedOn(to)];
        }),
      }),
    },
    {
      name: 'BigQuery * EXCEPT over a join: an unqualified name leaves out every table\'s column of that name',
      sql: `SELECT * EXCEPT (id, status) ${starOverJoin}`,
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['customer_id', 'amount', 'name'],
        tables: ['customers', 'orders'],
        columns: ['orders.customer_id', 'orders.amount', 'customers.name'].flatMap((from) => {
          const to = from.slice(from.indexOf('.') + 1);
          return [edge(from, to, 'IDENTITY', 1), ...joinedOn(to)];
        }),
      }),
    },
    {
      name: 'BigQuery * EXCEPT over a join with a table whose columns are unknown: the known table\'s column is still left out',
      sql: 'SELECT * EXCEPT (amount) FROM orders o JOIN refunds r ON r.order_id = o.id',
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'status'],
        tables: ['orders', 'refunds'],
        columns: ['id', 'customer_id', 'status'].flatMap((column) => [
          edge(`orders.${column}`, column, 'IDENTITY', 1),
          edge('refunds.order_id', column, 'JOIN', 0.5),
          edge('orders.id', column, 'JOIN', 0.5),
        ]),
        warnings: ['cannot expand * over refunds (columns not known): its columns are missing from the output'],
      }),
    },
    {
      name: 'BigQuery * EXCEPT of a column the known table does not have: a warning that says EXCEPT',
      sql: 'SELECT * EXCEPT (missing) FROM customers',
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['customers'],
        columns: [edge('customers.id', 'id', 'IDENTITY', 1), edge('customers.name', 'name', 'IDENTITY', 1)],
        warnings: ['* EXCEPT names "missing", which no column behind the * has'],
      }),
    },
    {
      // Left out, `amount` read through the star would be an IDENTITY edge from refunds.amount: wrong.
      name: 'BigQuery * REPLACE over a table whose columns are unknown, in a CTE: the column listed with its lineage, and a warning about its place',
      sql: 'WITH r AS (SELECT * REPLACE (amount / 100 AS amount) FROM refunds) SELECT id, amount FROM r',
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'amount'],
        tables: ['refunds'],
        columns: [edge('refunds.id', 'id', 'IDENTITY', 1), edge('refunds.amount', 'amount', 'EXPRESSION', 1)],
        warnings: ['the place of "amount" (* REPLACE) among the columns of refunds is unknown (columns not known): listed after the known ones'],
      }),
    },
    {
      // BigQuery rejects it; read as it is, every column would be an IDENTITY, the replaced one too.
      name: 'BigQuery * REPLACE of an expression with no name: a warning, no lineage',
      sql: 'SELECT * REPLACE (amount / 100) FROM orders',
      dialect: 'bigquery',
      known: DUCKDB_KNOWN,
      expected: lineage({ warnings: ['could not parse SQL (bigquery): * REPLACE gives one of its expressions no column name (AS ...)'] }),
    },
    {
      name: 'Snowflake * EXCLUDE, with and without parentheses, names quoted or not, through a CTE',
      sql: 'WITH a AS (SELECT * EXCLUDE status FROM orders) SELECT * EXCLUDE (Amount, "ID") FROM a',
      dialect: 'snowflake',
      known: DUCKDB_KNOWN,
      expected: lineage({ outputColumns: ['customer_id'], tables: ['orders'], columns: [edge('orders.customer_id', 'customer_id', 'IDENTITY', 1)] }),
    },
    {
      name: 'Snowflake t.* EXCLUDE for each side of a join',
      sql: `SELECT o.* EXCLUDE (id), c.* EXCLUDE id ${starOverJoin}`,
      dialect: 'snowflake',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['customer_id', 'amount', 'status', 'name'],
        tables: ['customers', 'orders'],
        columns: ['orders.customer_id', 'orders.amount', 'orders.status', 'customers.name'].flatMap((from) => {
          const to = from.slice(from.indexOf('.') + 1);
          return [edge(from, to, 'IDENTITY', 1), ...joinedOn(to)];
        }),
      }),
    },
    {
      name: 'Snowflake * EXCLUDE of a qualified column over a join: only that table\'s is left out',
      sql: `SELECT * EXCLUDE (c.id) ${starOverJoin}`,
      dialect: 'snowflake',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'customer_id', 'amount', 'status', 'name'],
        tables: ['customers', 'orders'],
        columns: [...['id', 'customer_id', 'amount', 'status'].map((column) => `orders.${column}`), 'customers.name'].flatMap((from) => {
          const to = from.slice(from.indexOf('.') + 1);
          return [edge(from, to, 'IDENTITY', 1), ...joinedOn(to)];
        }),
      }),
    },
    {
      name: 'Snowflake * EXCLUDE of a column the known table does not have: a warning',
      sql: 'SELECT * EXCLUDE (missing) FROM customers',
      dialect: 'snowflake',
      known: DUCKDB_KNOWN,
      expected: lineage({
        outputColumns: ['id', 'name'],
        tables: ['customers'],
        columns: [edge('customers.id', 'id', 'IDENTITY', 1), edge('customers.name', 'name', 'IDENTITY', 1)],
        warnings: ['* EXCLUDE names "missing", which no column behind the * has'],
      }),
    },
    {
      name: 'Snowflake GROUP BY ALL: grouped by the select-list items that hold no aggregate',
      sql: "SELECT customer_id, status = 'paid' AS paid, SUM(amount) AS total, COUNT(*) + 1 AS n FROM orders GROUP BY ALL",
      dialect: 'snowflake',
      expected: GROUPED_BY_ALL,
    },
    {
      name: 'Snowflake GROUP BY ALL over * EXCLUDE, in a view',
      sql: 'CREATE VIEW totals AS SELECT * EXCLUDE (amount), SUM(amount) AS total FROM orders GROUP BY ALL',
      dialect: 'snowflake',
      known: DUCKDB_KNOWN,
      expected: lineage({
        target: 'totals',
        outputColumns: ['id', 'customer_id', 'status', 'total'],
        tables: ['orders'],
        columns: [
          edge('orders.id', 'id', 'IDENTITY', 1),
          edge('orders.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('orders.status', 'status', 'IDENTITY', 1),
          edge('orders.amount', 'total', 'AGGREGATION', 1),
        ].flatMap((value) => [value, ...['id', 'customer_id', 'status'].map((column) => edge(`orders.${column}`, value.to.column, 'GROUP_BY', 0.5))]),
      }),
    },
    {
      name: 'Snowflake GROUP BY ALL over * of a table whose columns are unknown: a warning for the grouping it cannot see',
      sql: 'SELECT *, COUNT(*) AS n FROM refunds GROUP BY ALL',
      dialect: 'snowflake',
      expected: lineage({
        outputColumns: ['n'],
        tables: ['refunds'],
        warnings: [
          "GROUP BY ALL over * of refunds (columns not known): those columns' GROUP_BY influence is missing",
          'cannot expand * over refunds (columns not known): its columns are missing from the output',
        ],
      }),
    },
    {
      // A quoted "ALL" is a column of that name, not GROUP BY ALL.
      name: 'Snowflake GROUP BY "ALL" is no GROUP BY ALL',
      sql: 'SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY "ALL"',
      dialect: 'snowflake',
      expected: lineage({
        outputColumns: ['customer_id', 'n'],
        tables: ['orders'],
        columns: [edge('orders.customer_id', 'customer_id', 'IDENTITY', 1)],
      }),
    },
    ...[
      {
        construct: 'BigQuery t.* EXCEPT then REPLACE',
        dialect: 'bigquery' as const,
        sql: 'SELECT o.* EXCEPT (status) REPLACE (amount * 2 AS amount) FROM orders o',
        warning: 'unexpected "REPLACE" at line 1, column 28',
      },
      {
        construct: 'Snowflake * REPLACE',
        dialect: 'snowflake' as const,
        sql: 'SELECT * REPLACE (amount * 2 AS amount) FROM orders',
        warning: 'unexpected "REPLACE" at line 1, column 10',
      },
      { construct: 'Snowflake * RENAME', dialect: 'snowflake' as const, sql: 'SELECT * RENAME (id AS order_id) FROM orders', warning: 'unexpected "RENAME" at line 1, column 10' },
    ].map(({ construct, dialect, sql, warning }) => ({
      name: `${construct}, which node-sql-parser does not read: a warning saying where`,
      sql,
      dialect,
      expected: lineage({ warnings: [`could not parse SQL (${dialect}): ${warning}`] }),
    })),
  ];
  it.each(starModifiersElsewhere)('BigQuery and Snowflake star modifiers: $name', check);

  const noLineage: Case[] = [
    {
      name: 'SQL that does not parse',
      sql: 'SELEC name FROM customers',
      expected: lineage({
        warnings: ['could not parse SQL (postgres): unexpected "name" at line 1, column 7'],
      }),
    },
    {
      name: 'FILTER before OVER',
      sql: 'SELECT sum(o.amount) FILTER (WHERE o.paid) OVER (PARTITION BY o.customer_id) AS paid_so_far FROM orders o',
      expected: lineage({
        warnings: [
          'could not parse SQL (postgres): FILTER (WHERE ...) after sum(...) OVER (...) at line 1, column 22 is not supported by node-sql-parser: ' +
            'it reads no FILTER before OVER',
        ],
      }),
    },
    {
      name: 'ORDER BY inside an aggregate the grammar reads as a plain function',
      sql: "SELECT jsonb_agg(o.id ORDER BY o.amount) FILTER (WHERE o.paid) AS ids FROM orders o",
      expected: lineage({ warnings: ['could not parse SQL (postgres): unexpected "ORDER" at line 1, column 23'] }),
    },
    {
      name: 'an unknown dialect',
      sql: 'SELECT name FROM customers',
      dialect: 'oracle' as SqlDialect,
      expected: lineage({
        warnings: ['unknown SQL dialect "oracle" (known: postgres, duckdb, mysql, mariadb, sqlite, bigquery, snowflake)'],
      }),
    },
    {
      name: 'no statement',
      sql: '-- nothing to see',
      expected: lineage({ warnings: ['the SQL holds no statement'] }),
    },
    {
      name: 'a statement lineage is not read from',
      sql: "UPDATE orders SET amount = 0 WHERE status = 'void'",
      expected: lineage({ warnings: ['UPDATE: lineage is only read from queries, INSERT, CREATE TABLE AS, CREATE VIEW and MERGE'] }),
    },
    {
      name: 'a script: the first statement with lineage',
      sql: 'SET search_path = shop; SELECT name FROM customers; SELECT amount FROM orders;',
      expected: lineage({
        outputColumns: ['name'],
        tables: ['customers'],
        columns: [edge('customers.name', 'name', 'IDENTITY', 1)],
        warnings: ['the SQL holds 3 statements: lineage is of statement 2 only'],
      }),
    },
  ];
  it.each(noLineage)('little or no lineage: $name', check);
});

describe('sqlLineage on real-world SQL', () => {
  // Pagila's views (PostgreSQL License) as PostgreSQL renders them back (pg_get_viewdef, whose
  // text pg_dump prints), copied from test/fixtures/sql/postgres/pagila-schema.sql.
  // jaffle-shop's compiled models (dbt-duckdb) from test/fixtures/dbt/jaffle-shop/manifest.json.
  const PAGILA_VIEWS = {
    actor_info: ` SELECT a.actor_id,
    a.first_name,
    a.last_name,
    jsonb_object_agg(c.name, ( SELECT array_agg(f.title) AS array_agg
           FROM ((public.film f
             JOIN public.film_category fc_1 ON ((f.film_id = fc_1.film_id)))
             JOIN public.film_actor fa_1 ON ((f.film_id = fa_1.film_id)))
          WHERE ((fc_1.category_id = c.category_id) AND (fa_1.actor_id = a.actor_id))
          GROUP BY fa_1.actor_id)) FILTER (WHERE (c.name IS NOT NULL)) AS film_info
   FROM (((public.actor a
     LEFT JOIN public.film_actor fa ON ((a.actor_id = fa.actor_id)))
     LEFT JOIN public.film_category fc ON ((fa.film_id = fc.film_id)))
     LEFT JOIN public.category c ON ((fc.category_id = c.category_id)))
  GROUP BY a.actor_id, a.first_name, a.last_name;`,
    customer_list: ` SELECT cu.customer_id AS id,
    ((cu.first_name || ' '::text) || cu.last_name) AS name,
    a.address,
    a.postal_code AS "zip code",
    a.phone,
    city.city,
    country.country,
        CASE
            WHEN cu.activebool THEN 'active'::text
            ELSE ''::text
        END AS notes,
    cu.store_id AS sid
   FROM (((public.customer cu
     JOIN public.address a ON ((cu.address_id = a.address_id)))
     JOIN public.city ON ((a.city_id = city.city_id)))
     JOIN public.country ON ((city.country_id = country.country_id)));`,
    film_list: ` SELECT film.film_id AS fid,
    film.title,
    film.description,
    category.name AS category,
    film.rental_rate AS price,
    film.length,
    film.rating,
    public.group_concat(((actor.first_name || ' '::text) || actor.last_name)) AS actors
   FROM ((((public.category
     LEFT JOIN public.film_category ON ((category.category_id = film_category.category_id)))
     LEFT JOIN public.film ON ((film_category.film_id = film.film_id)))
     JOIN public.film_actor ON ((film.film_id = film_actor.film_id)))
     JOIN public.actor ON ((film_actor.actor_id = actor.actor_id)))
  GROUP BY film.film_id, film.title, film.description, category.name, film.rental_rate, film.length, film.rating;`,
    nicer_but_slower_film_list: ` SELECT film.film_id AS fid,
    film.title,
    film.description,
    category.name AS category,
    film.rental_rate AS price,
    film.length,
    film.rating,
    public.group_concat((((upper("substring"(actor.first_name, 1, 1)) || lower("substring"(actor.first_name, 2))) || upper("substring"(actor.last_name, 1, 1))) || lower("substring"(actor.last_name, 2)))) AS actors
   FROM ((((public.category
     LEFT JOIN public.film_category ON ((category.category_id = film_category.category_id)))
     LEFT JOIN public.film ON ((film_category.film_id = film.film_id)))
     JOIN public.film_actor ON ((film.film_id = film_actor.film_id)))
     JOIN public.actor ON ((film_actor.actor_id = actor.actor_id)))
  GROUP BY film.film_id, film.title, film.description, category.name, film.rental_rate, film.length, film.rating;`,
    sales_by_film_category: ` SELECT c.name AS category,
    sum(p.amount) AS total_sales
   FROM (((((public.payment p
     JOIN public.rental r ON ((p.rental_id = r.rental_id)))
     JOIN public.inventory i ON ((r.inventory_id = i.inventory_id)))
     JOIN public.film f ON ((i.film_id = f.film_id)))
     JOIN public.film_category fc ON ((f.film_id = fc.film_id)))
     JOIN public.category c ON ((fc.category_id = c.category_id)))
  GROUP BY c.name
  ORDER BY (sum(p.amount)) DESC;`,
    sales_by_store: ` SELECT ((c.city || ','::text) || cy.country) AS store,
    ((m.first_name || ' '::text) || m.last_name) AS manager,
    sum(p.amount) AS total_sales
   FROM (((((((public.payment p
     JOIN public.rental r ON ((p.rental_id = r.rental_id)))
     JOIN public.inventory i ON ((r.inventory_id = i.inventory_id)))
     JOIN public.store s ON ((i.store_id = s.store_id)))
     JOIN public.address a ON ((s.address_id = a.address_id)))
     JOIN public.city c ON ((a.city_id = c.city_id)))
     JOIN public.country cy ON ((c.country_id = cy.country_id)))
     JOIN public.staff m ON ((s.manager_staff_id = m.staff_id)))
  GROUP BY cy.country, c.city, s.store_id, m.first_name, m.last_name
  ORDER BY cy.country, c.city;`,
    staff_list: ` SELECT s.staff_id AS id,
    ((s.first_name || ' '::text) || s.last_name) AS name,
    a.address,
    a.postal_code AS "zip code",
    a.phone,
    city.city,
    country.country,
    s.store_id AS sid
   FROM (((public.staff s
     JOIN public.address a ON ((s.address_id = a.address_id)))
     JOIN public.city ON ((a.city_id = city.city_id)))
     JOIN public.country ON ((city.country_id = country.country_id)));`,
  };

  const JAFFLE_SHOP_MODELS = {
    orders: `with

orders as (

    select * from "jaffle_shop"."main"."stg_orders"

),

order_items as (

    select * from "jaffle_shop"."main"."order_items"

),

order_items_summary as (

    select
        order_id,

        sum(supply_cost) as order_cost,
        sum(product_price) as order_items_subtotal,
        count(order_item_id) as count_order_items,
        sum(
            case
                when is_food_item then 1
                else 0
            end
        ) as count_food_items,
        sum(
            case
                when is_drink_item then 1
                else 0
            end
        ) as count_drink_items

    from order_items

    group by 1

),

compute_booleans as (

    select
        orders.*,

        order_items_summary.order_cost,
        order_items_summary.order_items_subtotal,
        order_items_summary.count_food_items,
        order_items_summary.count_drink_items,
        order_items_summary.count_order_items,
        order_items_summary.count_food_items > 0 as is_food_order,
        order_items_summary.count_drink_items > 0 as is_drink_order

    from orders

    left join
        order_items_summary
        on orders.order_id = order_items_summary.order_id

),

customer_order_count as (

    select
        *,

        row_number() over (
            partition by customer_id
            order by ordered_at asc
        ) as customer_order_number

    from compute_booleans

)

select * from customer_order_count`,
    customers: `with

customers as (

    select * from "jaffle_shop"."main"."stg_customers"

),

orders as (

    select * from "jaffle_shop"."main"."orders"

),

customer_orders_summary as (

    select
        orders.customer_id,

        count(distinct orders.order_id) as count_lifetime_orders,
        count(distinct orders.order_id) > 1 as is_repeat_buyer,
        min(orders.ordered_at) as first_ordered_at,
        max(orders.ordered_at) as last_ordered_at,
        sum(orders.subtotal) as lifetime_spend_pretax,
        sum(orders.tax_paid) as lifetime_tax_paid,
        sum(orders.order_total) as lifetime_spend

    from orders

    group by 1

),

joined as (

    select
        customers.*,

        customer_orders_summary.count_lifetime_orders,
        customer_orders_summary.first_ordered_at,
        customer_orders_summary.last_ordered_at,
        customer_orders_summary.lifetime_spend_pretax,
        customer_orders_summary.lifetime_tax_paid,
        customer_orders_summary.lifetime_spend,

        case
            when customer_orders_summary.is_repeat_buyer then 'returning'
            else 'new'
        end as customer_type

    from customers

    left join customer_orders_summary
        on customers.customer_id = customer_orders_summary.customer_id

)

select * from joined`,
  };
  const pagila: Array<{ view: keyof typeof PAGILA_VIEWS; tables: string[]; outputColumns: string[]; edges: ColumnLineageEdge[] }> = [
    {
      // FILTER after jsonb_object_agg, which node-sql-parser reads as a plain function: set aside and put back.
      view: 'actor_info',
      tables: ['public.actor', 'public.category', 'public.film', 'public.film_actor', 'public.film_category'],
      outputColumns: ['actor_id', 'first_name', 'last_name', 'film_info'],
      edges: [
        edge('public.actor.actor_id', 'actor_id', 'IDENTITY', 1),
        edge('public.category.name', 'film_info', 'AGGREGATION', 1),
        edge('public.film.title', 'film_info', 'AGGREGATION', 1),
        edge('public.category.name', 'film_info', 'FILTER', 0.5),
        // The correlated subquery's WHERE, inside the aggregate's arguments, filters what it aggregates.
        edge('public.actor.actor_id', 'film_info', 'FILTER', 0.5),
        edge('public.actor.first_name', 'film_info', 'GROUP_BY', 0.5),
      ],
    },
    {
      view: 'customer_list',
      tables: ['public.address', 'public.city', 'public.country', 'public.customer'],
      outputColumns: ['id', 'name', 'address', 'zip code', 'phone', 'city', 'country', 'notes', 'sid'],
      edges: [
        edge('public.customer.customer_id', 'id', 'IDENTITY', 1),
        edge('public.customer.first_name', 'name', 'EXPRESSION', 1),
        edge('public.customer.last_name', 'name', 'EXPRESSION', 1),
        edge('public.address.postal_code', 'zip code', 'IDENTITY', 1),
        edge('public.customer.activebool', 'notes', 'EXPRESSION', 1),
        edge('public.city.country_id', 'notes', 'JOIN', 0.5),
      ],
    },
    {
      view: 'film_list',
      tables: ['public.actor', 'public.category', 'public.film', 'public.film_actor', 'public.film_category'],
      outputColumns: ['fid', 'title', 'description', 'category', 'price', 'length', 'rating', 'actors'],
      edges: [
        edge('public.category.name', 'category', 'IDENTITY', 1),
        edge('public.film.rental_rate', 'price', 'IDENTITY', 1),
        // public.group_concat is Pagila's own aggregate.
        edge('public.actor.first_name', 'actors', 'AGGREGATION', 1),
        edge('public.actor.last_name', 'actors', 'AGGREGATION', 1),
        edge('public.film.film_id', 'actors', 'GROUP_BY', 0.5),
      ],
    },
    {
      view: 'nicer_but_slower_film_list',
      tables: ['public.actor', 'public.category', 'public.film', 'public.film_actor', 'public.film_category'],
      outputColumns: ['fid', 'title', 'description', 'category', 'price', 'length', 'rating', 'actors'],
      edges: [
        edge('public.film.film_id', 'fid', 'IDENTITY', 1),
        edge('public.actor.first_name', 'actors', 'AGGREGATION', 1),
        edge('public.actor.last_name', 'actors', 'AGGREGATION', 1),
        edge('public.film_actor.actor_id', 'actors', 'JOIN', 0.5),
      ],
    },
    {
      view: 'sales_by_film_category',
      tables: ['public.category', 'public.film', 'public.film_category', 'public.inventory', 'public.payment', 'public.rental'],
      outputColumns: ['category', 'total_sales'],
      edges: [
        edge('public.category.name', 'category', 'IDENTITY', 1),
        edge('public.category.name', 'category', 'GROUP_BY', 0.5),
        edge('public.payment.amount', 'total_sales', 'AGGREGATION', 1),
        edge('public.rental.inventory_id', 'total_sales', 'JOIN', 0.5),
      ],
    },
    {
      view: 'sales_by_store',
      tables: [
        'public.address',
        'public.city',
        'public.country',
        'public.inventory',
        'public.payment',
        'public.rental',
        'public.staff',
        'public.store',
      ],
      outputColumns: ['store', 'manager', 'total_sales'],
      edges: [
        edge('public.city.city', 'store', 'EXPRESSION', 1),
        edge('public.country.country', 'store', 'EXPRESSION', 1),
        edge('public.staff.first_name', 'manager', 'EXPRESSION', 1),
        edge('public.payment.amount', 'total_sales', 'AGGREGATION', 1),
        edge('public.store.manager_staff_id', 'total_sales', 'JOIN', 0.5),
      ],
    },
    {
      view: 'staff_list',
      tables: ['public.address', 'public.city', 'public.country', 'public.staff'],
      outputColumns: ['id', 'name', 'address', 'zip code', 'phone', 'city', 'country', 'sid'],
      edges: [
        edge('public.staff.staff_id', 'id', 'IDENTITY', 1),
        edge('public.staff.first_name', 'name', 'EXPRESSION', 1),
        edge('public.country.country', 'country', 'IDENTITY', 1),
        edge('public.staff.store_id', 'sid', 'IDENTITY', 1),
      ],
    },
  ];
  it.each(pagila)('Pagila view $view', ({ view, tables, outputColumns, edges }) => {
    expect(sqlLineage(PAGILA_VIEWS[view], { dialect: 'postgres', defaultSchema: 'public' })).toEqual(
      lineage({ tables, outputColumns, columns: expect.arrayContaining(edges) as ColumnLineageEdge[] }),
    );
  });

  // Column order as dbt's catalog.json lists them, so star expansion must match the warehouse.
  const ORDERS_COLUMNS = ['order_id', 'location_id', 'customer_id', 'subtotal_cents', 'tax_paid_cents', 'order_total_cents', 'subtotal', 'tax_paid', 'order_total', 'ordered_at'];
  const jaffleShop: Array<{ name: string; model: keyof typeof JAFFLE_SHOP_MODELS; known?: KnownSchemas; expected: SqlLineage }> = [
    {
      name: 'orders, its staging model known',
      model: 'orders',
      known: { 'jaffle_shop.main.stg_orders': ORDERS_COLUMNS },
      expected: lineage({
        tables: ['jaffle_shop.main.order_items', 'jaffle_shop.main.stg_orders'],
        outputColumns: [
          ...ORDERS_COLUMNS,
          'order_cost',
          'order_items_subtotal',
          'count_food_items',
          'count_drink_items',
          'count_order_items',
          'is_food_order',
          'is_drink_order',
          'customer_order_number',
        ],
        columns: expect.arrayContaining([
          edge('jaffle_shop.main.stg_orders.order_id', 'order_id', 'IDENTITY', 1),
          edge('jaffle_shop.main.order_items.order_id', 'order_id', 'JOIN', 0.5),
          edge('jaffle_shop.main.order_items.supply_cost', 'order_cost', 'AGGREGATION', 1),
          edge('jaffle_shop.main.order_items.order_id', 'order_cost', 'GROUP_BY', 0.5),
          edge('jaffle_shop.main.order_items.is_food_item', 'is_food_order', 'AGGREGATION', 1),
          edge('jaffle_shop.main.stg_orders.customer_id', 'customer_order_number', 'EXPRESSION', 1),
          edge('jaffle_shop.main.stg_orders.ordered_at', 'customer_order_number', 'EXPRESSION', 1),
        ]) as ColumnLineageEdge[],
      }),
    },
    {
      name: 'orders, nothing known: the columns it names, and a warning for the rest',
      model: 'orders',
      expected: lineage({
        tables: ['jaffle_shop.main.order_items', 'jaffle_shop.main.stg_orders'],
        outputColumns: [
          'order_cost',
          'order_items_subtotal',
          'count_food_items',
          'count_drink_items',
          'count_order_items',
          'is_food_order',
          'is_drink_order',
          'customer_order_number',
        ],
        columns: expect.arrayContaining([
          edge('jaffle_shop.main.order_items.supply_cost', 'order_cost', 'AGGREGATION', 1),
          edge('jaffle_shop.main.stg_orders.customer_id', 'customer_order_number', 'EXPRESSION', 1),
        ]) as ColumnLineageEdge[],
        warnings: ['cannot expand * over jaffle_shop.main.stg_orders (columns not known): its columns are missing from the output'],
      }),
    },
    {
      name: 'customers, its staging model known',
      model: 'customers',
      known: { 'jaffle_shop.main.stg_customers': ['customer_id', 'customer_name'] },
      expected: lineage({
        tables: ['jaffle_shop.main.orders', 'jaffle_shop.main.stg_customers'],
        outputColumns: [
          'customer_id',
          'customer_name',
          'count_lifetime_orders',
          'first_ordered_at',
          'last_ordered_at',
          'lifetime_spend_pretax',
          'lifetime_tax_paid',
          'lifetime_spend',
          'customer_type',
        ],
        columns: expect.arrayContaining([
          edge('jaffle_shop.main.stg_customers.customer_id', 'customer_id', 'IDENTITY', 1),
          edge('jaffle_shop.main.stg_customers.customer_name', 'customer_name', 'IDENTITY', 1),
          edge('jaffle_shop.main.orders.order_id', 'count_lifetime_orders', 'AGGREGATION', 1),
          edge('jaffle_shop.main.orders.customer_id', 'count_lifetime_orders', 'GROUP_BY', 0.5),
          edge('jaffle_shop.main.orders.order_total', 'lifetime_spend', 'AGGREGATION', 1),
          edge('jaffle_shop.main.orders.order_id', 'customer_type', 'AGGREGATION', 1),
          edge('jaffle_shop.main.stg_customers.customer_id', 'customer_type', 'JOIN', 0.5),
        ]) as ColumnLineageEdge[],
      }),
    },
  ];
  it.each(jaffleShop)('jaffle-shop model $name', ({ model, known, expected }) => {
    expect(sqlLineage(JAFFLE_SHOP_MODELS[model], { dialect: 'duckdb', known })).toEqual(expected);
  });
});
