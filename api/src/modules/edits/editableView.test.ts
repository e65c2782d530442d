import { describe, expect, it } from 'vitest';
import { certificationOf, ownersOf, tagsOf } from './editableView.ts';

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
});

describe('tagsOf', () => {
  it('lets an empty list a person set win over the source', () => {
    expect(tagsOf({ tags: ['raw'], editable_tags: [] })).toEqual([]);
    expect(tagsOf({ tags: ['raw'] })).toEqual(['raw']);
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
