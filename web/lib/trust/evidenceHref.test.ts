import { describe, expect, it } from 'vitest';

import { evidenceHref } from './evidenceHref';

const DATASET = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.customer)';
const sections = { description: 'description', columns: 'columns', owners: 'owners', certification: 'certification', lineage: 'lineage' };

describe('evidenceHref', () => {
  it('leads evidence about the asset itself to the part of its page it is about', () => {
    const kinds = ['description', 'columns', 'owner', 'noOwner', 'notCertified', 'certified', 'sourceTable', 'noUpstream'];
    expect(kinds.map((kind) => evidenceHref({ kind, urn: DATASET }, sections))).toEqual([
      '#description',
      '#columns',
      '#owners',
      '#owners',
      '#certification',
      '#certification',
      '#lineage',
      '#lineage',
    ]);
  });

  it('leads nowhere when the page has no such part', () => {
    expect(evidenceHref({ kind: 'columns', urn: DATASET }, { description: 'description' })).toBeNull();
  });

  it('leads evidence about another asset to its page, and the rest nowhere', () => {
    expect(evidenceHref({ kind: 'undescribedColumn', urn: `urn:polder:field:(${DATASET},email)` }, sections)).toBe(`/datasets/${encodeURIComponent(DATASET)}#column-email`);
    expect(evidenceHref({ kind: 'check', urn: 'urn:polder:check:(x,y)' }, sections)).toBeNull();
    expect(evidenceHref({ kind: 'popularity', urn: null }, sections)).toBeNull();
  });
});
