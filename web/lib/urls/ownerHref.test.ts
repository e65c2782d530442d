import { describe, expect, it } from 'vitest';

import { ownerHref } from './ownerHref';
import { urnFromPathSegment } from './urnFromPathSegment';

const ANA = 'urn:polder:person:ana';
const ERP = 'urn:polder:team:erp';

describe('ownerHref', () => {
  it("opens the person's or the team's page the entry names", () => {
    expect(ownerHref({ name: 'Ana Lima <ana@shop.example>', person: { urn: ANA, name: 'Ana Lima' }, team: null })).toEqual('/people/urn%3Apolder%3Aperson%3Aana');
    expect(ownerHref({ name: 'ERP Team', person: null, team: { urn: ERP, name: 'ERP Team' } })).toEqual('/teams/urn%3Apolder%3Ateam%3Aerp');
  });

  it("opens the person's page when the entry names a person and a team", () => {
    expect(ownerHref({ name: 'erp', person: { urn: 'urn:polder:person:erp', name: 'erp' }, team: { urn: ERP, name: 'ERP Team' } })).toEqual('/people/urn%3Apolder%3Aperson%3Aerp');
  });

  it('gives null for a name that names nobody', () => {
    expect(ownerHref({ name: 'Sam Smith', person: null, team: null })).toBeNull();
  });

  it('round-trips the URN through the path segment', () => {
    const urn = 'urn:polder:person:ana.lima@shop.example';
    expect(urnFromPathSegment(ownerHref({ name: urn, person: { urn, name: 'Someone' }, team: null })!.split('/').at(-1)!)).toEqual(urn);
  });
});
