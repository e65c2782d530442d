import { describe, expect, it } from 'vitest';

import { ownerLabel } from './ownerLabel';

const ANA = { urn: 'urn:polder:person:ana', name: 'Ana Lima' };
const ERP = { urn: 'urn:polder:team:erp', name: 'ERP Team' };

describe('ownerLabel', () => {
  it('reads an entry written as a URN as the name of whom it names', () => {
    expect(ownerLabel({ name: ANA.urn, person: ANA, team: null })).toBe('Ana Lima');
    expect(ownerLabel({ name: 'URN:polder:team:erp', person: null, team: ERP })).toBe('ERP Team');
  });

  it('keeps any other entry as it was written, linked or not', () => {
    expect(ownerLabel({ name: 'ana@shop.example', person: ANA, team: null })).toBe('ana@shop.example');
    expect(ownerLabel({ name: 'urn:polder:person:nobody', person: null, team: null })).toBe('urn:polder:person:nobody');
    expect(ownerLabel({ name: 'Sam Smith', person: null, team: null })).toBe('Sam Smith');
  });
});
