import { describe, expect, it } from 'vitest';
import { contractProvider } from './contract/mapContext.ts';
import { dbtProvider } from './dbt/mapContext.ts';
import { directoryProvider } from './directory/map.ts';
import { mysqlProvider } from './mysql/map.ts';
import { postgresProvider } from './postgres/map.ts';
import { isSourceProvider, sourceProviderOf } from './registry.ts';
import { sqliteProvider } from './sqlite/map.ts';

describe('sourceProviderOf', () => {
  it("names a source's provider as its kind's own module does", () => {
    const named = { postgres: postgresProvider, mysql: mysqlProvider, sqlite: sqliteProvider, dbt: dbtProvider, contract: contractProvider, directory: directoryProvider } as const;
    for (const [kind, ofKind] of Object.entries(named)) {
      expect(sourceProviderOf({ kind: kind as keyof typeof named, id: 'sales-db' })).toBe(ofKind('sales-db'));
    }
  });
});

describe('isSourceProvider', () => {
  it("tells a crawled source's provider from the mesh's, a push's, a person's and a check's", () => {
    expect(isSourceProvider('postgres:sales-db')).toBe(true);
    expect(isSourceProvider('directory:files')).toBe(true);
    expect(isSourceProvider('config')).toBe(false);
    expect(isSourceProvider('person')).toBe(false);
    expect(isSourceProvider('openlineage:airflow')).toBe(false);
    expect(isSourceProvider('toString:x')).toBe(false);
    expect(isSourceProvider(':x')).toBe(false);
  });
});
