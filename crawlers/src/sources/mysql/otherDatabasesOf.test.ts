import { describe, expect, it } from 'vitest';
import type { SourceConfigOf } from '@polder/runtime';
import { lineageNamespace } from '../openlineage/crawledStores.ts';
import { otherDatabasesOf } from './otherDatabasesOf.ts';

const sales: SourceConfigOf<'mysql'> = {
  id: 'sales-db',
  kind: 'mysql',
  domain: 'sales',
  connection: { host: 'DB.example', port: 3306, database: 'sales', user: 'crawler', passwordEnv: 'SALES_PASSWORD' },
  include: [],
  exclude: [],
};
const store = (sourceId: string, database: string, namespace: string, filter: { include?: string[]; exclude?: string[] } = {}) => ({
  sourceId,
  platform: 'mysql' as const,
  namespace,
  database,
  include: filter.include ?? [],
  exclude: filter.exclude ?? [],
});

describe('otherDatabasesOf', () => {
  it("is the other databases of the source's server, its host in any case and its port (3306 when none is written)", () => {
    const others = otherDatabasesOf(sales, [
      store('finance-db', 'finance', lineageNamespace('mysql', 'db.example', undefined), { exclude: ['finance.ledger_*'] }),
      store('stock-db', 'stock', lineageNamespace('mysql', 'db.example', 3307)),
      store('hr-db', 'hr', lineageNamespace('mysql', 'other.example', 3306)),
      { ...store('pg-finance', 'finance', lineageNamespace('postgres', 'db.example', 3306)), platform: 'postgres' as const },
      // This source itself, and another of its own database: its tables are its own.
      store('sales-db', 'sales', lineageNamespace('mysql', 'db.example', 3306)),
      store('sales-copy', 'sales', lineageNamespace('mysql', 'db.example', 3306)),
    ]);
    expect(others.map(({ sourceId, database }) => ({ sourceId, database }))).toEqual([{ sourceId: 'finance-db', database: 'finance' }]);
    // With the tables that source keeps.
    expect([others[0]!.keep('finance.invoice'), others[0]!.keep('finance.ledger_2025')]).toEqual([true, false]);
  });
});
