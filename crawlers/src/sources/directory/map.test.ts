import { describe, expect, it } from 'vitest';
import { mapDirectory } from './map.ts';

describe('mapDirectory', () => {
  it('maps teams and people to URN-keyed nodes, memberships to MEMBER_OF, a team\'s domain to IN_DOMAIN', () => {
    const snapshot = mapDirectory(
      {
        teams: [
          { id: 'erp', name: 'ERP Team', email: 'erp@shop.example', description: 'Runs the ERP.', domain: 'finance' },
          { id: 'data', name: 'Data Platform', email: null, description: null, domain: null },
        ],
        people: [
          { id: 'ana', displayName: 'Ana Lima', email: 'Ana@Shop.example', title: 'Data engineer' },
          { id: 'bo@shop.example', displayName: 'Bo Chen', email: null, title: null },
        ],
        memberships: [
          { person: 'ana', team: 'erp' },
          { person: 'bo@shop.example', team: 'erp' },
          { person: 'ana', team: 'data' },
        ],
      },
      'people',
    );
    expect(snapshot).toEqual({
      provider: 'directory:people',
      nodes: [
        { label: 'Team', urn: 'urn:polder:team:erp', properties: { id: 'erp', name: 'ERP Team', email: 'erp@shop.example', description: 'Runs the ERP.' } },
        { label: 'Team', urn: 'urn:polder:team:data', properties: { id: 'data', name: 'Data Platform', email: null, description: null } },
        { label: 'Person', urn: 'urn:polder:person:ana', properties: { id: 'ana', displayName: 'Ana Lima', email: 'Ana@Shop.example', title: 'Data engineer' } },
        { label: 'Person', urn: 'urn:polder:person:bo@shop.example', properties: { id: 'bo@shop.example', displayName: 'Bo Chen', email: null, title: null } },
      ],
      edges: [
        { type: 'IN_DOMAIN', from: 'urn:polder:team:erp', to: 'urn:polder:domain:finance' },
        { type: 'MEMBER_OF', from: 'urn:polder:person:ana', to: 'urn:polder:team:erp' },
        { type: 'MEMBER_OF', from: 'urn:polder:person:bo@shop.example', to: 'urn:polder:team:erp' },
        { type: 'MEMBER_OF', from: 'urn:polder:person:ana', to: 'urn:polder:team:data' },
      ],
      warnings: [],
    });
  });

  it('maps an empty directory to an empty snapshot, which removes what the source wrote before', () => {
    expect(mapDirectory({ teams: [], people: [], memberships: [] }, 'people')).toEqual({ provider: 'directory:people', nodes: [], edges: [], warnings: [] });
  });
});
