import { describe, expect, it } from 'vitest';
import { meshSnapshot } from './meshSnapshot.ts';

describe('meshSnapshot', () => {
  it("writes each domain with its owners as business owners, and none where polder.yaml names none", () => {
    const { nodes } = meshSnapshot({
      domains: [
        { id: 'sales', name: 'Sales', description: 'Sells.', owners: ['sales-team', 'ada@example.com'] },
        { id: 'ops', name: 'Ops', description: '' },
      ],
      sources: [],
    });
    expect(nodes).toEqual([
      {
        label: 'Domain',
        urn: 'urn:polder:domain:sales',
        properties: { id: 'sales', name: 'Sales', description: 'Sells.', visibility: 'mesh', owners: ['sales-team', 'ada@example.com'], ownerTypes: ['BUSINESS_OWNER', 'BUSINESS_OWNER'] },
      },
      { label: 'Domain', urn: 'urn:polder:domain:ops', properties: { id: 'ops', name: 'Ops', description: null, visibility: 'mesh', owners: null, ownerTypes: null } },
    ]);
  });

  it("writes each source with how OpenLineage names its store and which of the store's tables it keeps", () => {
    const { nodes } = meshSnapshot({
      domains: [{ id: 'finance', name: 'Finance', description: '' }],
      sources: [
        {
          id: 'finance-db',
          kind: 'mysql',
          domain: 'finance',
          connection: { host: 'DB', port: 3306, database: 'finance', user: 'crawler', passwordEnv: 'FINANCE_PASSWORD' },
          include: [],
          exclude: ['finance.ledger_*'],
        },
        { id: 'local', kind: 'sqlite', domain: 'finance', path: 'local.db', include: ['main.*'], exclude: [] },
      ],
    });
    expect(nodes.filter((node) => node.label === 'Source').map((node) => node.properties)).toEqual([
      { id: 'finance-db', kind: 'mysql', schedule: null, lineageNamespace: 'mysql://db:3306', database: 'finance', include: null, exclude: ['finance.ledger_*'] },
      // No store another source's crawl could read into.
      { id: 'local', kind: 'sqlite', schedule: null, lineageNamespace: null, database: null, include: null, exclude: null },
    ]);
  });
});
