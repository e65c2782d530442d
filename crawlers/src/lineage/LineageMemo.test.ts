import { describe, expect, it } from 'vitest';
import { LineageMemo } from './LineageMemo.ts';
import { sqlLineage } from './sqlLineage.ts';
import { TableCatalog } from './TableCatalog.ts';
import type { KnownSchemas, SqlLineage } from './types.ts';

/** A stand-in reading that looks up `tables` in the catalog and counts how often it ran. */
function countingRead(catalog: TableCatalog, tables: string[], counter: { reads: number }): () => SqlLineage {
  return () => {
    counter.reads++;
    const outputColumns = tables.flatMap((table) => catalog.columnsOf(table) ?? []);
    return { target: null, outputColumns, tables, columns: [], warnings: [] };
  };
}

describe('LineageMemo', () => {
  it('reads a statement once while the tables it looked up keep their columns, whatever else changes', () => {
    const memo = new LineageMemo(10);
    const counter = { reads: 0 };
    const known: KnownSchemas = { 'public.orders': ['id', 'total'], 'public.other': ['a'] };
    const first = new TableCatalog('public', known);
    const lineage = memo.lineageOf('q', first, countingRead(first, ['public.orders'], counter));
    // Another catalog object with the same columns for public.orders, and a changed unrelated table.
    const again = new TableCatalog('public', { 'public.orders': ['id', 'total'], 'public.other': ['a', 'b'], 'public.new': ['x'] });
    expect(memo.lineageOf('q', again, countingRead(again, ['public.orders'], counter))).toEqual(lineage);
    expect(counter.reads).toBe(1);
  });

  it('reads again when a table looked up gained, lost or renamed a column, or appeared', () => {
    const memo = new LineageMemo(10);
    const counter = { reads: 0 };
    const catalogs: KnownSchemas[] = [
      { 'public.orders': ['id', 'total'] },
      { 'public.orders': ['id', 'total', 'currency'] },
      { 'public.orders': ['id'] },
      { 'public.orders': ['id', 'amount'] },
      { 'public.orders': ['id', 'amount'], 'public.customer': ['id'] },
    ];
    const outputs = catalogs.map((known) => {
      const catalog = new TableCatalog('public', known);
      return memo.lineageOf('q', catalog, countingRead(catalog, ['public.orders', 'public.customer'], counter)).outputColumns;
    });
    expect(counter.reads).toBe(5);
    expect(outputs).toEqual([['id', 'total'], ['id', 'total', 'currency'], ['id'], ['id', 'amount'], ['id', 'amount', 'id']]);
  });

  it('hands out copies: a caller changing its result changes nobody else’s', () => {
    const memo = new LineageMemo(10);
    const catalog = new TableCatalog('public', { 'public.orders': ['id'] });
    const read = countingRead(catalog, ['public.orders'], { reads: 0 });
    memo.lineageOf('q', catalog, read).warnings.push('changed by a caller');
    memo.lineageOf('q', catalog, read).outputColumns.push('changed too');
    expect(memo.lineageOf('q', catalog, read)).toMatchObject({ outputColumns: ['id'], warnings: [] });
  });

  it('forgets the least recently used statement first', () => {
    const memo = new LineageMemo(2);
    const counter = { reads: 0 };
    const catalog = new TableCatalog('public', {});
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) memo.lineageOf(key, catalog, countingRead(catalog, [], counter));
    // a, b read; a remembered; c read (b forgotten, a used more recently); a remembered; b read again.
    expect([counter.reads, memo.size]).toEqual([4, 2]);
  });
});

describe('sqlLineage remembers what it read', () => {
  it('expands * with the columns the catalog has now, not those of an earlier crawl', () => {
    const sql = 'CREATE VIEW v AS SELECT * FROM orders';
    const before = sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'public', known: { 'public.orders': ['id', 'total'] } });
    const after = sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'public', known: { 'public.orders': ['id', 'total', 'currency'] } });
    expect([before.outputColumns, after.outputColumns]).toEqual([['id', 'total'], ['id', 'total', 'currency']]);
  });

  it('resolves a table that was unknown once the catalog knows it', () => {
    const sql = 'SELECT * FROM shipments';
    const unknown = sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'public', known: {} });
    const known = sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'public', known: { 'public.shipments': ['id'] } });
    expect(unknown.warnings.join()).toContain('cannot expand *');
    expect([known.outputColumns, known.warnings]).toEqual([['id'], []]);
  });

  it('keeps dialects and default schemas apart', () => {
    const sql = 'SELECT id FROM orders';
    const known = { 'public.orders': ['id'], 'sales.orders': ['id'] };
    const inPublic = sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'public', known });
    const inSales = sqlLineage(sql, { dialect: 'postgres', defaultSchema: 'sales', known });
    expect([inPublic.tables, inSales.tables]).toEqual([['public.orders'], ['sales.orders']]);
  });
});
