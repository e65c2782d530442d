import { describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import type { Principal } from '../access/Principal.ts';
import { assertRelationKind, GlossaryService } from './glossary.service.ts';
import type { RelationKind } from './glossaryEntry.ts';

// A relationship type cannot be a Cypher parameter: the kind is spliced into the query text, so it is
// checked against the fixed list before any query is even started (this driver fails any that is).
const noDatabase = { session: () => { throw new Error('a query was started'); } } as unknown as Driver;
const service = new GlossaryService(noDatabase, undefined, {} as GraphReader);
const steward: Principal = { account: { username: 'sam', displayName: 'sam', roles: ['STEWARD'], domains: [] }, via: 'SESSION', scopes: ['READ', 'WRITE'] };
const injected = 'RELATED_TO]-() DETACH DELETE (x) //' as RelationKind;
const edit = { urn: 'urn:polder:glossaryTerm:(enterprise,a)', expectedVersion: 1, kind: injected, targetUrn: 'urn:polder:glossaryTerm:(enterprise,b)', comment: null };

describe('relation kinds spliced into Cypher', () => {
  it('are refused by addRelation and removeRelation before any query when not one of the fixed kinds', async () => {
    await expect(service.addRelation(steward, { ...edit, provenance: 'MANUAL', relationStatus: 'ACTIVE' })).rejects.toThrow('not a relation kind: "RELATED_TO]-() DETACH DELETE (x) //"');
    await expect(service.removeRelation(steward, edit)).rejects.toThrow('not a relation kind');
  });

  it('are exactly the fixed list', () => {
    for (const kind of ['IS_A', 'HAS_A', 'RELATED_TO', 'REPLACED_BY', 'ANTONYM', 'SEE_ALSO']) expect(() => assertRelationKind(kind)).not.toThrow();
    for (const kind of ['is_a', 'MEANS', 'IS_A|MEANS', '']) expect(() => assertRelationKind(kind)).toThrow('not a relation kind');
  });
});
