import { describe, expect, it } from 'vitest';
import { diffVersions } from './versionDiff.ts';

describe('diffVersions', () => {
  it('lists the fields that changed, by name, as JSON', () => {
    expect(diffVersions({ name: 'Client', synonyms: ['a'], definition: null, same: 1 }, { name: 'Customer', synonyms: ['a', 'b'], definition: 'x', same: 1 })).toEqual([
      { field: 'definition', before: null, after: '"x"' },
      { field: 'name', before: '"Client"', after: '"Customer"' },
      { field: 'synonyms', before: '["a"]', after: '["a","b"]' },
    ]);
    expect(diffVersions({}, { termStatus: 'DRAFT' })).toEqual([{ field: 'termStatus', before: null, after: '"DRAFT"' }]);
  });
});
