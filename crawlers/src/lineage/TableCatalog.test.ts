import { describe, expect, it } from 'vitest';
import { TableCatalog } from './TableCatalog.ts';

describe('TableCatalog', () => {
  it('finds a table by its exact name, or by the one key naming the same schema.table', () => {
    const catalog = new TableCatalog('public', { 'Public.Customer': ['Customer_ID'], 'db.sales.orders': ['id'] });
    expect([catalog.qualify(['Customer']), catalog.columnsOf('public.customer'), catalog.columnsOf('sales.orders'), catalog.columnsOf('customer')]).toEqual([
      'public.customer',
      ['customer_id'],
      ['id'],
      undefined,
    ]);
  });

  // A crawl passes one catalog with each of its statements: lower-casing all of it per statement was O(statements × columns).
  it('reads a known catalog once, however many statements use it', () => {
    let reads = 0;
    const known = new Proxy({ 'public.customer': ['customer_id'] } as Record<string, string[]>, {
      ownKeys(target) {
        reads++;
        return Reflect.ownKeys(target);
      },
    });
    const catalogs = [new TableCatalog('public', known), new TableCatalog('sales', known), new TableCatalog(undefined, known)];
    expect(catalogs.map((catalog) => catalog.columnsOf('public.customer'))).toEqual([['customer_id'], ['customer_id'], ['customer_id']]);
    expect(reads).toBe(1);
  });
});
