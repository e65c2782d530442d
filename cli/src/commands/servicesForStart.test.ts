import { describe, expect, it } from 'vitest';
import { loadConfig } from '@polder/runtime';
import { servicesForStart } from './servicesForStart.ts';

const sales = { id: 'sales', name: 'Sales' };
const configWith = (sources: unknown[]) => loadConfig({ file: null, env: {}, overrides: { mesh: { domains: [sales], sources } } });

describe('servicesForStart', () => {
  it('leaves the local PostgreSQL out of a mesh of external stores', () => {
    const external = configWith([
      { id: 'orders', kind: 'postgres', domain: 'sales', connection: { host: 'db.internal', database: 'orders', user: 'crawler', passwordEnv: 'ORDERS_PASSWORD' } },
      { id: 'files', kind: 'sqlite', domain: 'sales', path: 'sales.db' },
    ]);
    expect(servicesForStart(external, false)).toEqual(['neo4j', 'meili']);
    expect(servicesForStart(configWith([]), false)).toEqual(['neo4j', 'meili']);
  });

  it('starts it for a local: true source, and for the demo, whose stores it holds', () => {
    const local = configWith([{ id: 'orders', kind: 'postgres', domain: 'sales', connection: { local: true, database: 'orders' } }]);
    expect(servicesForStart(local, false)).toEqual(['neo4j', 'meili', 'postgres']);
    expect(servicesForStart(configWith([]), true)).toEqual(['neo4j', 'meili', 'postgres']);
  });
});
