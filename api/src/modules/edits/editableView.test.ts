import { describe, expect, it } from 'vitest';
import { certificationOf, crawledPropertiesOf, editedPropertiesOf, ownersOf, tagsOf } from './editableView.ts';

describe('ownersOf', () => {
  it('prefers the owners a person set, with their types', () => {
    expect(ownersOf({ owners: ['dbt-team'], editable_owners: ['ada', 'ops'], editable_ownerTypes: ['BUSINESS_OWNER', 'TECHNICAL_OWNER'] })).toEqual([
      { name: 'ada', type: 'BUSINESS_OWNER', edited: true },
      { name: 'ops', type: 'TECHNICAL_OWNER', edited: true },
    ]);
  });

  it('falls back to what the source declares', () => {
    expect(ownersOf({ owners: ['dbt-team'] })).toEqual([{ name: 'dbt-team', type: 'TECHNICAL_OWNER', edited: false }]);
    expect(ownersOf({ owner: 'postgres' })).toEqual([{ name: 'postgres', type: 'TECHNICAL_OWNER', edited: false }]);
    expect(ownersOf({})).toEqual([]);
  });

  it("takes the types the source says, as polder.yaml's domain owners are business owners", () => {
    expect(ownersOf({ owners: ['sales-team'], ownerTypes: ['BUSINESS_OWNER'] })).toEqual([{ name: 'sales-team', type: 'BUSINESS_OWNER', edited: false }]);
  });
});

describe('tagsOf', () => {
  it('lets an empty list a person set win over the source', () => {
    expect(tagsOf({ tags: ['raw'], editable_tags: [] })).toEqual([]);
    expect(tagsOf({ tags: ['raw'] })).toEqual(['raw']);
  });
});

describe('crawledPropertiesOf and editedPropertiesOf', () => {
  const props = {
    description: 'From the table comment.',
    owners: ['dbt-team'],
    tags: ['raw'],
    editable_description: 'Written by Ada.',
    editable_owners: ['ada'],
    editable_ownerTypes: ['BUSINESS_OWNER'],
    editable_tags: [],
    editable_updatedBy: 'ada',
    editable_updatedAt: '2026-12-02T03:00:00.000Z',
  };

  it('keep what the source says apart from what people set', () => {
    expect(crawledPropertiesOf(props)).toEqual({ description: 'From the table comment.', owners: ['dbt-team'], tags: ['raw'] });
    expect(editedPropertiesOf(props)).toEqual({
      description: 'Written by Ada.',
      owners: [{ name: 'ada', type: 'BUSINESS_OWNER', edited: true }],
      tags: [],
      updatedBy: 'ada',
      updatedAt: '2026-12-02T03:00:00.000Z',
    });
  });

  it('say null for every part nobody set, and nothing for what the source lacks', () => {
    expect(editedPropertiesOf({ description: 'x', owner: 'postgres' })).toEqual({ description: null, owners: null, tags: null, updatedBy: null, updatedAt: null });
    expect(crawledPropertiesOf({ owner: 'postgres' })).toEqual({ description: null, owners: ['postgres'], tags: [] });
  });
});

describe('certificationOf', () => {
  const certified = { editable_certified: true, editable_certifiedBy: 'ada', editable_certifiedAt: '2026-01-01T00:00:00.000Z', editable_certificationExpiresAt: '2026-06-30T00:00:00.000Z' };

  it('is active until it expires', () => {
    expect(certificationOf(certified, new Date('2026-06-01T00:00:00Z'))).toEqual({ active: true, suspended: false, suspendedReason: null, by: 'ada', at: '2026-01-01T00:00:00.000Z', expiresAt: '2026-06-30T00:00:00.000Z', note: null });
    expect(certificationOf(certified, new Date('2026-07-01T00:00:00Z'))?.active).toBe(false);
    const suspended = { ...certified, editable_certificationSuspendedAt: '2026-05-01T00:00:00.000Z', editable_certificationSuspendedReason: 'trust score 40 fell below the certification threshold of 50' };
    expect(certificationOf(suspended, new Date('2026-06-01T00:00:00Z'))).toMatchObject({
      active: false,
      suspended: true,
      suspendedReason: 'trust score 40 fell below the certification threshold of 50 (at 2026-05-01T00:00:00.000Z)',
    });
  });

  it('is null when never certified or withdrawn', () => {
    expect(certificationOf({})).toBeNull();
    expect(certificationOf({ editable_certified: false })).toBeNull();
  });
});
