import { describe, expect, it } from 'vitest';
import { isSourceProvider, sourceProviderOf } from './registry.ts';

describe('sourceProviderOf', () => {
  it('names a source\'s provider <kind>:<source id>, which isSourceProvider recognises for every kind crawled', () => {
    expect(sourceProviderOf({ kind: 'postgres', id: 'sales-db' })).toBe('postgres:sales-db');
    for (const kind of ['postgres', 'mysql', 'sqlite', 'dbt', 'contract', 'directory'] as const) {
      expect(isSourceProvider(sourceProviderOf({ kind, id: 'sales-db' }))).toBe(true);
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
