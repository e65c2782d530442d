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
});
